import { describe, it, expect } from 'vitest';
import { answers, question, surveyDefinition, type SurveyDefinition } from '../../surveys/index.js';
import { fixture } from './fixture.js';

/** Applies `edit` to a copy of the fixture and returns the issue messages zod reports. */
function issues(edit: (def: SurveyDefinition) => void): string[] {
  const copy = structuredClone(fixture);
  edit(copy);
  const result = surveyDefinition.safeParse(copy);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const text = { en: 'Text', es: 'Texto' };
const first = (def: SurveyDefinition) => def.sections[0]!.questions;
const second = (def: SurveyDefinition) => def.sections[1]!.questions;

describe('surveyDefinition', () => {
  it('accepts the fixture', () => {
    expect(issues(() => {})).toEqual([]);
  });

  it('rejects duplicate question ids across sections', () => {
    expect(issues((d) => (second(d)[0]!.id = 'pay_fair')).join()).toMatch(/duplicate question pay_fair/);
  });

  it('rejects duplicate section ids', () => {
    expect(issues((d) => (d.sections[1]!.id = 'first')).join()).toMatch(/duplicate section first/);
  });

  it('rejects duplicate option values', () => {
    expect(issues((d) => (second(d)[0]!.options![1]!.value = 'classroom')).join()).toMatch(
      /duplicate option/,
    );
  });

  it('requires showIf to name an earlier question', () => {
    expect(issues((d) => (first(d)[0]!.showIf = { question: 'trained', in: ['yes'] })).join()).toMatch(
      /earlier/,
    );
    expect(issues((d) => (second(d)[0]!.showIf = { question: 'ghost', in: ['yes'] })).join()).toMatch(
      /earlier/,
    );
  });

  it('requires showIf values the controlling question can take', () => {
    expect(issues((d) => (second(d)[0]!.showIf = { question: 'trained', in: ['Yes'] })).join()).toMatch(
      /not a possible answer/,
    );
    expect(issues((d) => (second(d)[0]!.showIf = { question: 'pay_fair', in: [4, 5] }))).toEqual([]);
    expect(issues((d) => (second(d)[0]!.showIf = { question: 'pay_fair', in: ['5'] }))).not.toEqual([]);
  });

  it('requires options for single and multi questions only', () => {
    expect(issues((d) => delete second(d)[0]!.options).join()).toMatch(/options/);
    expect(
      issues(
        (d) =>
          (first(d)[0]!.options = [
            { value: 'a', label: text },
            { value: 'b', label: text },
          ]),
      ).join(),
    ).toMatch(/options/);
  });

  it('requires every dimension to exist and to have items', () => {
    expect(issues((d) => (first(d)[0]!.dimension = 'ghost')).join()).toMatch(/unknown dimension ghost/);
    expect(issues((d) => d.dimensions.push({ id: 'empty', label: text })).join()).toMatch(/has no items/);
  });

  it('rejects bad ids, unknown keys and empty translations', () => {
    expect(issues((d) => (first(d)[0]!.id = 'Pay Fair'))).not.toEqual([]);
    expect(issues((d) => Object.assign(first(d)[0]!, { colour: 'red' }))).not.toEqual([]);
    expect(issues((d) => (d.title.es = ''))).not.toEqual([]);
    expect(issues((d) => (d.version = 0))).not.toEqual([]);
  });
});

describe('question', () => {
  const agree = { id: 'q', type: 'agree5', required: true, text } as const;

  it('accepts a plain agree item', () => {
    expect(question.safeParse(agree).success).toBe(true);
  });

  it('keeps type-specific fields on their own types', () => {
    expect(question.safeParse({ ...agree, max: 2 }).success).toBe(false);
    expect(question.safeParse({ ...agree, maxLength: 20 }).success).toBe(false);
    expect(question.safeParse({ ...agree, type: 'rating10', reverse: true }).success).toBe(false);
    expect(question.safeParse({ ...agree, type: 'yesno', dimension: 'pay' }).success).toBe(false);
  });

  it('limits max to the number of options', () => {
    const options = [
      { value: 'a', label: text },
      { value: 'b', label: text },
    ];
    expect(question.safeParse({ ...agree, type: 'multi', options, max: 2 }).success).toBe(true);
    expect(question.safeParse({ ...agree, type: 'multi', options, max: 3 }).success).toBe(false);
  });
});

describe('answers', () => {
  it('accepts numbers, strings and string lists keyed by question id', () => {
    expect(answers.safeParse({ a: 1, b: 'yes', c: ['x'] }).success).toBe(true);
    expect(answers.safeParse({ a: { nested: true } }).success).toBe(false);
  });
});
