// One option out of a list. Its answers can be a review's breakdown (a demographic question) or a
// headline share (the options counted as the good answer, server/reviews/response-cells.ts).
import { byLang } from '../languages.js';
import {
  invalid,
  one,
  optionValues,
  trim,
  type AnswerType,
  type QuestionTypeModule,
  type Tone,
} from './module.js';

export const singleAnswer: AnswerType = {
  values: optionValues,
  check: (q, raw) => (typeof raw === 'string' && optionValues(q).includes(raw) ? { value: raw } : invalid),
  fromForm: (posted) => one(posted, trim),
};

/**
 * Option values the templates use for answers that run from worse to better ("much more than we put
 * in" is good although it comes first). A question with any other option is a list of categories.
 */
const ordinalOptions: Readonly<Record<string, Tone>> = {
  much_more: 2,
  somewhat_more: 1,
  about_same: 0,
  less: -1,
  much_less: -2,
  yes: 2,
  probably: 1,
  not_sure: 0,
  no: -2,
};

export const single: QuestionTypeModule = {
  type: 'single',
  kind: 'choice',
  multiple: false,
  answer: singleAnswer,
  rules: { options: true, max: false, maxLength: false, reverse: false, dimension: false },
  possible: (q, v) => optionValues(q).some((o) => o === v),
  longest: (q) => optionValues(q).reduce((a, b) => (b.length > a.length ? b : a), ''),
  score: () => null,
  figures: { distribution: true, measures: ['share'], breakdown: true },
  tone: (_q, value) =>
    Object.prototype.hasOwnProperty.call(ordinalOptions, value) ? ordinalOptions[value]! : null,
  labels: /* @__PURE__ */ byLang(() => ({})),
};
