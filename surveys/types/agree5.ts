// A five-point agree item, strongly disagree (1) to strongly agree (5): the only type averaged into
// dimension scores. A negatively worded item (`reverse`) counts 6 - v, so 5 is always the good end.
import { byLang } from '../languages.js';
import { words } from '../words/index.js';
import type { QuestionTypeModule, Tone } from './module.js';
import { onScale, scaleAnswer, widest } from './scale.js';

export const agree5Answer = scaleAnswer(1, 5);

function score(q: { reverse?: boolean | undefined }, v: unknown): number | null {
  return onScale(v, 1, 5) ? (q.reverse ? 6 - v : v) : null;
}

/** Whether an agree5 value (already reverse-coded, see `score`) is favorable: agree or strongly agree. */
export function isFavorable(v: number): boolean {
  return v === 4 || v === 5;
}

export const agree5: QuestionTypeModule<{ points: readonly [string, string, string, string, string] }> = {
  type: 'agree5',
  kind: 'scale',
  multiple: false,
  answer: agree5Answer,
  rules: { options: false, max: false, maxLength: false, reverse: true, dimension: true },
  possible: (_q, v) => onScale(v, 1, 5),
  longest: () => widest(agree5Answer.range),
  score,
  figures: {
    distribution: true,
    mean: (q, value) => score(q, Number(value)),
    favorable: (q, value) => isFavorable(score(q, Number(value)) ?? 0),
    favorableName: 'favorable',
    measures: [],
    breakdown: false,
  },
  tone(q, value) {
    const v = Number(value);
    return v >= 1 && v <= 5 ? ((q.reverse ? 3 - v : v - 3) as Tone) : null;
  },
  labels: /* @__PURE__ */ byLang((l) => ({ points: words[l].scales.agree5 })),
};
