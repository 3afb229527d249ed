import { describe, it, expect } from 'vitest';
import {
  allQuestions,
  getTemplate,
  latestTemplates,
  publishedTemplates,
  question,
  surveyDefinition,
  surveyKinds,
  type Question,
  type SurveyDefinition,
  type SurveyKind,
} from '../../surveys/index.js';
import { bankDimensions, bankItem, itemBank, type BankItem } from '../../surveys/item-bank/index.js';
import { builtInTopics } from '../../surveys/item-bank/built-in-topics.js';
import { definitionCandidate, draftFromDefinition } from '../../surveys/draft.js';

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

const alternatives = (kind: SurveyKind) => itemBank(kind).filter((i) => i.source === 'bank');
const everyAlternative = surveyKinds.flatMap((kind) => alternatives(kind).map((item) => ({ kind, item })));
const builtInIds = new Set(publishedTemplates.flatMap((d) => allQuestions(d).map((q) => q.id)));
// The bank is written in English and Spanish: added to a survey in more languages, an item waits for
// its translations (a blocking check), so these tests add it to the English and Spanish version.
const templateOf = (kind: SurveyKind) => {
  const latest = latestTemplates().find((d) => d.kind === kind)!;
  return getTemplate(latest.id, 1)!;
};

const words = (s: string) => s.trim().split(/\s+/).length;
// A sentence end followed by more text; a question in Spanish opens with ¿ mid-sentence, which is fine.
const moreThanOneSentence = (s: string) => /[.!?]\s+\S/.test(s.trim());

// Rough English syllables (vowel groups, a silent final e dropped): enough to tell a plain sentence from
// a dense one, which is all a reading-grade estimate on one sentence can do.
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}
function fleschKincaidGrade(sentence: string): number {
  const ws = sentence.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * ws.length + 11.8 * (syl / ws.length) - 15.59;
}

/** The built-in template of the item's kind with the item appended, plus its dimension if it lacks it. */
function withItem(kind: SurveyKind, item: BankItem): SurveyDefinition {
  const def = structuredClone(templateOf(kind)) as SurveyDefinition;
  const dim = bankDimensions(kind).find((d) => d.id === item.dimension);
  if (dim && !def.dimensions.some((d) => d.id === dim.id)) def.dimensions.push(dim);
  def.sections.at(-1)!.questions.push(structuredClone(item.question) as Question);
  return def;
}

