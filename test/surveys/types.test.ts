// Each question type's module on its own (surveys/types/): what it accepts, how it cleans and scores,
// its values, what they mean and what they are called; and that the registry holds every type.
import { describe, expect, it } from 'vitest';
import {
  answerTypes,
  favorableName,
  pointLabel,
  question,
  questionTypeModules,
  questionTypes,
  typeNamed,
  type QuestionType,
} from '../../surveys/index.js';
import type { QuestionShape } from '../../surveys/shape.js';
import { agree5, likelihood, rating10, yesno } from '../../surveys/types/index.js';

const q = (type: QuestionType, extra: Partial<QuestionShape> = {}): QuestionShape => ({
  id: 'q',
  type,
  required: false,
  ...extra,
});
const options = [{ value: 'bus' }, { value: 'car' }, { value: 'bike' }];

describe('the registry', () => {
  it('holds exactly the question types of the schema, each under its own name', () => {
    expect(Object.keys(questionTypeModules).sort()).toEqual([...questionTypes].sort());
    for (const t of questionTypes) expect(questionTypeModules[t].type).toBe(t);
  });

  it("gives the respondent's page each module's own answer half", () => {
    expect(Object.keys(answerTypes).sort()).toEqual([...questionTypes].sort());
    for (const t of questionTypes) expect(answerTypes[t]).toBe(questionTypeModules[t].answer);
  });

  it('finds a type named in outside data, and nothing for an unknown or inherited name', () => {
    expect(typeNamed('yesno')).toBe(yesno);
    expect(typeNamed('ranking')).toBeUndefined();
    expect(typeNamed('constructor')).toBeUndefined();
  });

  it('gives scales, and only scales, a range that matches their values', () => {
    for (const t of questionTypes) {
      const m = questionTypeModules[t];
      expect(m.answer.range !== undefined, t).toBe(m.kind === 'scale');
      if (m.answer.range) {
        const [lo, hi] = m.answer.range;
        expect(m.answer.values({}).map(Number)).toEqual(
          Array.from({ length: hi - lo + 1 }, (_, i) => lo + i),
        );
      }
    }
  });

  it('words every scale in both languages, point for point', () => {
    for (const t of questionTypes) {
      const { en, es } = questionTypeModules[t].labels;
      expect(Object.keys(es).sort(), t).toEqual(Object.keys(en).sort());
      if (en.points) {
        expect(en.points, t).toHaveLength(questionTypeModules[t].answer.values({}).length);
        expect(es.points, t).toHaveLength(en.points.length);
      }
      for (const word of [...(en.points ?? []), ...(en.ends ?? []), ...(es.points ?? []), ...(es.ends ?? [])])
        expect(word.trim(), t).not.toBe('');
    }
  });
});

describe('the schema asks each module which members its questions take', () => {
  const text2 = { en: 'x', es: 'x' };
  const labelled = options.map((o) => ({ ...o, label: text2 }));
  const base = (type: QuestionType) => ({
    id: 'q',
    type,
    required: true,
    text: text2,
    ...(questionTypeModules[type].rules.options ? { options: labelled } : {}),
  });
  it.each(questionTypes)('%s', (type) => {
    const rules = questionTypeModules[type].rules;
    expect(question.safeParse(base(type)).success).toBe(true);
    const without = { ...base(type), options: undefined };
    expect(question.safeParse(rules.options ? without : { ...base(type), options: labelled }).success).toBe(
      false,
    );
    expect(question.safeParse({ ...base(type), max: 2 }).success).toBe(rules.max);
    expect(question.safeParse({ ...base(type), maxLength: 20 }).success).toBe(rules.maxLength);
    expect(question.safeParse({ ...base(type), reverse: true }).success).toBe(rules.reverse);
    expect(question.safeParse({ ...base(type), dimension: 'pay' }).success).toBe(rules.dimension);
  });

  it('names the types that take a member in its message', () => {
    const r = question.safeParse({ ...base('yesno'), reverse: true });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['reverse applies to agree5 only']);
    const o = question.safeParse({ ...base('text'), options: labelled });
    expect(o.success ? [] : o.error.issues.map((i) => i.message)).toEqual([
      'options are required for single/multi only',
    ]);
  });
});

