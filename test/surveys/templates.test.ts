import { describe, it, expect } from 'vitest';
import {
  allQuestions,
  getTemplate,
  latestTemplates,
  localize,
  publishedTemplates,
  surveyDefinition,
  templateSummary,
  validateAnswers,
  type Question,
  type SurveyDefinition,
} from '../../surveys/index.js';

type Found = { path: string; en: unknown; es: unknown };

/** Every `{ en, es }` object anywhere in a value: titles, intros, help, options, dimension labels. */
function localizedTexts(value: unknown, path = '$'): Found[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ('en' in record || 'es' in record) return [{ path, en: record.en, es: record.es }];
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

const words = (s: string) => s.trim().split(/\s+/).length;
const byMeasure = (def: SurveyDefinition, measure: string) =>
  allQuestions(def).filter((q) => q.measure === measure);
const template = (id: string) => {
  const def = getTemplate(id);
  if (!def) throw new Error(`no template ${id}`);
  return def;
};

describe.each(publishedTemplates.map((d) => [`${d.id}@${d.version}`, d] as const))('%s', (_name, def) => {
  it('parses with the surveyDefinition schema', () => {
    const result = surveyDefinition.safeParse(def);
    expect(result.success, JSON.stringify(result.error?.issues, null, 1)).toBe(true);
  });

  it('has every text in English and Spanish, translated rather than copied', () => {
    const texts = localizedTexts(def);
    expect(texts.length).toBeGreaterThan(10);
    for (const { path, en, es } of texts) {
      expect(typeof en === 'string' && en.trim().length > 0, `${path}.en`).toBe(true);
      expect(typeof es === 'string' && es.trim().length > 0, `${path}.es`).toBe(true);
      if (words(en as string) > 3) expect(es, `${path} looks untranslated`).not.toBe(en);
    }
  });

  it('fails to parse when one Spanish text is deleted', () => {
    const broken = structuredClone(def) as SurveyDefinition;
    delete (broken.sections[0]!.questions[0]!.text as Partial<Record<'es', string>>).es;
    expect(surveyDefinition.safeParse(broken).success).toBe(false);
    const brokenOption = structuredClone(def) as SurveyDefinition;
    const withOptions = allQuestions(brokenOption).find((q) => q.options)!;
    (withOptions.options![0]!.label as { es: string }).es = '';
    expect(surveyDefinition.safeParse(brokenOption).success).toBe(false);
  });

  it('keeps demographic items optional choice questions', () => {
    for (const q of allQuestions(def).filter((q) => q.demographic)) {
      expect(q.required, q.id).toBe(false);
      expect(['single', 'multi', 'yesno']).toContain(q.type);
    }
  });

  it('has an optional open comment', () => {
    const comments = byMeasure(def, 'comment');
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ type: 'text', required: false });
  });

  it('localizes to plain strings in one language with the same rules', () => {
    for (const lang of ['en', 'es'] as const) {
      const local = localize(def, lang);
      expect(localizedTexts(local)).toEqual([]);
      expect(local.title).toBe(def.title[lang]);
      expect(allQuestions(local).map((q) => q.id)).toEqual(allQuestions(def).map((q) => q.id));
      expect(validateAnswers(local, {}).errors).toEqual(validateAnswers(def, {}).errors);
    }
    expect(JSON.stringify(localize(def, 'es')).length).toBeLessThan(JSON.stringify(def).length * 0.7);
  });
});

describe('worker voice', () => {
  const def = template('worker-voice');
  const factors = [
    'recruitment_hiring',
    'benefits',
    'deia',
    'empowerment',
    'culture',
    'security_conditions',
    'pay',
    'skills_advancement',
  ];

  it('covers the eight job-quality factors with at least two positively worded agree items each', () => {
    expect(def.dimensions.map((d) => d.id).sort()).toEqual([...factors].sort());
    for (const factor of factors) {
      const items = allQuestions(def).filter((q) => q.dimension === factor);
      expect(items.length, factor).toBeGreaterThanOrEqual(2);
      expect(items.every((q) => q.type === 'agree5' && !q.reverse)).toBe(true);
    }
  });

  it('asks about barriers and supports as multi-choice questions', () => {
    for (const measure of ['barriers', 'supports']) {
      const [q] = byMeasure(def, measure);
      expect(q?.type, measure).toBe('multi');
      expect(q!.options!.length).toBeGreaterThanOrEqual(6);
    }
    const barriers = byMeasure(def, 'barriers')[0]!.options!.map((o) => o.value);
    expect(barriers).toEqual(expect.arrayContaining(['transportation', 'child_care', 'schedule', 'housing']));
  });

  it('has a follow-up shown only after a yes', () => {
    const followUp = allQuestions(def).find((q) => q.showIf) as Question;
    expect(followUp).toBeDefined();
    const controller = followUp.showIf!.question;
    const visible = (answer: string) =>
      validateAnswers(def, { [controller]: answer, [followUp.id]: 4 }, { partial: true }).values[followUp.id];
    expect(visible('yes')).toBe(4);
    expect(visible('no')).toBeUndefined();
  });

  it('has two or three optional demographic items', () => {
    const demographic = allQuestions(def).filter((q) => q.demographic);
    expect(demographic.length).toBeGreaterThanOrEqual(2);
    expect(demographic.length).toBeLessThanOrEqual(3);
  });

  it('fits in about five minutes on a phone', () => {
    expect(def.estimatedMinutes).toBe(5);
    expect(allQuestions(def).length).toBeGreaterThanOrEqual(24);
    expect(allQuestions(def).length).toBeLessThanOrEqual(30);
  });
});

