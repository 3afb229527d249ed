// What the integer scales (agree5, likelihood, rating10) share: an answer is a whole number in a range.
import { invalid, one, type AnswerType } from './module.js';

export type ScaleAnswer = AnswerType & { readonly range: readonly [number, number] };

/** Whether `v` is a whole number from `lo` to `hi`. */
export const onScale = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

function toInteger(raw: string): number | string {
  const s = raw.trim();
  // Nine digits keep Number() exact; anything longer is out of every range anyway.
  return /^-?\d{1,9}$/.test(s) ? Number(s) : raw;
}

/** The respondent's half of a scale from `lo` to `hi`. Posted digits become numbers; anything else stays text. */
export function scaleAnswer(lo: number, hi: number): ScaleAnswer {
  return {
    range: [lo, hi],
    values: () => Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i)),
    check: (_q, raw) => (onScale(raw, lo, hi) ? { value: raw } : invalid),
    fromForm: (posted) => one(posted, toInteger),
  };
}

/** A number at least as wide, written out, as any point of the scale: a sign and its largest magnitude. */
export const widest = ([lo, hi]: readonly [number, number]): number => -Math.max(Math.abs(lo), Math.abs(hi));
