/** The period-shifting helpers duplicate and the quarterly schedule move campaigns with. */
import { describe, expect, it } from 'vitest';
import { movedToPeriod, periodAfter, shiftMonths } from '../../server/campaigns/next-period.ts';

describe('periodAfter', () => {
  it('names the next quarter the partnership’s way and keeps a year’s kind', () => {
    expect(periodAfter('2026-Q3', 'calendar')).toBe('2026-Q4');
    expect(periodAfter('2026-Q4', 'calendar')).toBe('2027-Q1');
    expect(periodAfter('2026-Q3', 'program')).toBe('PY2026-Q2');
    expect(periodAfter('PY2026-Q4', 'program')).toBe('PY2027-Q1');
    expect(periodAfter('PY2026-Q4', 'calendar')).toBe('2027-Q3');
    expect(periodAfter('2026', 'program')).toBe('2027');
    expect(periodAfter('PY2026', 'calendar')).toBe('PY2027');
  });
});

describe('shiftMonths', () => {
  it('keeps a month’s last day its last day and clamps a day the shorter month lacks', () => {
    expect(shiftMonths('2026-09-30', 3)).toBe('2026-12-31');
    expect(shiftMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(shiftMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(shiftMonths('2026-11-29', 3)).toBe('2027-02-28');
    expect(shiftMonths('2026-07-15', 12)).toBe('2027-07-15');
    expect(shiftMonths('2027-02-28', 12)).toBe('2028-02-29');
    expect(shiftMonths('2026-10-01', -3)).toBe('2026-07-01');
  });
});

describe('movedToPeriod', () => {
  it('moves the name’s mention of the period in its own naming, or adds the period', () => {
    const c = {
      name: 'Worker voice (2026-Q3)',
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-07-21',
    };
    expect(movedToPeriod(c, 'program')).toEqual({
      name: 'Worker voice (2026-Q4)',
      period: 'PY2026-Q2',
      opensOn: '2026-10-01',
      closesOn: '2026-10-21',
    });
    expect(movedToPeriod({ ...c, name: 'Q-survey' }, 'program').name).toBe('Q-survey PY2026-Q2');
    // "2026-Q30" is not a mention of 2026-Q3.
    expect(movedToPeriod({ ...c, name: 'Lot 2026-Q30' }, 'program').name).toBe('Lot 2026-Q30 PY2026-Q2');
    expect(movedToPeriod(c, 'program', 'PY2027-Q1')).toMatchObject({
      opensOn: '2027-07-01',
      closesOn: '2027-07-21',
    });
  });
});