describe('employer satisfaction', () => {
  const def = template('employer-satisfaction');

  it('rates strategies, training and candidates on agree items', () => {
    for (const dimension of ['strategies', 'training', 'candidates']) {
      const items = allQuestions(def).filter((q) => q.dimension === dimension);
      expect(items.length, dimension).toBeGreaterThanOrEqual(2);
    }
  });

  it('asks the NPS question on a 0-10 scale', () => {
    const [q] = byMeasure(def, 'nps');
    expect(q).toMatchObject({ type: 'likelihood', required: true });
    expect(q!.text.en).toMatch(/recommend/);
  });

  it('has the three ACSI rating items', () => {
    const acsi = byMeasure(def, 'acsi');
    expect(acsi).toHaveLength(3);
    expect(acsi.every((q) => q.type === 'rating10' && q.required)).toBe(true);
  });

  it('asks whether the employer will stay, with yes / probably / not sure / no', () => {
    const [q] = byMeasure(def, 'intent');
    expect(q?.options?.map((o) => o.value)).toEqual(['yes', 'probably', 'not_sure', 'no']);
  });
});

describe('partner ROI', () => {
  const def = template('partner-roi');

  it('scores value, return on investment and collaboration', () => {
    expect(def.dimensions.map((d) => d.id)).toEqual(['value', 'roi', 'collaboration']);
    expect(allQuestions(def).filter((q) => q.dimension === 'collaboration').length).toBeGreaterThanOrEqual(4);
  });

  it('asks what the organization gets back compared with what it puts in', () => {
    const overall = byMeasure(def, 'roi');
    expect(overall).toHaveLength(1);
    expect(overall[0]!.options!.map((o) => o.value)).toEqual([
      'much_more',
      'somewhat_more',
      'about_same',
      'less',
      'much_less',
    ]);
  });

  it('lists contributions as a multi-choice question', () => {
    const [q] = byMeasure(def, 'contributions');
    expect(q?.type).toBe('multi');
    expect(q!.options!.map((o) => o.value)).toEqual(
      expect.arrayContaining([
        'staff_time',
        'funding',
        'space',
        'equipment',
        'curriculum',
        'referrals',
        'data',
      ]),
    );
  });
});

describe('published template registry', () => {
  it('finds templates by id and version, latest by default', () => {
    expect(getTemplate('worker-voice')?.version).toBe(3);
    expect(getTemplate('worker-voice', 1)?.id).toBe('worker-voice');
    expect(getTemplate('worker-voice', 99)).toBeUndefined();
    expect(getTemplate('nope')).toBeUndefined();
  });

  it('lists the latest version of each template once', () => {
    expect(latestTemplates().map((d) => d.id)).toEqual([
      'worker-voice',
      'employer-satisfaction',
      'partner-roi',
    ]);
  });

  it('keeps ids and versions unique', () => {
    const keys = publishedTemplates.map((d) => `${d.id}@${d.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('summarizes a template', () => {
    const def = template('employer-satisfaction');
    expect(templateSummary(def)).toEqual({
      id: 'employer-satisfaction',
      version: def.version,
      kind: 'employer-satisfaction',
      title: def.title,
      estimatedMinutes: 5,
      questionCount: allQuestions(def).length,
      versions: [1, 2],
    });
  });

  it('cannot be changed at runtime', () => {
    const def = template('worker-voice');
    expect(() => {
      (def.sections[0]!.questions[0]!.text as { en: string }).en = 'changed';
    }).toThrow(TypeError);
  });
});
