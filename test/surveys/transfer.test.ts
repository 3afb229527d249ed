import { describe, expect, it } from 'vitest';
import { draftFromDefinition, type SurveyDraft } from '../../surveys/draft.ts';
import { publishedTemplates } from '../../surveys/index.ts';
import { typeOf } from '../../surveys/types/index.ts';
import {
  applyTexts,
  exportSurveyJson,
  importSurveyJson,
  placeholders,
  surveyTexts,
  TransferError,
} from '../../surveys/transfer/index.ts';
import { fixture } from './fixture.ts';

const templates = publishedTemplates.map(draftFromDefinition);

function refusal(run: () => unknown): TransferError {
  try {
    run();
  } catch (e) {
    if (e instanceof TransferError) return e;
    throw e;
  }
  throw new Error('expected a TransferError');
}

/** The same value with every object's members in reverse order, as another program might write it. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    ) as T;
  }
  return value;
}

describe('surveyTexts', () => {
  it('lists every text of a draft once, keyed by ids, in reading order', () => {
    const draft = draftFromDefinition(fixture);
    draft.sections[0]!.intro = { en: 'About pay', es: 'Sobre el pago' };
    draft.sections[0]!.questions[0]!.help = { en: 'Think of last month' };
    const keys = surveyTexts(draft).map((e) => e.key);
    expect(keys.slice(0, 7)).toEqual([
      'title',
      'intro',
      'dimension.pay.label',
      'dimension.culture.label',
      'section.first.title',
      'section.first.intro',
      'question.pay_fair.text',
    ]);
    expect(keys).toContain('question.pay_fair.help');
    expect(keys).toContain('question.training_kind.option.on_the_job');
    expect(keys).not.toContain('section.training.intro');
    const texts = surveyTexts(draft);
    expect(texts.find((e) => e.key === 'question.pay_fair.help')!.texts).toEqual({
      en: 'Think of last month',
    });
    expect(texts.find((e) => e.key === 'question.training_kind.text')!.context).toMatch(/choosing one/);
    expect(texts.find((e) => e.key === 'question.pay_low.text')!.context).toMatch(
      /worded negatively on purpose/,
    );
    expect(texts.find((e) => e.key === 'question.pay_fair.text')!.context).not.toMatch(/negatively/);
  });

  it("words each question's scale as its type module labels it", () => {
    const seen = new Set<string>();
    for (const draft of templates) {
      const contexts = new Map(surveyTexts(draft).map((e) => [e.key, e.context.toLowerCase()]));
      for (const q of draft.sections.flatMap((s) => s.questions)) {
        const type = typeOf(q);
        const { points = [], ends = [] } = type.labels.en;
        const context = contexts.get(`question.${q.id}.text`)!;
        for (const w of [points[0], points.at(-1)]) if (w) expect(context).toContain(w.toLowerCase());
        const [lo, hi] = type.answer.range ?? [];
        if (ends.length > 0)
          expect(context).toContain(`from ${lo} (${ends[0]}) to ${hi} (${ends[1]})`.toLowerCase());
        if (points.length + ends.length > 0) seen.add(q.type);
      }
    }
    expect([...seen].sort()).toEqual(['agree5', 'likelihood', 'rating10', 'yesno']);
  });

  it('counts every text of each built-in template', () => {
    for (const draft of templates) {
      let count = 2 + draft.dimensions.length;
      for (const s of draft.sections) {
        count += 1 + (s.intro ? 1 : 0);
        for (const q of s.questions)
          count += 1 + (q.help ? 1 : 0) + (q.options?.length ?? 0) + (q.sms ? 1 : 0);
      }
      const keys = surveyTexts(draft).map((e) => e.key);
      expect(new Set(keys).size).toBe(count);
      expect(keys).toHaveLength(count);
    }
  });

  it('gives the same keys after sections and questions are reordered', () => {
    const draft = templates[0]!;
    const reordered = structuredClone(draft);
    reordered.sections.reverse();
    for (const s of reordered.sections) s.questions.reverse();
    const keysOf = (d: SurveyDraft) =>
      surveyTexts(d)
        .map((e) => e.key)
        .sort();
    expect(keysOf(reordered)).toEqual(keysOf(draft));
  });

  it('refuses a draft where two questions share an id', () => {
    const draft = draftFromDefinition(fixture);
    draft.sections[1]!.questions[0]!.id = 'pay_fair';
    const e = refusal(() => surveyTexts(draft));
    expect(e.code).toBe('DUPLICATE_KEY');
    expect(e.message).toContain('question.pay_fair.text');
  });
});

describe('applyTexts', () => {
  it('writes one language and keeps the others, on a copy', () => {
    const draft = draftFromDefinition(fixture);
    const next = applyTexts(draft, 'es', [
      { key: 'question.pay_fair.text', text: 'El pago es justo' },
      { key: 'question.barriers.option.housing', text: 'Vivienda' },
    ]);
    const q = next.sections[0]!.questions[0]!;
    expect(q.text).toEqual({ en: 'Pay is fair', es: 'El pago es justo' });
    expect(next.sections[2]!.questions[0]!.options![2]!.label).toEqual({ en: 'housing', es: 'Vivienda' });
    expect(draft.sections[0]!.questions[0]!.text.es).toBe('Pay is fair (es)');
  });

  it('refuses a key the draft does not have', () => {
    const e = refusal(() =>
      applyTexts(draftFromDefinition(fixture), 'es', [{ key: 'question.gone.text', text: 'x' }]),
    );
    expect(e.code).toBe('UNKNOWN_KEY');
  });
});

describe('placeholders', () => {
  it('finds each {word} token once', () => {
    expect(placeholders('{partnership} and {org}, {partnership} again; not { this } or {a-b}')).toEqual([
      '{org}',
      '{partnership}',
    ]);
  });
});

describe('survey JSON', () => {
  it('round-trips every built-in template', () => {
    for (const draft of templates) {
      const text = exportSurveyJson(draft);
      expect(
        text.startsWith('{\n  "format": "sector-voice/survey",\n  "formatVersion": 1,\n  "survey": {'),
      ).toBe(true);
      expect(importSurveyJson(text)).toEqual(draft);
    }
  });

  it('writes the same text whatever order the draft has its members in', () => {
    const draft = templates[0]!;
    expect(exportSurveyJson(reversedKeys(draft))).toBe(exportSurveyJson(draft));
  });

  it('refuses what is not JSON, another format and a newer format version', () => {
    expect(refusal(() => importSurveyJson('{"format":')).code).toBe('BAD_JSON');
    expect(refusal(() => importSurveyJson('[]')).code).toBe('UNSUPPORTED_FORMAT');
    expect(refusal(() => importSurveyJson('{"format":"other","formatVersion":1}')).code).toBe(
      'UNSUPPORTED_FORMAT',
    );
    const newer = JSON.stringify({ format: 'sector-voice/survey', formatVersion: 2, survey: templates[0] });
    const e = refusal(() => importSurveyJson(newer));
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.message).toMatch(/newer/);
  });

  it('lists every schema issue with its path', () => {
    const file = JSON.parse(exportSurveyJson(templates[0]!));
    file.survey.sections[0].questions[1].type = 'slider';
    file.survey.title = { en: 'x'.repeat(2001) };
    const e = refusal(() => importSurveyJson(JSON.stringify(file)));
    expect(e.code).toBe('INVALID_SURVEY');
    expect(e.details!.map((d) => d.path)).toEqual(['survey.title.en', 'survey.sections.0.questions.1.type']);
    expect(e.message).toContain('and 1 more');
  });

  it('refuses to export an invalid draft', () => {
    const draft = { ...templates[0]!, version: 0 };
    expect(refusal(() => exportSurveyJson(draft)).code).toBe('INVALID_SURVEY');
  });
});
