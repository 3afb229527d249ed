import { describe, it, expect } from 'vitest';
import {
  allQuestions,
  coerceFormAnswers,
  isVisible,
  localize,
  sectionProgress,
  surveyDefinition,
  validateAnswers,
  visibleQuestions,
} from '../../surveys/index.js';
import { fixture } from './fixture.js';

const check = (answers: Record<string, unknown>) => validateAnswers(fixture, answers, { partial: true });

describe('fixture', () => {
  it('is itself a valid survey definition', () => {
    expect(surveyDefinition.safeParse(fixture).success).toBe(true);
  });
});

describe('allQuestions', () => {
  it('lists questions in page order', () => {
    expect(allQuestions(fixture).map((q) => q.id)).toEqual([
      'pay_fair',
      'pay_low',
      'respect',
      'recommend',
      'overall',
      'trained',
      'training_kind',
      'training_cost',
      'barriers',
      'child_care_help',
      'comment',
      'note',
    ]);
  });
});

describe('isVisible', () => {
  it('shows questions without showIf', () => {
    expect(isVisible(fixture, 'pay_fair', {})).toBe(true);
  });

  it('hides a follow-up until its controlling question has a listed answer', () => {
    expect(isVisible(fixture, 'training_kind', {})).toBe(false);
    expect(isVisible(fixture, 'training_kind', { trained: 'no' })).toBe(false);
    expect(isVisible(fixture, 'training_kind', { trained: 'yes' })).toBe(true);
  });

  it('hides a question whose controlling question is itself hidden', () => {
    expect(isVisible(fixture, 'training_cost', { trained: 'yes', training_kind: 'classroom' })).toBe(true);
    expect(isVisible(fixture, 'training_cost', { trained: 'no', training_kind: 'classroom' })).toBe(false);
    expect(isVisible(fixture, 'training_cost', { trained: 'yes', training_kind: 'online' })).toBe(false);
  });

  it('shows a multi follow-up when any selected value is listed', () => {
    expect(isVisible(fixture, 'child_care_help', { barriers: ['transport', 'child_care'] })).toBe(true);
    expect(isVisible(fixture, 'child_care_help', { barriers: ['transport'] })).toBe(false);
  });

  it('treats unknown question ids as hidden', () => {
    expect(isVisible(fixture, 'nope', {})).toBe(false);
  });

  it('runs on a localized copy', () => {
    expect(isVisible(localize(fixture, 'es'), 'training_kind', { trained: 'yes' })).toBe(true);
  });

  it('does not loop on a hand-made survey whose showIf chain is circular', () => {
    const loop = {
      sections: [
        {
          id: 's',
          questions: [
            { id: 'a', type: 'yesno' as const, required: false, showIf: { question: 'b', in: ['yes'] } },
            { id: 'b', type: 'yesno' as const, required: false, showIf: { question: 'a', in: ['yes'] } },
          ],
        },
      ],
    };
    expect(isVisible(loop, 'a', { a: 'yes', b: 'yes' })).toBe(false);
  });
});

describe('visibleQuestions', () => {
  it('returns the visible questions of one section', () => {
    const ids = (sectionId: string, answers = {}) =>
      visibleQuestions(fixture, answers, sectionId).map((q) => q.id);
    expect(ids('training')).toEqual([]);
    expect(ids('training', { trained: 'yes' })).toEqual(['training_kind']);
    expect(ids('training', { trained: 'yes', training_kind: 'classroom' })).toEqual([
      'training_kind',
      'training_cost',
    ]);
    expect(ids('unknown')).toEqual([]);
  });

  it('covers the whole survey without a section id', () => {
    expect(visibleQuestions(fixture, {})).toHaveLength(9);
  });
});

describe('coerceFormAnswers', () => {
  it('parses plain integers for numeric questions and keeps anything else for validation to flag', () => {
    const form = { pay_fair: '4', recommend: ' 10 ', overall: '4.5', respect: '1e1', pay_low: 'abc' };
    expect(coerceFormAnswers(fixture, form)).toEqual({
      pay_fair: 4,
      recommend: 10,
      overall: '4.5',
      respect: '1e1',
      pay_low: 'abc',
    });
    const { errors } = validateAnswers(fixture, coerceFormAnswers(fixture, form), { partial: true });
    expect(errors).toEqual({ overall: 'invalid', respect: 'invalid', pay_low: 'invalid' });
  });

  it('drops blank and unknown fields', () => {
    expect(
      coerceFormAnswers(fixture, { pay_fair: '', trained: '  ', note: '', csrf: 'x', lang: 'es' }),
    ).toEqual({});
  });

  it('turns one posted value of a multi question into a list', () => {
    expect(coerceFormAnswers(fixture, { barriers: 'housing' })).toEqual({ barriers: ['housing'] });
    expect(coerceFormAnswers(fixture, { barriers: ['housing', '', 'transport'] })).toEqual({
      barriers: ['housing', 'transport'],
    });
  });

  it('keeps a repeated one-answer field as a list so validation rejects it', () => {
    const coerced = coerceFormAnswers(fixture, { trained: ['yes', 'no'], pay_fair: ['3'] });
    expect(coerced).toEqual({ trained: ['yes', 'no'], pay_fair: 3 });
    expect(check(coerced).errors.trained).toBe('invalid');
  });

  it('leaves text as typed and trims choice values', () => {
    expect(coerceFormAnswers(fixture, { note: '  hi  ', trained: ' yes ' })).toEqual({
      note: '  hi  ',
      trained: 'yes',
    });
  });
});

describe('sectionProgress', () => {
  it('starts at the first section', () => {
    expect(sectionProgress(fixture, {})).toEqual({ index: 0, total: 4, complete: false });
  });

  it('resumes after the last section touched, skipping sections with nothing visible', () => {
    expect(sectionProgress(fixture, { pay_fair: 3, trained: 'no' })).toEqual({
      index: 2,
      total: 4,
      complete: true,
    });
    expect(sectionProgress(fixture, { pay_fair: 3, trained: 'yes' })).toEqual({
      index: 1,
      total: 4,
      complete: false,
    });
  });

  it('goes back to the first section with a missing or invalid required answer', () => {
    const answers = { pay_fair: 3, trained: 'yes', barriers: ['housing'], note: 'hi' };
    expect(sectionProgress(fixture, answers).index).toBe(1);
    expect(sectionProgress(fixture, { ...answers, pay_fair: 7, training_kind: 'online' }).index).toBe(0);
  });

  it('reports the section count when everything has been seen', () => {
    expect(sectionProgress(fixture, { pay_fair: 3, trained: 'no', note: 'done' })).toEqual({
      index: 4,
      total: 4,
      complete: true,
    });
  });
});
