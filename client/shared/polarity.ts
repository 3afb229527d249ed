/**
 * What an answer means, for colour: the charts draw a good answer in blue and a bad one in orange
 * (hatched, so colour is never the only sign), whatever its position on the scale. Position alone
 * misleads: "Yes", "Much more than we put in" and a reversed item's "Strongly disagree" all come first
 * or last on their scales, and each is the good answer.
 */

/** -2 and -1 bad, 0 neither, 1 and 2 good; null: a choice with no better or worse (a category). */
export type Tone = -2 | -1 | 0 | 1 | 2;

/** Options of single-choice questions that read as a scale from worse to better. */
const optionTones: Record<string, Tone> = {
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

export interface ToneQuestion {
  type: string;
  /** An agree5 item worded the other way round: agreeing is the bad answer. */
  reverse?: boolean;
  distribution: readonly { value: string }[];
}

function numericTone(type: string, v: number, reverse: boolean): Tone | null {
  if (type === 'agree5' && v >= 1 && v <= 5) return (reverse ? 3 - v : v - 3) as Tone;
  // Net Promoter bands: 0-6 detractors, 7-8 passives, 9-10 promoters.
  if (type === 'likelihood' && v >= 0 && v <= 10)
    return v <= 4 ? -2 : v <= 6 ? -1 : v <= 8 ? 0 : v === 9 ? 1 : 2;
  // Ten points have no middle; 1-5 is the lower half, as the ACSI rescaling reads it.
  if (type === 'rating10' && v >= 1 && v <= 10) return v <= 3 ? -2 : v <= 5 ? -1 : v <= 7 ? 1 : 2;
  return null;
}

/**
 * Each answer's tone, in the distribution's order, or null when the question is a list of categories
 * (a choice of reasons, a multiple choice) that no colour should rank.
 */
export function answerTones(q: ToneQuestion): Tone[] | null {
  if (q.type === 'multi' || q.type === 'text') return null;
  const numeric = q.type === 'agree5' || q.type === 'likelihood' || q.type === 'rating10';
  const tones = q.distribution.map((d) =>
    numeric ? numericTone(q.type, Number(d.value), q.reverse === true) : (optionTones[d.value] ?? null),
  );
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

export const toneWords: Record<Tone, string> = {
  [-2]: 'unfavorable',
  [-1]: 'unfavorable',
  0: 'neutral',
  1: 'favorable',
  2: 'favorable',
} as Record<Tone, string>;
