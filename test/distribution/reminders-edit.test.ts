/**
 * A launched campaign's reminder days and close date, changed: the queued reminders follow in the same
 * write, those already sent stay as they were, and nobody is reminded twice for the same reminder.
 */
import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { adminClient, makeTestApp, TestClient, testAdmin, type TestContext } from '../helpers/app.ts';
import { draftCampaign, outbox, recordingSenders } from './helpers.ts';

const dayMs = 86_400_000;

/** A session started now: moving the clock by days outlives the one the test began with. */
async function signIn(ctx: TestContext) {
  const client = new TestClient(ctx);
  const res = await client.post('/api/auth/login', { email: testAdmin.email, password: testAdmin.password });
  expect(res.status).toBe(200);
  return client;
}

// makeTestApp's clock: 2026-08-15T15:00Z, 10:00 in Chicago. The campaign opened on 08-01, so its
// invitations go at launch and reminder k is due reminderDays[k] days after.
async function launched(reminderDays = [3, 7], closesOn = '2026-09-30') {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const a = await draftCampaign(admin, { sms: 2, email: 2, unreachable: 1, reminderDays, closesOn });
  expect((await admin.post(`/api/campaigns/${a.campaignId}/launch`)).status).toBe(200);
  const launchedAt = Date.parse('2026-08-15T15:00:00Z');
  return { ctx, admin, ...a, launchedAt };
}

/** Reminders by sequence: the days after launch each is due, and their statuses. */
function reminders(ctx: Parameters<typeof outbox>[0], launchedAt: number) {
  const out: Record<number, { days: number[]; status: string[] }> = {};
  for (const r of outbox(ctx).filter((r) => r.purpose === 'reminder')) {
    const s = (out[r.sequence] ??= { days: [], status: [] });
    s.days.push(Math.round(((Date.parse(r.due_at) - launchedAt) / dayMs) * 100) / 100);
    s.status.push(r.status);
  }
  for (const s of Object.values(out)) {
    s.days = [...new Set(s.days)];
    s.status = [...new Set(s.status)].sort();
  }
  return out;
}

