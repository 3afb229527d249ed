// Yes or no. A review reports the share who said yes.
import { byLang } from '../languages.js';
import { words } from '../words/index.js';
import { invalid, one, trim, type AnswerType, type QuestionTypeModule } from './module.js';

const values = ['yes', 'no'];
const isValue = (v: unknown): v is string => v === 'yes' || v === 'no';

export const yesnoAnswer: AnswerType = {
  values: () => [...values],
  check: (_q, raw) => (isValue(raw) ? { value: raw } : invalid),
  fromForm: (posted) => one(posted, trim),
};

export const yesno: QuestionTypeModule<{ points: readonly [string, string] }> = {
  type: 'yesno',
  kind: 'yesno',
  multiple: false,
  answer: yesnoAnswer,
  rules: { options: false, max: false, maxLength: false, reverse: false, dimension: false },
  possible: (_q, v) => isValue(v),
  longest: () => 'yes',
  score: () => null,
  figures: {
    distribution: true,
    favorable: (_q, value) => value === 'yes',
    favorableName: 'yes',
    measures: [],
    breakdown: false,
  },
  tone: (_q, value) => (value === 'yes' ? 2 : value === 'no' ? -2 : null),
  labels: /* @__PURE__ */ byLang((l) => ({ points: words[l].scales.yesno })),
};
