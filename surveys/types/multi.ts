// Any number of options from a list, at most `max`. Stored in option order, so two identical sets of
// choices always compare equal; a review counts each option and, apart, everyone who answered.
import { byLang } from '../languages.js';
import { invalid, optionValues, type AnswerType, type QuestionTypeModule } from './module.js';

export const multiAnswer: AnswerType = {
  values: optionValues,
  check(q, raw) {
    if (!Array.isArray(raw)) return invalid;
    const known = new Set(optionValues(q));
    const chosen = new Set<string>();
    for (const v of raw) {
      if (typeof v !== 'string' || !known.has(v)) return invalid;
      chosen.add(v);
    }
    if (q.max !== undefined && chosen.size > q.max) return { error: 'too_many' };
    return { value: [...known].filter((v) => chosen.has(v)) };
  },
  fromForm: (posted) => posted.map((v) => (typeof v === 'string' ? v.trim() : v)),
};

export const multi: QuestionTypeModule = {
  type: 'multi',
  kind: 'choice',
  multiple: true,
  answer: multiAnswer,
  rules: { options: true, max: true, maxLength: false, reverse: false, dimension: false },
  possible: (q, v) => optionValues(q).some((o) => o === v),
  longest: optionValues,
  score: () => null,
  // No tone: the options are categories (reasons, supports), which no colour should rank.
  figures: { distribution: true, measures: [], breakdown: false },
  labels: /* @__PURE__ */ byLang(() => ({})),
};
