// The measures people in the field already use, computed the way they compute them, so a review can be
// compared with other reports. Pure arithmetic: callers round for display.
import type { Answers } from './schema.js';
import type { QuestionShape, ScoredSurveyShape } from './shape.js';
import { allQuestions } from './logic.js';
import { typeOf } from './types/index.js';

export { isFavorable } from './types/agree5.js';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** Rescales a 1-5 agree mean to 0-100: (mean - 1) / 4 * 100. */
export function likertToScore(mean: number): number {
  return ((mean - 1) / 4) * 100;
}

/**
 * What an answer adds to its dimension score, as its question type scores it: an agree5 answer 1-5
 * with 5 always the good end (a negatively worded, `reverse` item scores 6 - v). Null for types that
 * are not scored and for anything not a possible answer.
 */
export function itemValue(question: Pick<QuestionShape, 'type' | 'reverse'>, value: unknown): number | null {
  return typeOf(question).score(question, value);
}

/**
 * One respondent's score per dimension: the mean of the dimension's answered agree5 items
 * (reverse-coded), rescaled to 0-100; null for a dimension with no answered item.
 */
export function dimensionScores(def: ScoredSurveyShape, answers: Answers): Record<string, number | null> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const q of allQuestions(def)) {
    if (q.dimension === undefined || !Object.prototype.hasOwnProperty.call(answers, q.id)) continue;
    const v = itemValue(q, answers[q.id]);
    if (v === null) continue;
    const s = sums.get(q.dimension) ?? { total: 0, count: 0 };
    sums.set(q.dimension, { total: s.total + v, count: s.count + 1 });
  }
  const scores: Record<string, number | null> = {};
  for (const d of def.dimensions) {
    const s = sums.get(d.id);
    scores[d.id] = s ? likertToScore(s.total / s.count) : null;
  }
  return scores;
}

/** Net Promoter category of a 0-10 answer: 9-10 promoter, 7-8 passive, 0-6 detractor. */
export function npsCategory(v: number): NpsCategory {
  // A miscounted answer would silently move the score, so bad input is a bug to surface.
  if (!Number.isInteger(v) || v < 0 || v > 10) throw new RangeError(`not a 0-10 answer: ${v}`);
  return v >= 9 ? 'promoter' : v >= 7 ? 'passive' : 'detractor';
}

/** Net Promoter Score: % promoters - % detractors, from -100 to 100; null when nobody answered. */
export function nps(counts: NpsCounts): number | null {
  const total = counts.promoters + counts.passives + counts.detractors;
  if (total === 0) return null;
  return ((counts.promoters - counts.detractors) / total) * 100;
}

/**
 * ACSI-style satisfaction index: the weighted mean of 1-10 items (overall satisfaction, met
 * expectations, close to ideal) rescaled to 0-100 as (mean - 1) / 9 * 100. Equal weights by
 * default; null when there are no values.
 */
export function satisfactionIndex(values: readonly number[], weights?: readonly number[]): number | null {
  if (values.length === 0) return null;
  if (values.some((v) => !Number.isFinite(v) || v < 1 || v > 10)) {
    throw new RangeError('satisfaction items are 1-10');
  }
  const w = weights ?? values.map(() => 1);
  if (w.length !== values.length || w.some((x) => !Number.isFinite(x) || x < 0)) {
    throw new RangeError('one non-negative weight per value');
  }
  const weightSum = w.reduce((a, b) => a + b, 0);
  if (weightSum === 0) throw new RangeError('weights sum to zero');
  const mean = values.reduce((acc, v, i) => acc + v * (w[i] ?? 0), 0) / weightSum;
  return ((mean - 1) / 9) * 100;
}

/**
 * Wilson score interval for a proportion (0..1), which unlike the normal approximation stays
 * sensible for the small groups a partnership has (Wilson 1927; Newcombe 1998, method 3).
 * Null when n = 0.
 */
export function wilsonInterval(successes: number, n: number, z = 1.96): { low: number; high: number } | null {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`not a count: ${successes} of ${n}`);
  }
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The bounds are exactly 0 and 1 at the extremes; floating point would leave crumbs like 1e-17.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  };
}
