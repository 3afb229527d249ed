// Yes or no. A review reports the share who said yes.
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
  labels: {
    en: { points: ['Yes', 'No'] },
    es: { points: ['Sí', 'No'] },
  },
};
