// The question type modules of yes/no, choices and free text (surveys/types/), and every type's longest
// answer; the registry and the scales are in types.test.ts.
import { describe, expect, it } from 'vitest';
import { favorableName, langs, pointLabel, questionTypeModules, type QuestionType } from '../../surveys/index.js';
import type { QuestionShape } from '../../surveys/shape.js';
import { multi, single, text, yesno } from '../../surveys/types/index.js';

const q = (type: QuestionType, extra: Partial<QuestionShape> = {}): QuestionShape => ({
  id: 'q',
  type,
  required: false,
  ...extra,
});
const options = [{ value: 'bus' }, { value: 'car' }, { value: 'bike' }];
const choice = (type: 'single' | 'multi', extra: Partial<QuestionShape> = {}) =>
  q(type, { options, ...extra });

describe('yesno', () => {
  it('takes "yes" and "no" exactly, trimmed from a form', () => {
    expect(yesno.answer.values({})).toEqual(['yes', 'no']);
    expect(yesno.answer.check(q('yesno'), 'no')).toEqual({ value: 'no' });
    for (const bad of ['Yes', 'maybe', true, ['yes']])
      expect(yesno.answer.check(q('yesno'), bad)).toEqual({ error: 'invalid' });
    expect(yesno.answer.fromForm([' yes '])).toBe('yes');
    expect(yesno.possible(q('yesno'), 'yes')).toBe(true);
    expect(yesno.possible(q('yesno'), 'Yes')).toBe(false);
  });

  it('reports the share who said yes, and reads yes as good although it comes first', () => {
    expect(yesno.score({}, 'yes')).toBeNull();
    expect(yesno.figures.mean).toBeUndefined();
    expect(['yes', 'no'].map((v) => yesno.figures.favorable!({}, v))).toEqual([true, false]);
    expect(favorableName('yesno')).toBe('yes');
    expect(['yes', 'no'].map((v) => yesno.tone!({}, v))).toEqual([2, -2]);
  });

  it('says yes and no in English and Spanish', () => {
    expect(yesno.labels.en.points).toEqual(['Yes', 'No']);
    expect(yesno.labels.es.points).toEqual(['Sí', 'No']);
    expect(pointLabel(yesno, 'yes', 'es')).toBe('Sí');
  });
});

describe('single', () => {
  it('takes one of its options, trimmed from a form', () => {
    expect(single.answer.values(choice('single'))).toEqual(['bus', 'car', 'bike']);
    expect(single.answer.check(choice('single'), 'car')).toEqual({ value: 'car' });
    for (const bad of ['train', ['car'], 2])
      expect(single.answer.check(choice('single'), bad)).toEqual({ error: 'invalid' });
    expect(single.answer.fromForm([' car '])).toBe('car');
    expect(single.possible(choice('single'), 'bike')).toBe(true);
    expect(single.possible(choice('single'), 'train')).toBe(false);
  });

  it('scores nothing, can be a breakdown or a share, and ranks only options that read as a scale', () => {
    expect(single.score({}, 'car')).toBeNull();
    expect(single.figures.measures).toEqual(['share']);
    expect(single.figures.breakdown).toBe(true);
    expect(['much_more', 'about_same', 'much_less'].map((v) => single.tone!({}, v))).toEqual([2, 0, -2]);
    expect(single.tone!({}, 'car')).toBeNull();
    expect(single.tone!({}, 'constructor')).toBeNull();
  });

  it('has no words of its own: its options carry them', () => {
    expect(Object.keys(single.labels)).toEqual([...langs]);
    for (const l of langs) expect(single.labels[l]).toEqual({});
  });
});

describe('multi', () => {
  it('takes a list of its options, deduplicated, in option order, at most `max`', () => {
    const m = choice('multi', { max: 2 });
    expect(multi.answer.check(m, ['bike', 'bus', 'bike'])).toEqual({ value: ['bus', 'bike'] });
    expect(multi.answer.check(m, ['bike', 'bus', 'car'])).toEqual({ error: 'too_many' });
    expect(multi.answer.check(m, 'bus')).toEqual({ error: 'invalid' });
    expect(multi.answer.check(m, ['train'])).toEqual({ error: 'invalid' });
    expect(multi.answer.check(m, [1])).toEqual({ error: 'invalid' });
    expect(multi.answer.fromForm([' bus', 'car '])).toEqual(['bus', 'car']);
    expect(multi.possible(m, 'car')).toBe(true);
  });

  it('counts who answered apart from each option and ranks nothing', () => {
    expect(multi.multiple).toBe(true);
    expect(multi.score({}, ['bus'])).toBeNull();
    expect(multi.figures.distribution).toBe(true);
    expect(multi.figures.favorable).toBeUndefined();
    expect(multi.tone).toBeUndefined();
  });
});

describe('text', () => {
  it('takes text up to `maxLength` code points (500 by default), trimmed, without control characters', () => {
    const t = q('text', { maxLength: 5 });
    expect(text.answer.check(t, ' a\r\nb\u0007 ')).toEqual({ value: 'a\nb' });
    expect(text.answer.check(t, '😀😀😀😀😀')).toEqual({ value: '😀😀😀😀😀' });
    expect(text.answer.check(t, 'abcdef')).toEqual({ error: 'too_long' });
    expect(text.answer.check(t, '\u0001\u0002')).toBeNull();
    expect(text.answer.check(t, 5)).toEqual({ error: 'invalid' });
    expect(text.answer.check(q('text'), 'x'.repeat(500))).toEqual({ value: 'x'.repeat(500) });
    expect(text.answer.check(q('text'), 'x'.repeat(501))).toEqual({ error: 'too_long' });
    expect(text.answer.fromForm(['  keep my spaces '])).toBe('  keep my spaces ');
  });

  it('is never a possible answer for skip logic, never scored, never counted, never ranked', () => {
    expect(text.possible(q('text'), 'yes')).toBe(false);
    expect(text.answer.values({})).toEqual([]);
    expect(text.score({}, 'good')).toBeNull();
    expect(text.figures.distribution).toBe(false);
    expect(text.tone).toBeUndefined();
  });
});

describe('longest', () => {
  const json = (v: unknown) => JSON.stringify(v).length;
  it('is at least as long, as JSON, as every answer a question accepts', () => {
    for (const t of ['agree5', 'likelihood', 'rating10', 'yesno'] as const) {
      const m = questionTypeModules[t];
      for (const v of m.answer.values({})) {
        const value = m.answer.check(q(t), m.answer.fromForm([v]));
        expect(value && 'value' in value, `${t} ${v}`).toBe(true);
        expect(json(m.longest(q(t)))).toBeGreaterThanOrEqual(json((value as { value: unknown }).value));
      }
    }
    expect(single.longest(choice('single'))).toBe('bike');
    expect(multi.longest(choice('multi'))).toEqual(['bus', 'car', 'bike']);
    const t = q('text', { maxLength: 3 });
    expect(text.answer.check(t, text.longest(t))).toEqual({ value: text.longest(t) });
    expect(json(text.longest(t))).toBeGreaterThanOrEqual(json('😀😀😀'));
  });
});
