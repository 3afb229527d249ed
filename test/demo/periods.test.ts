import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  lastCompletedQuarters,
  periodName,
  quarterOf,
} from '../../server/demo/periods.ts';

describe('demo periods', () => {
  it('finds the last four completed quarters, oldest first', () => {
    const quarters = lastCompletedQuarters('2026-11-21', 4);
    expect(quarters.map((q) => `${q.start}..${q.end}`)).toEqual([
      '2025-10-01..2025-12-31',
      '2026-01-01..2026-03-31',
      '2026-04-01..2026-06-30',
      '2026-07-01..2026-09-30',
    ]);
    expect(quarters.map((q) => periodName(q, 'program'))).toEqual([
      'PY2025-Q2',
      'PY2025-Q3',
      'PY2025-Q4',
      'PY2026-Q1',
    ]);
    expect(quarters.map((q) => periodName(q, 'calendar'))).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
  });

  it('counts a quarter as completed only once it has ended', () => {
    expect(lastCompletedQuarters('2026-10-01', 1)[0]!.start).toBe('2026-07-01');
    expect(lastCompletedQuarters('2026-09-30', 1)[0]!.start).toBe('2026-04-01');
  });

  it('names the current quarter and knows February', () => {
    expect(periodName(quarterOf('2026-11-21'), 'program')).toBe('PY2026-Q2');
    expect(quarterOf('2028-02-10').end).toBe('2028-03-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-10-01', '2026-11-21')).toBe(51);
  });
});
