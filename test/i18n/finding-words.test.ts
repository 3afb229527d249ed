/**
 * The survey editor words every finding of the checks from its code and params (checks area): each
 * code of `findingCodes` has a message in every locale, the English one says exactly what the checks
 * wrote (so the params carry everything the sentence needs), and the Spanish one is filled without a
 * placeholder left over.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingText, type FindingNames } from '../../client/admin/surveys/finding-text.ts';
import en from '../../client/shared/i18n/messages/en/checks.ts';
import es from '../../client/shared/i18n/messages/es/checks.ts';
import { serverWords } from '../../client/shared/i18n/server-words.ts';
import { draftFromDefinition, type SurveyDraft } from '../../surveys/draft.ts';
import { checkSurvey, factorLabel, findingCodes, type Finding } from '../../surveys/checks/index.ts';
import { langName } from '../../surveys/checks/types.ts';
import { getTemplate } from '../../surveys/index.ts';
import { draftArb } from '../helpers/survey-arb.ts';

// What the checks' English names: a language's English name, a type's id, a factor's English label.
const english: FindingNames = {
  language: (l) => langName(l as never),
  type: (t) => t,
  factor: (id) => factorLabel(id, 'en'),
};
const spanish: FindingNames = {
  language: (l) => `«${l}»`,
  type: (t) => `«${t}»`,
  factor: (id) => factorLabel(id, 'es'),
};

/** Drafts that between them raise the advice the generated drafts rarely do. */
function adviceDrafts(): SurveyDraft[] {
  const worker = draftFromDefinition(getTemplate('worker-voice')!);
  const long = structuredClone(worker);
  const first = long.sections[0]!;
  first.questions[0]!.reverse = true;
  first.questions[1]!.text = {
    en: 'I am afraid to speak up about unsafe conditions at work, because nobody would ever listen to a complaint made by someone who works on the floor in a place like this one.',
    es: 'No tengo miedo de hablar.',
  };
  for (let i = 0; i < 30; i++)
    first.questions.push({ ...structuredClone(first.questions[2]!), id: `extra_${i}`, dimension: undefined });
  const uncovered = structuredClone(worker);
  uncovered.sections = uncovered.sections.map((s) => ({
    ...s,
    questions: s.questions.filter((q) => q.dimension !== uncovered.dimensions[0]!.id),
  }));
  return [worker, long, uncovered, texted(worker)];
}

/** The worker survey with text messages that raise every SMS advice, each way it can be said. */
function texted(worker: SurveyDraft): SurveyDraft {
  const d = structuredClone(worker);
  const q = (id: string) => d.sections.flatMap((s) => s.questions).find((x) => x.id === id)!;
  const sms = { en: 'Reply 1 to 5.', es: 'Responda de 1 a 5.' };
  // No text message on the controller, one never asked itself, one numbering none of the answers awaited.
  q('training_helped').sms = { text: { ...sms } };
  q('supports').showIf = { question: 'training_helped', in: [4, 5] };
  q('supports').sms = { text: { ...sms } };
  q('tenure').showIf = { question: 'barriers', in: ['housing'] };
  q('tenure').sms = { text: { ...sms } };
  // An accent turns a Spanish text into UCS-2; pay loses its only text message.
  q('respect').sms!.text.es =
    'Mi supervisor me trata con respeto y me escucha cuando hablo. Responda de 1 a 5, sí.';
  delete q('pay_fair').sms;
  return d;
}

const findings: Finding[] = [...fc.sample(draftArb, { numRuns: 800, seed: 16 }), ...adviceDrafts()].flatMap(
  (d) => checkSurvey(d).findings,
);

describe("the checks' findings in the dashboard's words", () => {
  it('have a message for every finding code in every locale', () => {
    for (const code of findingCodes) {
      expect(en[code], `en ${code}`).toBeTruthy();
      expect(es[code], `es ${code}`).toBeTruthy();
    }
    expect(Object.keys(en).sort()).toEqual([...findingCodes].sort());
  });

  it('are raised for nearly every code by the drafts below, so the comparisons cover them', () => {
    const raised = new Set(findings.map((f) => f.code));
    expect(findingCodes.filter((c) => !raised.has(c))).toEqual([]);
  });

  it('say in English exactly what the checks wrote, from the params alone', () => {
    const words = serverWords('en', 'checks');
    for (const f of findings) {
      const said = findingText(words, f, english);
      expect(said, f.code).toEqual({ text: f.message, worded: true });
    }
  });

  it('say it in Spanish with every placeholder filled', () => {
    const words = serverWords('es', 'checks');
    for (const f of findings) {
      const said = findingText(words, f, spanish);
      expect(said.worded, f.code).toBe(true);
      expect(said.text, f.code).not.toMatch(/[{}]|undefined/);
      expect(said.text, f.code).not.toBe(f.message);
    }
  });

  it("show the checks' English for a code without words or a finding without params", () => {
    const words = serverWords('es', 'checks');
    const newer = { code: 'NEWER_CHECK', severity: 'warning', path: [], message: 'Said in English.' };
    expect(findingText(words, newer as unknown as Finding, spanish)).toEqual({
      text: 'Said in English.',
      worded: false,
    });
    const older: Finding = { code: 'EMPTY_SECTION', severity: 'blocking', path: [], message: 'Older.' };
    expect(findingText(words, older, spanish)).toEqual({ text: 'Older.', worded: false });
    expect(findingText(words, { ...older, params: {} }, spanish)).toEqual({ text: 'Older.', worded: false });
  });
});
