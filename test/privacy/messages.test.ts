/**
 * The outbox knows who was messaged; it must not tell when anyone answered. After invitations,
 * answers and reminders, no outbox value may carry a time from a submission, a token, or anything
 * from an answer, and every time it holds was fixed before the answers came.
 */
import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { adminClient, makeTestApp } from '../helpers/app.ts';
import { draftCampaign, outbox, recordingSenders } from '../distribution/helpers.ts';

describe('anonymity and messages', () => {
  it('records no time of an answer and no token in the outbox', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const client = await adminClient(ctx);
    const audience = await draftCampaign(client, { sms: 6, email: 6, unreachable: 0, reminderDays: [2, 4] });
    await client.post(`/api/campaigns/${audience.campaignId}/launch`);
    const queued = new Map(outbox(ctx).map((r) => [r.id, r.due_at]));
    const rec = recordingSenders(ctx);
    await dispatchDue(ctx.deps);
    const links = [...rec.sms.map((m) => m.body), ...rec.email.map((m) => m.text)].map(
      (t) => /\/s\/([A-Za-z0-9_-]{24})/.exec(t)![1]!,
    );
    const rand = seededRandom(9);
    const answeredAt: string[] = [];
    for (const token of links.slice(0, 7)) {
      ctx.clock.advance(Math.floor(rand() * 9) * 3_600_000 + 60_000);
      answeredAt.push(ctx.clock.now().toISOString());
      const res = await ctx.app.request(`/s/${token}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: validAnswers(getTemplate('worker-voice')!, rand) }),
      });
      expect(res.status).toBe(200);
      await dispatchDue(ctx.deps);
    }
    ctx.clock.set('2026-08-15T15:00:00Z');
    await dispatchDue(ctx.deps);

    const rows = ctx.raw.prepare('SELECT * FROM outbox').all() as Record<string, unknown>[];
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'attempts',
        'campaign_id',
        'channel',
        'contact_id',
        'due_at',
        'error_code',
        'error_message',
        'id',
        'invitation_id',
        'lease_until',
        'provider_id',
        'purpose',
        'sequence',
        'status',
      ].sort(),
    );
    // Every time is the one written at launch (no retries or SMS hours moved any here).
    for (const r of rows) expect(r.due_at).toBe(queued.get(r.id as string));
    const stored = JSON.stringify(rows);
    for (const t of [...answeredAt, ...answeredAt.map((a) => a.slice(0, 16))])
      expect(stored).not.toContain(t);
    for (const token of links) expect(stored).not.toContain(token);
    expect(rows.filter((r) => r.error_code === 'COMPLETED')).toHaveLength(14);
    expect(rows.every((r) => r.lease_until === null)).toBe(true);
  });
});
