// A survey's SMS form: the questions that carry a text message (schema.ts `questionSms`), in the
// order a respondent meets them, each with the answer keys its type allows. The page never imports
// anything in this folder: a conversation by text runs on the server only.
import { allQuestions } from '../logic.js';
import type { Lang, Question, SurveyDefinition } from '../schema.js';
import { surveyLanguages } from '../schema.js';
import type { SurveyShape } from '../shape.js';
import { defaultTextMaxLength } from '../shape.js';
import { typeOf } from '../types/index.js';

/** What a reply to one question may be, derived from its type (and its SMS option list). */
export type AnswerKeys =
  | { kind: 'scale'; lo: number; hi: number }
  | { kind: 'yesno' }
  /** Option values numbered 1, 2, 3 ... in this order; `several` for a multi question. */
  | { kind: 'choice'; values: readonly string[]; several: boolean }
  | { kind: 'text'; maxLength: number };

export interface SmsItem {
  question: Question;
  keys: AnswerKeys;
}

export interface SmsForm {
  survey: SurveyDefinition;
  /** The questions asked by text, in survey order. */
  items: readonly SmsItem[];
  /** The languages the survey (and so every SMS text) is complete in. */
  languages: readonly Lang[];
}

/** What answer keys are made from: a published question, or a draft's in the survey editor. */
export type KeyedQuestion = Pick<Question, 'type' | 'maxLength'> & {
  options?: readonly { value: string }[];
  sms?: { options?: readonly string[] };
};

/** The answer keys of a question, from its type: "1-5", "Y/N", "1 3" (several), numbered options, free text. */
export function answerKeys(q: KeyedQuestion): AnswerKeys {
  const type = typeOf(q);
  switch (type.kind) {
    case 'scale': {
      const [lo, hi] = type.answer.range ?? [1, 5];
      return { kind: 'scale', lo, hi };
    }
    case 'yesno':
      return { kind: 'yesno' };
    case 'choice':
      return {
        kind: 'choice',
        values: q.sms?.options ?? (q.options ?? []).map((o) => o.value),
        several: type.multiple,
      };
    case 'text':
      return { kind: 'text', maxLength: q.maxLength ?? defaultTextMaxLength };
  }
}

/** The keys as staff read them beside an SMS text: "1-5", "Y/N", "1-8", "1 3 (1-8)", "text". */
export function keysLabel(keys: AnswerKeys): string {
  switch (keys.kind) {
    case 'scale':
      return `${keys.lo}-${keys.hi}`;
    case 'yesno':
      return 'Y/N';
    case 'choice':
      return keys.several ? `1 3 (1-${keys.values.length})` : `1-${keys.values.length}`;
    case 'text':
      return 'text';
  }
}

/** The SMS form of a survey version; null when no question of it has an SMS text. */
export function smsForm(def: SurveyDefinition): SmsForm | null {
  const items = allQuestions(def)
    .filter((q) => q.sms)
    .map((question) => ({ question, keys: answerKeys(question) }));
  return items.length === 0 ? null : { survey: def, items, languages: surveyLanguages(def) };
}

/**
 * The survey as a conversation by text asks it: only its SMS questions, in their sections. Answers
 * are checked with `validateAnswers` against this shape, as a page is checked against the sections
 * it showed: a question never asked by text is never required of a texted response.
 */
export function smsSurvey(def: SurveyShape<Question>): SurveyShape<Question> {
  return {
    sections: def.sections
      .map((s) => ({ id: s.id, questions: s.questions.filter((q) => q.sms) }))
      .filter((s) => s.questions.length > 0),
  };
}
