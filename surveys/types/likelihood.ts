// How likely, from 0 (not at all) to 10 (extremely): the Net Promoter question's scale.
import { byLang } from '../languages.js';
import { words } from '../words/index.js';
import type { QuestionTypeModule, Tone } from './module.js';
import { onScale, scaleAnswer, widest } from './scale.js';

export const likelihoodAnswer = scaleAnswer(0, 10);

export const likelihood: QuestionTypeModule<{ ends: readonly [string, string] }> = {
  type: 'likelihood',
  kind: 'scale',
  multiple: false,
  answer: likelihoodAnswer,
  rules: { options: false, max: false, maxLength: false, reverse: false, dimension: false },
  possible: (_q, v) => onScale(v, 0, 10),
  longest: () => widest(likelihoodAnswer.range),
  score: () => null,
  figures: { distribution: true, mean: (_q, value) => Number(value), measures: ['nps'], breakdown: false },
  tone(_q, value) {
    const v = Number(value);
    if (!(v >= 0 && v <= 10)) return null;
    // Net Promoter bands: 0-6 detractors, 7-8 passives, 9-10 promoters.
    const tone: Tone = v <= 4 ? -2 : v <= 6 ? -1 : v <= 8 ? 0 : v === 9 ? 1 : 2;
    return tone;
  },
  labels: /* @__PURE__ */ byLang((l) => ({ ends: words[l].scales.likelihood })),
};
