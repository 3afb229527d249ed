import { describe, it, expect } from 'vitest';
import {
  dimensionScores,
  isFavorable,
  itemValue,
  likertToScore,
  nps,
  npsCategory,
  satisfactionIndex,
  wilsonInterval,
} from '../../surveys/index.js';
import { fixture } from './fixture.js';

describe('likertToScore', () => {
  it('maps 1..5 onto 0..100', () => {
    expect([1, 2, 3, 4, 5].map(likertToScore)).toEqual([0, 25, 50, 75, 100]);
    expect(likertToScore(4.5)).toBe(87.5);
  });
});

describe('itemValue', () => {
  it('keeps positively worded items and reverse-codes negative ones', () => {
    expect(itemValue({ type: 'agree5' }, 4)).toBe(4);
    expect(itemValue({ type: 'agree5', reverse: true }, 4)).toBe(2);
    expect(itemValue({ type: 'agree5', reverse: true }, 1)).toBe(5);
  });

  it('returns null for other types and impossible values', () => {
    expect(itemValue({ type: 'rating10' }, 4)).toBeNull();
    expect(itemValue({ type: 'agree5' }, 6)).toBeNull();
    expect(itemValue({ type: 'agree5' }, '4')).toBeNull();
  });
});

describe('dimensionScores', () => {
  it('averages the reverse-coded agree5 items of each dimension on 0-100', () => {
    // pay: 5 and reverse(2) = 4, mean 4.5; culture unanswered.
    expect(dimensionScores(fixture, { pay_fair: 5, pay_low: 2 })).toEqual({ pay: 87.5, culture: null });
    expect(dimensionScores(fixture, { pay_fair: 1, respect: 3 })).toEqual({ pay: 0, culture: 50 });
  });

  it('ignores values that are not agree answers', () => {
    expect(dimensionScores(fixture, { pay_fair: 9, respect: 'x' })).toEqual({ pay: null, culture: null });
  });
});

describe('npsCategory', () => {
  it('splits 0-10 at 6/7 and 8/9', () => {
    const categories = [0, 6, 7, 8, 9, 10].map(npsCategory);
    expect(categories).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('rejects values outside the scale', () => {
    expect(() => npsCategory(11)).toThrow(RangeError);
    expect(() => npsCategory(8.5)).toThrow(RangeError);
  });
});

describe('nps', () => {
  it('is % promoters minus % detractors', () => {
    expect(nps({ promoters: 5, passives: 3, detractors: 2 })).toBe(30);
    expect(nps({ promoters: 4, passives: 0, detractors: 0 })).toBe(100);
    expect(nps({ promoters: 0, passives: 1, detractors: 3 })).toBe(-75);
  });

  it('is null when nobody answered', () => {
    expect(nps({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });
});

describe('satisfactionIndex', () => {
  it('rescales the mean of 1-10 items to 0-100', () => {
    expect(satisfactionIndex([10, 10, 10])).toBe(100);
    expect(satisfactionIndex([1, 1, 1])).toBe(0);
    expect(satisfactionIndex([7, 8, 9])).toBeCloseTo((7 / 9) * 100, 10);
  });

  it('applies weights', () => {
    // (2*10 + 1 + 1) / 4 = 5.5 -> 50
    expect(satisfactionIndex([10, 1, 1], [2, 1, 1])).toBe(50);
  });

  it('is null without values and rejects bad input', () => {
    expect(satisfactionIndex([])).toBeNull();
    expect(() => satisfactionIndex([5, 11, 5])).toThrow(RangeError);
    expect(() => satisfactionIndex([5, 5, 5], [1, 1])).toThrow(RangeError);
    expect(() => satisfactionIndex([5, 5, 5], [0, 0, 0])).toThrow(RangeError);
  });
});

describe('wilsonInterval', () => {
  // Independent route: the Wilson bounds are the roots in p of (phat - p)^2 = z^2 p (1 - p) / n.
  const roots = (x: number, n: number, z = 1.96) => {
    const phat = x / n;
    const a = 1 + (z * z) / n;
    const b = -(2 * phat + (z * z) / n);
    const c = phat * phat;
    const d = Math.sqrt(b * b - 4 * a * c);
    return { low: (-b - d) / (2 * a), high: (-b + d) / (2 * a) };
  };

  it.each([
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
    [10, 10, 0.7225, 1],
    [1, 3, 0.0615, 0.7923],
  ])('%i of %i matches the quadratic roots (%f, %f)', (x, n, low, high) => {
    const got = wilsonInterval(x, n)!;
    const expected = roots(x, n);
    expect(got.low).toBeCloseTo(expected.low, 10);
    expect(got.high).toBeCloseTo(expected.high, 10);
    expect(got.low).toBeCloseTo(low, 4);
    expect(got.high).toBeCloseTo(high, 4);
  });

  // Newcombe RG (1998), Two-sided confidence intervals for the single proportion, Statistics in
  // Medicine 17:857-872, Table II, method 3 (Wilson score without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i matches Newcombe 1998 (%f, %f)', (x, n, low, high) => {
    const got = wilsonInterval(x, n)!;
    expect(got.low).toBeCloseTo(low, 4);
    expect(got.high).toBeCloseTo(high, 4);
  });

  it('is exactly 0 and 1 at the extremes', () => {
    expect(wilsonInterval(0, 7)!.low).toBe(0);
    expect(wilsonInterval(7, 7)!.high).toBe(1);
  });

  it('widens with z', () => {
    const narrow = wilsonInterval(5, 10, 1.645)!;
    const wide = wilsonInterval(5, 10, 2.576)!;
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
  });

  it('is null for n = 0 and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(4, 3)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 3)).toThrow(RangeError);
  });
});

describe('isFavorable', () => {
  it('is agree or strongly agree', () => {
    expect([1, 2, 3, 4, 5].map(isFavorable)).toEqual([false, false, false, true, true]);
  });
});