describe('editing the reminders of a launched campaign', () => {
  it('moves, adds and removes queued reminders for every invited person with a channel', async () => {
    const { ctx, admin, campaignId, launchedAt } = await launched([3, 7]);
    expect(reminders(ctx, launchedAt)).toEqual({
      1: { days: [3], status: ['queued'] },
      2: { days: [7], status: ['queued'] },
    });
    const invitationRows = outbox(ctx).filter((r) => r.purpose === 'invitation');
    const firstIds = () =>
      outbox(ctx)
        .filter((r) => r.sequence === 1)
        .map((r) => r.id)
        .sort();
    const kept = firstIds();
    const res = await admin.patch(`/api/campaigns/${campaignId}`, { reminderDays: [3, 10, 14] });
    expect(res.status, res.text).toBe(200);
    expect(res.json.reminders).toEqual({ removed: 4, queued: 8 });
    expect(reminders(ctx, launchedAt)).toEqual({
      1: { days: [3], status: ['queued'] },
      2: { days: [10], status: ['queued'] },
      3: { days: [14], status: ['queued'] },
    });
    // Each of the four reachable people has one row per reminder, on their invitation's channel.
    const rows = outbox(ctx);
    for (const inv of invitationRows) {
      const theirs = rows.filter((r) => r.contact_id === inv.contact_id && r.purpose === 'reminder');
      expect(theirs.map((r) => [r.sequence, r.channel])).toEqual([
        [1, inv.channel],
        [2, inv.channel],
        [3, inv.channel],
      ]);
    }
    // The untouched first reminder kept its rows (same ids), so a hold for texting hours would stay.
    const unchanged = await admin.patch(`/api/campaigns/${campaignId}`, { reminderDays: [3] });
    expect(unchanged.json.reminders).toEqual({ removed: 8, queued: 0 });
    expect(firstIds()).toEqual(kept);
    expect(reminders(ctx, launchedAt)).toEqual({ 1: { days: [3], status: ['queued'] } });
    expect(
      await admin.patch(`/api/campaigns/${campaignId}`, { reminderDays: [] }).then((r) => r.json.reminders),
    ).toEqual({
      removed: 4,
      queued: 0,
    });
    expect(reminders(ctx, launchedAt)).toEqual({});
  });

  it('leaves reminders already sent as they are and does not send the same reminder twice', async () => {
    const { ctx, campaignId, launchedAt } = await launched([3, 7]);
    const rec = recordingSenders(ctx);
    await dispatchDue(ctx.deps);
    ctx.clock.set('2026-08-18T16:00:00Z'); // day 3 has come: the first reminder goes
    await dispatchDue(ctx.deps);
    expect(rec.sms.length + rec.email.length).toBe(8);
    const sentBefore = outbox(ctx).filter((r) => r.status === 'sent');
    expect(reminders(ctx, launchedAt)).toEqual({
      1: { days: [3], status: ['sent'] },
      2: { days: [7], status: ['queued'] },
    });

    const admin = await signIn(ctx);
    // The first reminder moves to day 4 and the second to day 9: the first was sent, so it stays sent
    // and is not queued again; the second is rescheduled.
    const res = await admin.patch(`/api/campaigns/${campaignId}`, { reminderDays: [4, 9] });
    expect(res.json.reminders).toEqual({ removed: 4, queued: 4 });
    expect(reminders(ctx, launchedAt)).toEqual({
      1: { days: [3], status: ['sent'] },
      2: { days: [9], status: ['queued'] },
    });
    expect(outbox(ctx).filter((r) => r.status === 'sent')).toEqual(sentBefore);
    ctx.clock.set('2026-08-20T16:00:00Z');
    await dispatchDue(ctx.deps);
    expect(rec.sms.length + rec.email.length).toBe(8);
    ctx.clock.set('2026-08-24T16:00:00Z');
    await dispatchDue(ctx.deps);
    expect(rec.sms.length + rec.email.length).toBe(12);
  });

  it('drops a reminder after the new close date and brings it back when the close date moves out again', async () => {
    const { ctx, admin, campaignId, launchedAt } = await launched([3, 7], '2026-09-30');
    const earlier = await admin.patch(`/api/campaigns/${campaignId}`, { closesOn: '2026-08-20' });
    expect(earlier.json.reminders).toEqual({ removed: 4, queued: 0 });
    expect(reminders(ctx, launchedAt)).toEqual({ 1: { days: [3], status: ['queued'] } });
    const later = await admin.patch(`/api/campaigns/${campaignId}`, { closesOn: '2026-09-15' });
    expect(later.json.reminders).toEqual({ removed: 0, queued: 4 });
    expect(reminders(ctx, launchedAt)).toEqual({
      1: { days: [3], status: ['queued'] },
      2: { days: [7], status: ['queued'] },
    });
  });

  it('sends a newly added reminder whose day has passed at once, not never', async () => {
    const { ctx, campaignId } = await launched([]);
    ctx.clock.set('2026-08-20T16:00:00Z');
    const admin = await signIn(ctx);
    const res = await admin.patch(`/api/campaigns/${campaignId}`, { reminderDays: [2, 10] });
    expect(res.json.reminders).toEqual({ removed: 0, queued: 8 });
    const first = outbox(ctx).filter((r) => r.sequence === 1);
    expect(new Set(first.map((r) => r.due_at))).toEqual(new Set(['2026-08-20T16:00:00.000Z']));
  });

  it('writes nothing when the edit is refused: a name change with a field that cannot change', async () => {
    const { ctx, admin, campaignId } = await launched([3, 7]);
    const before = outbox(ctx);
    const res = await admin.patch(`/api/campaigns/${campaignId}`, { reminderDays: [5], channels: ['sms'] });
    expect(res.status).toBe(409);
    expect(outbox(ctx)).toEqual(before);
  });
});
