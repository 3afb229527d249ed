// A rating from 1 (very poor) to 10 (excellent): the ACSI-style satisfaction items.
import { byLang } from '../languages.js';
import { words } from '../words/index.js';
import type { QuestionTypeModule, Tone } from './module.js';
import { onScale, scaleAnswer, widest } from './scale.js';

export const rating10Answer = scaleAnswer(1, 10);

export const rating10: QuestionTypeModule<{ ends: readonly [string, string] }> = {
  type: 'rating10',
  kind: 'scale',
  multiple: false,
  answer: rating10Answer,
  rules: { options: false, max: false, maxLength: false, reverse: false, dimension: false },
  possible: (_q, v) => onScale(v, 1, 10),
  longest: () => widest(rating10Answer.range),
  score: () => null,
  figures: { distribution: true, mean: (_q, value) => Number(value), measures: ['acsi'], breakdown: false },
  tone(_q, value) {
    const v = Number(value);
    if (!(v >= 1 && v <= 10)) return null;
    // Ten points have no middle; 1-5 is the lower half, as the ACSI rescaling reads it.
    const tone: Tone = v <= 3 ? -2 : v <= 5 ? -1 : v <= 7 ? 1 : 2;
    return tone;
  },
  labels: /* @__PURE__ */ byLang((l) => ({ ends: words[l].scales.rating10 })),
};
