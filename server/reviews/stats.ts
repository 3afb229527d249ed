/**
 * Figures from aggregate sums, computed the way the field computes them (NPS as promoters minus
 * detractors, Likert items rescaled to 0-100, shares of favourable answers), each with a 95%
 * interval: Wilson for shares, the normal interval of a mean for scores, and the variance of a
 * difference of two proportions for NPS. Pure; values are on the reported scale (0-100, NPS -100..100).
 */
import { wilsonInterval } from '../../surveys/index.ts';

const z = 1.96;

export type Kind = 'count' | 'score' | 'share' | 'nps';

/** One figure of one group, before suppression. `n` is how many respondents it rests on. */
export interface Stat {
  kind: Kind;
  n: number;
  value: number | null;
  low: number | null;
  high: number | null;
  /** Standard error of `value`, for the interval of a change. */
  se: number | null;
  /** Shares only: the count behind the share, for the interval of a difference (Newcombe). */
  successes?: number;
}

export const empty = (kind: Kind): Stat => ({ kind, n: 0, value: null, low: null, high: null, se: null });

export function countStat(n: number): Stat {
  return { kind: 'count', n, value: n, low: null, high: null, se: null };
}

/** A share in percent with its Wilson interval. */
export function shareStat(successes: number, n: number): Stat {
  const ci = wilsonInterval(successes, n);
  if (!ci) return empty('share');
  const p = successes / n;
  return {
    kind: 'share',
    n,
    value: p * 100,
    low: ci.low * 100,
    high: ci.high * 100,
    se: Math.sqrt((p * (1 - p)) / n) * 100,
    successes,
  };
}

/**
 * A 0-100 score from exact moments of a per-respondent mean item value stored times `scale`:
 * (mean - lo) / (hi - lo) * 100, with the normal interval of the mean (sample standard deviation).
 */
export function scoreStat(
  n: number,
  total: number,
  sumsq: number,
  scale: number,
  [lo, hi]: [number, number],
): Stat {
  if (n === 0) return empty('score');
  const k = 100 / (hi - lo);
  const mean = total / n / scale;
  // Moments are exact integers; the variance is formed from them in one step to limit cancellation.
  const variance = n > 1 ? Math.max(0, (sumsq * n - total * total) / (n * (n - 1))) / (scale * scale) : 0;
  const value = (mean - lo) * k;
  const se = Math.sqrt(variance / n) * k || 0;
  return {
    kind: 'score',
    n,
    value,
    low: Math.max(0, value - z * se),
    high: Math.min(100, value + z * se),
    se,
  };
}

/** Net Promoter Score: % promoters - % detractors, with the variance of that difference. */
export function npsStat(promoters: number, passives: number, detractors: number): Stat {
  const n = promoters + passives + detractors;
  if (n === 0) return empty('nps');
  const pp = promoters / n;
  const pd = detractors / n;
  const value = (pp - pd) * 100;
  const se = Math.sqrt(Math.max(0, pp + pd - (pp - pd) ** 2) / n) * 100;
  return {
    kind: 'nps',
    n,
    value,
    low: Math.max(-100, value - z * se),
    high: Math.min(100, value + z * se),
    se,
  };
}

/** A mean on the answer's own scale (1-5, 0-10), for single questions. */
export function meanOf(distribution: Map<string, number>): number | null {
  let n = 0;
  let sum = 0;
  for (const [value, count] of distribution) {
    const v = Number(value);
    if (!Number.isFinite(v)) continue;
    n += count;
    sum += v * count;
  }
  return n === 0 ? null : sum / n;
}

export interface Change {
  /** This period minus the other, on the measure's scale. */
  difference: number;
  low: number;
  high: number;
  /** Both groups big enough, the interval excludes zero, and at least 5 points on a 0-100 scale. */
  meaningful: boolean;
}

/** The smallest change worth a flag, in points on a 0-100 scale (NPS counts on its own -100..100 scale). */
export const meaningfulPoints = 5;

/**
 * The change from `before` to `now`. Shares use Newcombe's hybrid score interval (built from the two
 * Wilson intervals); scores and NPS the normal interval of a difference of independent estimates.
 */
export function change(now: Stat, before: Stat, minGroupSize: number): Change | null {
  if (now.value === null || before.value === null || now.se === null || before.se === null) return null;
  const difference = now.value - before.value;
  let low: number;
  let high: number;
  if (
    now.kind === 'share' &&
    now.low !== null &&
    now.high !== null &&
    before.low !== null &&
    before.high !== null
  ) {
    // Newcombe (1998), method 10, on the percent scale.
    const [p1, l1, u1] = [now.value, now.low, now.high];
    const [p2, l2, u2] = [before.value, before.low, before.high];
    low = difference - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2);
    high = difference + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2);
  } else {
    const se = Math.sqrt(now.se ** 2 + before.se ** 2);
    low = difference - z * se;
    high = difference + z * se;
  }
  const bigEnough = now.n >= minGroupSize && before.n >= minGroupSize;
  const excludesZero = low > 0 || high < 0;
  return {
    difference,
    low,
    high,
    meaningful: bigEnough && excludesZero && Math.abs(difference) >= meaningfulPoints,
  };
}