describe('itemBank', () => {
  it.each(surveyKinds)('%s starts with the latest templates’ own items, in order', (kind) => {
    const builtIns = itemBank(kind).filter((i) => i.source === 'built-in');
    const expected = latestTemplates()
      .filter((d) => d.kind === kind)
      .flatMap((d) => allQuestions(d).map((q) => ({ q, templateId: d.id })));
    expect(builtIns.map((i) => [i.question, i.templateId])).toEqual(expected.map((e) => [e.q, e.templateId]));
    expect(builtIns[0]!.question).toBe(expected[0]!.q);
    expect(itemBank(kind).slice(0, builtIns.length)).toEqual(builtIns);
  });

  it.each(surveyKinds)('%s lists its alternatives grouped by dimension, unscored ones last', (kind) => {
    const dims = alternatives(kind).map((i) => i.dimension ?? '(unscored)');
    const runs = dims.filter((d, i) => d !== dims[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs.at(-1)).toBe('(unscored)');
  });

  it('gives every item as the published question schema parses it', () => {
    for (const kind of surveyKinds) {
      for (const item of itemBank(kind)) {
        const parsed = question.safeParse(item.question);
        expect(parsed.success, `${item.question.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        expect(parsed.data).toEqual(item.question);
        expect(item.dimension).toBe(item.question.dimension);
      }
    }
  });

  it('keeps alternative ids unique across the whole bank and apart from every built-in id', () => {
    const ids = everyAlternative.map(({ item }) => item.question.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => builtInIds.has(id))).toEqual([]);
  });

  it('offers at least 4 alternatives for each of the eight job-quality factors', () => {
    for (const f of factors) {
      const n = alternatives('worker-voice').filter((i) => i.dimension === f).length;
      expect(n, f).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(['employer-satisfaction', 'partner-roi'] as const)(
    'offers at least 3 alternatives for each dimension of %s',
    (kind) => {
      const dims = templateOf(kind).dimensions.map((d) => d.id);
      expect(dims.length).toBeGreaterThan(0);
      for (const d of dims)
        expect(alternatives(kind).filter((i) => i.dimension === d).length, d).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(surveyKinds)('%s has a handful of optional unscored choice questions', (kind) => {
    const unscored = alternatives(kind).filter((i) => i.dimension === undefined);
    expect(unscored.length).toBeGreaterThanOrEqual(4);
    for (const { question: q } of unscored) {
      expect(['yesno', 'single', 'multi'], q.id).toContain(q.type);
      expect(q.required, q.id).toBe(false);
    }
  });

  it('scores every agree item into a dimension that bankDimensions offers', () => {
    for (const kind of surveyKinds) {
      const offered = new Set(bankDimensions(kind).map((d) => d.id));
      for (const { question: q } of itemBank(kind).filter((i) => i.question.type === 'agree5')) {
        if (q.dimension !== undefined) expect(offered.has(q.dimension), `${kind} ${q.id}`).toBe(true);
      }
      for (const { question: q } of alternatives(kind).filter((i) => i.question.type === 'agree5')) {
        expect(q.dimension, q.id).toBeDefined();
      }
    }
    expect(bankDimensions('worker-voice').map((d) => d.id)).toEqual(factors);
  });

  it('writes alternatives as one short sentence in both languages, Spanish in usted', () => {
    for (const { item } of everyAlternative) {
      const { id, text } = item.question;
      for (const s of [text.en, text.es!]) {
        expect(words(s), `${id}: ${s}`).toBeLessThan(20);
        expect(moreThanOneSentence(s), `${id}: ${s}`).toBe(false);
      }
      expect(text.es, id).not.toBe(text.en);
      const spanishWords = text.es!.toLowerCase().split(/[^\p{L}]+/u);
      expect(
        spanishWords.filter((w) => ['tú', 'tu', 'tus', 'te', 'ti', 'contigo'].includes(w)),
        id,
      ).toEqual([]);
      for (const o of item.question.options ?? []) {
        expect(Math.max(words(o.label.en), words(o.label.es!)), `${id}.${o.value}`).toBeLessThanOrEqual(8);
      }
    }
  });

  it('keeps alternatives at or below an 8th-grade reading level in English', () => {
    for (const { item } of everyAlternative) {
      const { id, text } = item.question;
      expect(fleschKincaidGrade(text.en), `${id}: ${text.en}`).toBeLessThanOrEqual(8);
    }
    expect(fleschKincaidGrade('Partners make important decisions together.')).toBeGreaterThan(8);
  });

  it('names each item’s topic in a few words, in both languages', () => {
    for (const kind of surveyKinds) {
      for (const { question: q, topic } of itemBank(kind)) {
        expect(words(topic.en), q.id).toBeLessThanOrEqual(6);
        expect(words(topic.es!), q.id).toBeLessThanOrEqual(6);
      }
    }
  });

  it('has a topic for every built-in item and none for a question that does not exist', () => {
    for (const def of latestTemplates()) {
      const ids = allQuestions(def).map((q) => q.id);
      expect(Object.keys(builtInTopics[def.id] ?? {}).sort()).toEqual([...ids].sort());
    }
  });

  it('gives items frozen, so a caller that edits one cannot change the bank', () => {
    const item = alternatives('worker-voice')[0]!;
    expect(Object.isFrozen(item.question.text)).toBe(true);
    expect(() => ((item.question.text as { en: string }).en = 'changed')).toThrow();
  });
});

describe('adding one bank item to the built-in template of its kind', () => {
  it.each(everyAlternative.map(({ kind, item }) => [item.question.id, kind, item] as const))(
    '%s gives a definition the schema accepts',
    (_id, kind, item) => {
      const result = surveyDefinition.safeParse(withItem(kind, item));
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    },
  );

  it('brings its dimension into a survey that had dropped it, and is refused without it', () => {
    const dropped = structuredClone(templateOf('worker-voice')) as SurveyDefinition;
    dropped.dimensions = dropped.dimensions.filter((d) => d.id !== 'pay');
    for (const s of dropped.sections) s.questions = s.questions.filter((q) => q.dimension !== 'pay');
    expect(surveyDefinition.safeParse(dropped).success).toBe(true);

    const item = bankItem('pay_on_time', 'worker-voice')!;
    const bare = structuredClone(dropped);
    bare.sections[0]!.questions.push(structuredClone(item.question) as Question);
    expect(surveyDefinition.safeParse(bare).success).toBe(false);

    // The bank's factor labels carry every language the built-in template has; publishing keeps
    // only the survey's own languages (definitionCandidate), as the editor does.
    bare.dimensions.push(bankDimensions('worker-voice').find((d) => d.id === item.dimension)!);
    expect(surveyDefinition.safeParse(definitionCandidate(draftFromDefinition(bare))).success).toBe(true);
  });
});

describe('bankItem', () => {
  it('finds every alternative by id, with or without its kind', () => {
    for (const { kind, item } of everyAlternative) {
      expect(bankItem(item.question.id)).toBe(item);
      expect(bankItem(item.question.id, kind)).toBe(item);
    }
  });

  it('finds a built-in id repeated across templates in the kind asked for', () => {
    expect(bankItem('comment', 'partner-roi')?.templateId).toBe('partner-roi');
    expect(bankItem('comment', 'employer-satisfaction')?.templateId).toBe('employer-satisfaction');
  });

  it('finds nothing for an unknown id or an id of another kind', () => {
    expect(bankItem('no_such_item')).toBeUndefined();
    expect(bankItem('pay_on_time', 'partner-roi')).toBeUndefined();
  });
});
