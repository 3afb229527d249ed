import { describe, expect, it } from 'vitest';
import {
  campaignPeriodNames,
  parsePeriod,
  periodDays,
  periodOfDay,
  previousPeriod,
  reviewPeriod,
  yearBefore,
} from '../../server/reviews/periods.ts';
import { change, npsStat, scoreStat, shareStat } from '../../server/reviews/stats.ts';
import { maskComment } from '../../server/reviews/suppress.ts';

describe('periods', () => {
  it("names a quarter the partnership's way and knows program years run July to June", () => {
    expect(reviewPeriod('2026-Q3', 'program').name).toBe('PY2026-Q1');
    expect(reviewPeriod('PY2026-Q1', 'calendar').name).toBe('2026-Q3');
    expect(reviewPeriod('2027-Q2', 'program').name).toBe('PY2026-Q4');
    expect(periodDays(parsePeriod('PY2026')!)).toEqual({ first: '2026-07-01', last: '2027-06-30' });
    expect(periodDays(parsePeriod('PY2026-Q2')!)).toEqual({ first: '2026-10-01', last: '2026-12-31' });
    expect(periodDays(parsePeriod('2026')!)).toEqual({ first: '2026-01-01', last: '2026-12-31' });
  });
  it('finds the previous period and the same period a year before', () => {
    expect(previousPeriod(reviewPeriod('PY2026-Q1', 'program')).name).toBe('PY2025-Q4');
    expect(yearBefore(reviewPeriod('PY2026-Q1', 'program')).name).toBe('PY2025-Q1');
    expect(previousPeriod(reviewPeriod('2026', 'calendar')).name).toBe('2025');
    expect(periodOfDay('2026-08-15', 'quarter', 'program').name).toBe('PY2026-Q1');
    expect(periodOfDay('2026-03-01', 'year', 'program').name).toBe('PY2025');
  });
  it('lists both namings of each quarter a review covers', () => {
    expect(campaignPeriodNames(reviewPeriod('PY2026', 'program'))).toEqual(
      expect.arrayContaining(['PY2026-Q1', '2026-Q3', 'PY2026-Q4', '2027-Q2', 'PY2026']),
    );
  });
  it('rejects what is not a period, and a year of the other kind', () => {
    for (const bad of ['2026-Q5', 'Q3-2026', '26-Q1', 'PY2026Q1', '1999', ''])
      expect(() => reviewPeriod(bad, 'program')).toThrow(/not a period/);
    expect(() => reviewPeriod('2026', 'program')).toThrow(/program year/);
  });
});

describe('measures', () => {
  it('gives Wilson intervals for shares, in percent', () => {
    const s = shareStat(8, 10);
    expect(s.value).toBe(80);
    expect(s.low).toBeCloseTo(49.02, 1);
    expect(s.high).toBeCloseTo(94.33, 1);
    expect(shareStat(0, 5).low).toBe(0);
  });
  it('rescales 1-5 means to 0-100 and computes NPS as promoters minus detractors', () => {
    // Two respondents with per-respondent means 4 and 5, stored times scale 2.
    const s = scoreStat(2, 8 + 10, 64 + 100, 2, [1, 5]);
    expect(s.value).toBeCloseTo(87.5);
    expect(npsStat(5, 3, 2).value).toBeCloseTo(30);
    expect(npsStat(0, 0, 0).value).toBeNull();
  });
  it('flags a change as meaningful only with both groups big enough, an interval off zero and 5 points', () => {
    const before = shareStat(20, 100);
    expect(change(shareStat(60, 100), before, 5)!.meaningful).toBe(true);
    expect(change(shareStat(23, 100), before, 5)!.meaningful).toBe(false);
    expect(change(shareStat(4, 4), shareStat(0, 4), 5)!.meaningful).toBe(false);
    const wide = change(shareStat(3, 5), shareStat(2, 5), 5)!;
    expect(wide.low).toBeLessThan(0);
    expect(wide.meaningful).toBe(false);
  });
});

describe('comment masking', () => {
  it('masks emails, phone numbers, links and long digit runs, and keeps years', () => {
    const masked = maskComment(
      'Call me at (312) 555-0199 or ana.r@example.org, see www.mysite.com/x, badge 4471923, since 2019.',
    );
    expect(masked).toBe('Call me at [number] or [email], see [link], badge [number], since 2019.');
  });
});
