import { describe, it, expect } from 'vitest';
import { localize, validateAnswers } from '../../surveys/index.js';
import { fixture } from './fixture.js';

const base = { pay_fair: 4, trained: 'no' };
const check = (answers: Record<string, unknown>) => validateAnswers(fixture, answers, { partial: true });

describe('validateAnswers: value checks', () => {
  const cases: [string, unknown, 'ok' | 'invalid'][] = [
    ['pay_fair', 1, 'ok'],
    ['pay_fair', 5, 'ok'],
    ['pay_fair', 0, 'invalid'],
    ['pay_fair', 6, 'invalid'],
    ['pay_fair', 2.5, 'invalid'],
    ['pay_fair', '3', 'invalid'],
    ['pay_fair', Number.NaN, 'invalid'],
    ['recommend', 0, 'ok'],
    ['recommend', 10, 'ok'],
    ['recommend', -1, 'invalid'],
    ['recommend', 11, 'invalid'],
    ['overall', 1, 'ok'],
    ['overall', 10, 'ok'],
    ['overall', 0, 'invalid'],
    ['trained', 'yes', 'ok'],
    ['trained', 'no', 'ok'],
    ['trained', 'maybe', 'invalid'],
    ['trained', true, 'invalid'],
    ['barriers', ['housing'], 'ok'],
    ['barriers', ['castle'], 'invalid'],
    ['barriers', 'housing', 'invalid'],
    ['barriers', [1], 'invalid'],
    ['comment', 'fine', 'ok'],
    ['comment', 42, 'invalid'],
    ['comment', { text: 'hi' }, 'invalid'],
    ['comment', ['hi'], 'invalid'],
  ];
  it.each(cases)('%s = %j is %s', (id, value, expected) => {
    const result = check({ ...base, [id]: value });
    expect(result.errors[id] ?? 'ok').toBe(expected);
    expect(id in result.values).toBe(expected === 'ok');
  });

  it('checks single answers against the options', () => {
    expect(check({ trained: 'yes', training_kind: 'online' }).values.training_kind).toBe('online');
    expect(check({ trained: 'yes', training_kind: 'castle' }).errors.training_kind).toBe('invalid');
    expect(check({ trained: 'yes', training_kind: ['online'] }).errors.training_kind).toBe('invalid');
  });

  it('flags more multi choices than max, after removing duplicates', () => {
    expect(check({ barriers: ['transport', 'child_care', 'housing'] }).errors.barriers).toBe('too_many');
    expect(check({ barriers: ['housing', 'transport', 'housing'] }).values.barriers).toEqual([
      'transport',
      'housing',
    ]);
  });

  it('trims text, keeps line breaks as LF and strips control characters', () => {
    expect(check({ note: '  hello\r\nthere\u0000  ' }).values.note).toBe('hello\nthere');
  });

  it('measures text length in characters after trimming', () => {
    expect(check({ comment: `  ${'x'.repeat(20)}  ` }).values.comment).toBe('x'.repeat(20));
    expect(check({ comment: 'x'.repeat(21) }).errors.comment).toBe('too_long');
    expect(check({ comment: '😀'.repeat(20) }).values.comment).toBe('😀'.repeat(20));
    expect(check({ note: 'x'.repeat(500) }).ok).toBe(true);
    expect(check({ note: 'x'.repeat(501) }).errors.note).toBe('too_long');
  });

  it('calls a huge string too long without trouble', () => {
    expect(check({ comment: 'x'.repeat(5_000_000) }).errors.comment).toBe('too_long');
  });

  it('counts blank strings, whitespace and empty lists as unanswered', () => {
    const result = validateAnswers(fixture, { pay_fair: '  ', trained: '', barriers: [], note: ' \n ' });
    expect(result.values).toEqual({});
    expect(result.errors).toEqual({ pay_fair: 'required', trained: 'required' });
  });

  it('never throws on junk input', () => {
    for (const junk of [null, undefined, 42, 'text', [1, 2], { pay_fair: { $gt: 1 } }, { constructor: 1 }]) {
      expect(() => validateAnswers(fixture, junk as Record<string, unknown>)).not.toThrow();
    }
    expect(validateAnswers(fixture, { pay_fair: null, trained: undefined }).errors).toEqual({
      pay_fair: 'required',
      trained: 'required',
    });
  });
});

describe('validateAnswers: visibility and required', () => {
  it('accepts a complete set of answers', () => {
    const result = validateAnswers(fixture, { pay_fair: 5, trained: 'yes', training_kind: 'online' });
    expect(result).toEqual({
      ok: true,
      values: { pay_fair: 5, trained: 'yes', training_kind: 'online' },
      errors: {},
    });
  });

  it('requires visible required questions only', () => {
    expect(validateAnswers(fixture, {}).errors).toEqual({ pay_fair: 'required', trained: 'required' });
    expect(validateAnswers(fixture, { pay_fair: 3, trained: 'yes' }).errors).toEqual({
      training_kind: 'required',
    });
    expect(
      validateAnswers(fixture, { pay_fair: 3, trained: 'yes', training_kind: 'classroom' }).errors,
    ).toEqual({
      training_cost: 'required',
    });
  });

  it('drops answers to hidden and unknown questions without an error', () => {
    const result = validateAnswers(fixture, {
      ...base,
      training_kind: 'online',
      training_cost: 'no',
      hacker: 1,
    });
    expect(result.ok).toBe(true);
    expect(result.values).toEqual(base);
  });

  it('hides followers of an invalid answer', () => {
    const result = validateAnswers(fixture, { pay_fair: 3, trained: 'maybe', training_kind: 'online' });
    expect(result.errors).toEqual({ trained: 'invalid' });
    expect(result.values).toEqual({ pay_fair: 3 });
  });

  it('skips the required check for drafts but still flags bad values', () => {
    expect(validateAnswers(fixture, {}, { partial: true })).toEqual({ ok: true, values: {}, errors: {} });
    expect(validateAnswers(fixture, { pay_fair: 9 }, { partial: true }).errors).toEqual({
      pay_fair: 'invalid',
    });
  });

  it('limits errors to the given sections while earlier answers still decide visibility', () => {
    const answers = { pay_fair: 42, trained: 'yes' };
    const result = validateAnswers(fixture, answers, { sectionIds: ['training'] });
    expect(result.errors).toEqual({ training_kind: 'required' });
    expect(result.values).toEqual({ trained: 'yes' });
    expect(validateAnswers(fixture, answers, { sectionIds: ['needs', 'closing'] }).ok).toBe(true);
    expect(validateAnswers(fixture, answers, { sectionIds: ['first'] }).errors).toEqual({
      pay_fair: 'invalid',
    });
  });

  it('runs on a localized copy', () => {
    const es = localize(fixture, 'es');
    expect(validateAnswers(es, { pay_fair: 2, trained: 'yes' }).errors).toEqual({
      training_kind: 'required',
    });
  });
});