describe('agree5', () => {
  it('takes whole numbers 1-5, cleaned as they are, from a form as numbers', () => {
    expect(agree5.answer.check(q('agree5'), 4)).toEqual({ value: 4 });
    for (const bad of [0, 6, 2.5, '3', Number.NaN, [3]])
      expect(agree5.answer.check(q('agree5'), bad)).toEqual({ error: 'invalid' });
    expect(agree5.answer.fromForm([' 3 '])).toBe(3);
    expect(agree5.answer.fromForm(['3', '4'])).toEqual(['3', '4']);
    expect(agree5.answer.fromForm(['three'])).toBe('three');
  });

  it('can hold 1-5 only, for skip logic', () => {
    expect(agree5.possible(q('agree5'), 5)).toBe(true);
    expect(agree5.possible(q('agree5'), '5')).toBe(false);
    expect(agree5.possible(q('agree5'), 6)).toBe(false);
  });

  it('scores 1-5, a reversed item 6 - v, and nothing else', () => {
    expect(agree5.answer.values({})).toEqual(['1', '2', '3', '4', '5']);
    expect(agree5.score({}, 4)).toBe(4);
    expect(agree5.score({ reverse: true }, 4)).toBe(2);
    expect(agree5.score({}, 6)).toBeNull();
    expect(agree5.score({}, '4')).toBeNull();
  });

  it('reports a reverse-coded mean and agree or strongly agree as favorable', () => {
    const { mean, favorable } = agree5.figures;
    expect(['1', '5'].map((v) => mean!({ reverse: true }, v))).toEqual([5, 1]);
    expect(['3', '4', '5'].map((v) => favorable!({}, v))).toEqual([false, true, true]);
    expect(['1', '2', '4'].map((v) => favorable!({ reverse: true }, v))).toEqual([true, true, false]);
    expect(favorableName('agree5')).toBe('favorable');
  });

  it('reads disagreeing as bad, and agreeing with a negatively worded item as bad', () => {
    const values = agree5.answer.values({});
    expect(values.map((v) => agree5.tone!({}, v))).toEqual([-2, -1, 0, 1, 2]);
    expect(values.map((v) => agree5.tone!({ reverse: true }, v))).toEqual([2, 1, 0, -1, -2]);
  });

  it('words its five points in English and Spanish', () => {
    expect(agree5.labels.en.points).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
    ]);
    expect(agree5.labels.es.points[0]).toBe('Muy en desacuerdo');
    expect(pointLabel(agree5, '4', 'es')).toBe('De acuerdo');
  });
});

describe('likelihood', () => {
  it('takes 0-10, scores nothing and feeds the Net Promoter Score', () => {
    expect(likelihood.answer.values({})).toHaveLength(11);
    expect(likelihood.answer.check(q('likelihood'), 0)).toEqual({ value: 0 });
    expect(likelihood.answer.check(q('likelihood'), 11)).toEqual({ error: 'invalid' });
    expect(likelihood.possible(q('likelihood'), 10)).toBe(true);
    expect(likelihood.score({}, 9)).toBeNull();
    expect(likelihood.figures.mean!({}, '7')).toBe(7);
    expect(likelihood.figures.favorable).toBeUndefined();
    expect(likelihood.figures.measures).toEqual(['nps']);
  });

  it('reads its values by Net Promoter band: detractors bad, passives neutral, promoters good', () => {
    const tones = likelihood.answer.values({}).map((v) => likelihood.tone!({}, v)!);
    expect(tones.slice(0, 7).every((t) => t < 0)).toBe(true);
    expect(tones.slice(7, 9)).toEqual([0, 0]);
    expect(tones.slice(9)).toEqual([1, 2]);
  });

  it('says what its ends mean in English and Spanish, and has no word per point', () => {
    expect(likelihood.labels.en.ends).toEqual(['Not at all likely', 'Extremely likely']);
    expect(likelihood.labels.es.ends).toEqual(['Nada probable', 'Muy probable']);
    expect(pointLabel(likelihood, '5', 'en')).toBeUndefined();
  });
});

describe('rating10', () => {
  it('takes 1-10, scores nothing and feeds the satisfaction index', () => {
    expect(rating10.answer.values({})).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(rating10.answer.check(q('rating10'), 0)).toEqual({ error: 'invalid' });
    expect(rating10.answer.check(q('rating10'), 10)).toEqual({ value: 10 });
    expect(rating10.possible(q('rating10'), 0)).toBe(false);
    expect(rating10.score({}, 10)).toBeNull();
    expect(rating10.figures.mean!({}, '10')).toBe(10);
    expect(rating10.figures.measures).toEqual(['acsi']);
  });

  it('reads 1-5 as the lower half and 6-10 as the upper, with no middle', () => {
    const tones = rating10.answer.values({}).map((v) => rating10.tone!({}, v)!);
    expect(tones.slice(0, 5).every((t) => t < 0)).toBe(true);
    expect(tones.slice(5).every((t) => t > 0)).toBe(true);
  });

  it('says what its ends mean in English and Spanish', () => {
    expect(rating10.labels.en.ends).toEqual(['Very poor', 'Excellent']);
    expect(rating10.labels.es.ends).toEqual(['Muy malo', 'Excelente']);
  });
});
