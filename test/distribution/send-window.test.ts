import { describe, expect, it } from 'vitest';
import { nextSendTime, zonedInstant } from '../../server/distribution/send-window.ts';

const hours = { start: '08:00', end: '20:00' };

describe('SMS hours', () => {
  it('sends now inside the window and waits for the next start outside it', () => {
    const noon = new Date('2026-08-15T17:00:00Z'); // 12:00 CDT
    expect(nextSendTime(noon, 'America/Chicago', hours)).toBe(noon);
    expect(nextSendTime(new Date('2026-08-15T11:59:00Z'), 'America/Chicago', hours).toISOString()).toBe(
      '2026-08-15T13:00:00.000Z',
    );
    // 20:00 is outside (the end is exclusive): tomorrow at 08:00.
    expect(nextSendTime(new Date('2026-08-16T01:00:00Z'), 'America/Chicago', hours).toISOString()).toBe(
      '2026-08-16T13:00:00.000Z',
    );
    expect(nextSendTime(new Date('2026-08-16T00:59:00Z'), 'America/Chicago', hours).toISOString()).toBe(
      '2026-08-16T00:59:00.000Z',
    );
  });

  it('follows daylight saving time and the end of a month', () => {
    // US clocks fall back on 2026-11-01: 08:00 CST is 14:00Z.
    expect(nextSendTime(new Date('2026-11-01T04:00:00Z'), 'America/Chicago', hours).toISOString()).toBe(
      '2026-11-01T14:00:00.000Z',
    );
    expect(nextSendTime(new Date('2026-03-08T03:00:00Z'), 'America/Chicago', hours).toISOString()).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    expect(nextSendTime(new Date('2026-09-01T03:00:00Z'), 'America/Los_Angeles', hours).toISOString()).toBe(
      '2026-09-01T15:00:00.000Z',
    );
    expect(
      nextSendTime(new Date('2027-01-01T04:00:00Z'), 'Pacific/Honolulu', {
        start: '09:00',
        end: '17:00',
      }).toISOString(),
    ).toBe('2027-01-01T19:00:00.000Z');
  });

  it('places wall-clock times in a zone, including the spring-forward gap', () => {
    expect(zonedInstant('2026-08-01', '00:00', 'America/Chicago').toISOString()).toBe(
      '2026-08-01T05:00:00.000Z',
    );
    expect(zonedInstant('2026-01-15', '08:00', 'Europe/Madrid').toISOString()).toBe(
      '2026-01-15T07:00:00.000Z',
    );
    expect(zonedInstant('2026-03-08', '02:30', 'America/Chicago').toISOString()).toBe(
      '2026-03-08T08:30:00.000Z',
    );
  });
});
