/**
 * Answer colours follow what an answer means, not where it sits on its scale: yes, "much more than we
 * put in", a promoter's 10 and a reversed item's "strongly disagree" are good answers and get the good
 * colour; a category ranks nothing. Every fill holds 3:1 against white (WCAG 1.4.11).
 */
import { describe, expect, it } from 'vitest';
import { answerTones, categoryFill, toneFill } from '../../client/shared/polarity.ts';

const q = (type: string, values: string[], reverse?: boolean) => ({
  type,
  ...(reverse ? { reverse } : {}),
  distribution: values.map((value) => ({ value })),
});

function contrast(hex: string): number {
  const lum = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * lum[0]! + 0.7152 * lum[1]! + 0.0722 * lum[2]!;
  return 1.05 / (l + 0.05);
}

describe('answerTones', () => {
  it('reads an agree scale from disagree (bad) to agree (good), and a reversed item the other way', () => {
    expect(answerTones(q('agree5', ['1', '2', '3', '4', '5']))).toEqual([-2, -1, 0, 1, 2]);
    expect(answerTones(q('agree5', ['1', '2', '3', '4', '5'], true))).toEqual([2, 1, 0, -1, -2]);
  });

  it('gives "yes" the good tone although it comes first', () => {
    expect(answerTones(q('yesno', ['yes', 'no']))).toEqual([2, -2]);
  });

  it('reads likelihood by Net Promoter bands and a 1-10 rating by its halves', () => {
    const l = answerTones(q('likelihood', ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']))!;
    expect(l.slice(0, 7).every((t) => t < 0)).toBe(true);
    expect(l.slice(7, 9)).toEqual([0, 0]);
    expect(l.slice(9).every((t) => t > 0)).toBe(true);
    const r = answerTones(q('rating10', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']))!;
    expect(r.slice(0, 5).every((t) => t < 0)).toBe(true);
    expect(r.slice(5).every((t) => t > 0)).toBe(true);
  });

  it('reads the value and intent questions, whose good answer comes first', () => {
    expect(
      answerTones(q('single', ['much_more', 'somewhat_more', 'about_same', 'less', 'much_less'])),
    ).toEqual([2, 1, 0, -1, -2]);
    expect(answerTones(q('single', ['yes', 'probably', 'not_sure', 'no']))).toEqual([2, 1, 0, -2]);
  });

  it('ranks no category: a multiple choice, a list of reasons, a single choice with any unknown option', () => {
    expect(answerTones(q('multi', ['yes', 'no']))).toBeNull();
    expect(answerTones(q('single', ['not_enough_value', 'no_time', 'other']))).toBeNull();
    expect(answerTones(q('single', ['yes', 'maybe_later']))).toBeNull();
  });

  it('never draws a good answer in a bad answer’s colour, and every colour holds 3:1 on white', () => {
    const bad = new Set([toneFill[-2], toneFill[-1]]);
    expect(bad.has(toneFill[1]) || bad.has(toneFill[2]) || bad.has(categoryFill)).toBe(false);
    for (const fill of [...Object.values(toneFill), categoryFill])
      expect(contrast(fill)).toBeGreaterThanOrEqual(3);
  });
});
