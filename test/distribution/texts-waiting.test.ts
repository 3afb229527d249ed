/**
 * Queued texts that wait for the partnership's texting hours say so, with when they go (issue 14): on
 * the campaign's progress and in the development outbox. The test clock sits outside the hours on
 * the nights before the two daylight-saving changes in America/Chicago, where a fixed offset would be
 * an hour wrong, and the dispatcher's own hold is checked to agree with what the notice says.
 */
import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { textingHoursWait } from '../../server/distribution/send-window.ts';
import { campaignProgress } from '../../server/reviews/campaign-progress.ts';
import { adminClient, makeTestApp, staffClient } from '../helpers/app.ts';
import { draftCampaign, outbox } from './helpers.ts';

async function launchedAt(now: string, dates: { opensOn: string; closesOn: string }) {
  const ctx = makeTestApp({ now });
  const admin = await adminClient(ctx);
  const audience = await draftCampaign(admin, {
    sms: 3,
    email: 1,
    unreachable: 0,
    reminderDays: [3],
    ...dates,
  });
  const launch = await admin.post(`/api/campaigns/${audience.campaignId}/launch`);
  expect(launch.status, launch.text).toBe(200);
  // Through the route while the session lasts; once the clock has jumped hours, through what it calls.
  const progress = async () => {
    const res = await admin.get(`/api/campaigns/${audience.campaignId}/progress`);
    if (res.status === 401) return (await campaignProgress(ctx.deps, audience.campaignId)).textsWaiting;
    expect(res.status).toBe(200);
    return res.json.progress.textsWaiting;
  };
  return { ctx, admin, audience, progress };
}

describe('texts waiting for texting hours', () => {
  it('says at 21:30 on the night clocks spring forward that 3 texts go at 8:00 tomorrow, 13:00 UTC (CDT)', async () => {
    // Saturday 7 March 2026, 21:30 CST (UTC-6); Sunday's 8:00 is CDT (UTC-5).
    const { ctx, audience, progress } = await launchedAt('2026-03-08T03:30:00Z', {
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
    });
    const expected = {
      campaignId: audience.campaignId,
      campaignName: 'Worker voice',
      count: 3,
      hours: { start: '08:00', end: '20:00', timeZone: 'America/Chicago' },
      goesAt: '2026-03-08T13:00:00.000Z',
      localTime: '8:00',
      localDate: '2026-03-08',
      day: 'tomorrow',
    };
    expect(await progress()).toEqual(expected);
    // The dispatcher holds them until exactly then, and the notice stays the same.
    await dispatchDue(ctx.deps);
    const texts = outbox(ctx).filter((r) => r.channel === 'sms' && r.purpose === 'invitation');
    expect(texts.map((r) => [r.status, r.due_at])).toEqual(
      Array(3).fill(['queued', '2026-03-08T13:00:00.000Z']),
    );
    expect(await progress()).toEqual(expected);
    // The reminders, due days later, wait for their day and are not counted.
    expect(outbox(ctx).filter((r) => r.channel === 'sms' && r.purpose === 'reminder')).toHaveLength(3);

    // After midnight and the change, still before 8:00: today.
    ctx.clock.set('2026-03-08T10:00:00Z');
    expect(await progress()).toMatchObject({ count: 3, goesAt: '2026-03-08T13:00:00.000Z', day: 'today' });
    // Inside the hours nothing waits, and the dispatcher sends them.
    ctx.clock.set('2026-03-08T13:00:00Z');
    expect(await progress()).toBeNull();
    await dispatchDue(ctx.deps);
    expect(outbox(ctx).filter((r) => r.channel === 'sms' && r.status === 'sent')).toHaveLength(3);
  });

  it('says 8:00 tomorrow is 14:00 UTC on the night clocks fall back (CST)', async () => {
    // Saturday 31 October 2026, 21:00 CDT (UTC-5); Sunday's 8:00 is CST (UTC-6).
    const { progress } = await launchedAt('2026-11-01T02:00:00Z', {
      opensOn: '2026-10-01',
      closesOn: '2026-11-30',
    });
    expect(await progress()).toMatchObject({
      count: 3,
      goesAt: '2026-11-01T14:00:00.000Z',
      localTime: '8:00',
      localDate: '2026-11-01',
      day: 'tomorrow',
    });
  });

  it('says nothing once the campaign is closed, since its texts will not go', async () => {
    const { ctx, progress } = await launchedAt('2026-03-08T03:30:00Z', {
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
    });
    expect(await progress()).not.toBeNull();
    // 1:00 on 1 April in Chicago: the day after it closes, and outside the hours.
    ctx.clock.set('2026-04-01T06:00:00Z');
    expect(await progress()).toBeNull();
  });

  it('lists every campaign whose texts wait in the development outbox, for admins only', async () => {
    const { ctx, admin, audience } = await launchedAt('2026-03-08T03:30:00Z', {
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
    });
    const all = await admin.get('/api/dev/outbox');
    expect(all.status).toBe(200);
    expect(all.json.textsWaiting).toEqual([
      expect.objectContaining({
        campaignId: audience.campaignId,
        count: 3,
        localTime: '8:00',
        day: 'tomorrow',
      }),
    ]);
    const one = await admin.get(`/api/dev/outbox?campaignId=${audience.campaignId}`);
    expect(one.json.textsWaiting).toHaveLength(1);
    const analyst = await staffClient(ctx, admin, 'analyst', [audience.partnershipId]);
    const refused = await analyst.get('/api/dev/outbox');
    expect(refused.status).toBe(403);
    expect(refused.json.textsWaiting).toBeUndefined();
  });

  it('computes the wait from the wall clock in any zone, with no wait inside the hours', () => {
    const hours = { start: '08:00', end: '20:00' };
    expect(textingHoursWait(new Date('2026-03-08T15:00:00Z'), 'America/Chicago', hours)).toBeNull();
    const berlin = textingHoursWait(new Date('2026-03-28T21:00:00Z'), 'Europe/Berlin', hours)!;
    // Europe changes on 29 March: 8:00 CEST is 06:00 UTC.
    expect(berlin.goesAt.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(berlin).toMatchObject({ localTime: '8:00', day: 'tomorrow' });
    const late = textingHoursWait(new Date('2026-06-01T01:00:00Z'), 'America/Los_Angeles', {
      start: '09:30',
      end: '18:00',
    })!;
    // 18:00 PDT on 31 May is the end of the hours: 9:30 the next day.
    expect(late).toMatchObject({ localTime: '9:30', localDate: '2026-06-01', day: 'tomorrow' });
    const early = textingHoursWait(new Date('2026-06-01T14:00:00Z'), 'America/Los_Angeles', {
      start: '09:30',
      end: '18:00',
    })!;
    expect(early.goesAt.toISOString()).toBe('2026-06-01T16:30:00.000Z');
    expect(early).toMatchObject({ localTime: '9:30', localDate: '2026-06-01', day: 'today' });
  });
});
