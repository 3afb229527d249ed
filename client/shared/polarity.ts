/**
 * What an answer means, for colour: the charts draw a good answer in blue and a bad one in orange
 * (hatched, so colour is never the only sign), whatever its position on the scale. Position alone
 * misleads: "Yes", "Much more than we put in" and a reversed item's "Strongly disagree" all come first
 * or last on their scales, and each is the good answer.
 */
import { typeNamed, type Tone } from '../../surveys/types/index.ts';

/** -2 and -1 bad, 0 neither, 1 and 2 good; null: a choice with no better or worse (a category). */
export type { Tone };

export interface ToneQuestion {
  type: string;
  /** An agree5 item worded the other way round: agreeing is the bad answer. */
  reverse?: boolean;
  distribution: readonly { value: string }[];
}

/**
 * Each answer's tone, in the distribution's order, as its question type reads it (surveys/types/), or
 * null when the question is a list of categories (a choice of reasons, a multiple choice) that no
 * colour should rank.
 */
export function answerTones(q: ToneQuestion): Tone[] | null {
  const tone = typeNamed(q.type)?.tone;
  if (!tone) return null;
  const tones = q.distribution.map((d) => tone(q, d.value));
  return tones.every((t) => t !== null) ? (tones as Tone[]) : null;
}

/** Fill colours, each at least 3:1 against white (WCAG 1.4.11): orange for bad, grey, blue for good. */
export const toneFill: Record<Tone, string> = {
  [-2]: '#8c2d04',
  [-1]: '#d95f0e',
  0: '#6b7280',
  1: '#3b73b9',
  2: '#0b3a6e',
} as Record<Tone, string>;

/** The one colour of a category's bar: neither good nor bad. */
export const categoryFill = '#4a5563';
