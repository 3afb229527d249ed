import { describe, expect, it } from 'vitest';
import { closeCampaign } from '../../server/campaigns/campaigns.ts';
import { backoffMs, dispatchDue } from '../../server/distribution/dispatcher.ts';
import { campaignProgress } from '../../server/reviews/campaign-progress.ts';
import { adminClient, makeTestApp } from '../helpers/app.ts';
import { draftCampaign, outbox, recordingSenders } from './helpers.ts';
import { getTemplate } from '../../surveys/index.ts';
import { validAnswers, seededRandom } from '../helpers/answers.ts';

// makeTestApp's clock starts at 2026-08-15T15:00Z: 10:00 in Chicago, inside SMS hours.
async function launched(options: Parameters<typeof draftCampaign>[1] = {}) {
  const ctx = makeTestApp();
  const client = await adminClient(ctx);
  const audience = await draftCampaign(client, options);
  const res = await client.post(`/api/campaigns/${audience.campaignId}/launch`);
  expect(res.status).toBe(200);
  return { ctx, client, audience, launch: res.json };
}

const tokenOf = (body: string) => /\/s\/([A-Za-z0-9_-]{24})/.exec(body)![1]!;

describe('launch', () => {
  it('queues one invitation and each reminder per reachable contact, on its channel, with the invitations', async () => {
    const { ctx, launch } = await launched();
    expect(launch).toEqual({ invited: 6, queued: 5 });
    const rows = outbox(ctx);
    expect(
      rows
        .filter((r) => r.purpose === 'invitation')
        .map((r) => r.channel)
        .sort(),
    ).toEqual(['email', 'email', 'sms', 'sms', 'sms']);
    expect(rows.filter((r) => r.purpose === 'reminder')).toHaveLength(10);
    expect(rows.every((r) => r.status === 'queued')).toBe(true);
    const inv = rows.find((r) => r.sequence === 0)!;
    const reminders = rows.filter((r) => r.contact_id === inv.contact_id && r.sequence > 0);
    expect(reminders.map((r) => (Date.parse(r.due_at) - Date.parse(inv.due_at)) / 86_400_000)).toEqual([
      3, 7,
    ]);
  });

  it('writes no reminder due after the close date', async () => {
    const { ctx } = await launched({ closesOn: '2026-08-20', reminderDays: [3, 7] });
    expect(
      outbox(ctx)
        .filter((r) => r.purpose === 'reminder')
        .map((r) => r.sequence),
    ).toEqual([1, 1, 1, 1, 1]);
  });

  it('sends invitations when the campaign opens, not before', async () => {
    const { ctx } = await launched({ opensOn: '2026-09-01', closesOn: '2026-09-30' });
    const rec = recordingSenders(ctx);
    await dispatchDue(ctx.deps);
    expect(rec.sms.length + rec.email.length).toBe(0);
    expect(outbox(ctx).find((r) => r.sequence === 0)!.due_at).toBe('2026-09-01T05:00:00.000Z');
  });
});

describe('dispatchDue', () => {
  it("sends each invitation once with the person's own working link", async () => {
    const { ctx } = await launched();
    const rec = recordingSenders(ctx);
    const report = await dispatchDue(ctx.deps);
    expect(report).toMatchObject({ sent: 5, failed: 0 });
    expect(rec.sms).toHaveLength(3);
    expect(rec.email).toHaveLength(2);
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 0 });
    for (const m of rec.sms) {
      expect(m.statusCallback).toMatch(/^http:\/\/survey\.test\/webhooks\/twilio\/status\?m=/);
      const page = await ctx.app.request(`/s/${tokenOf(m.body)}`);
      expect(page.status).toBe(200);
    }
    expect((await ctx.app.request(`/s/${tokenOf(rec.email[0]!.text)}`)).status).toBe(200);
    const rows = outbox(ctx).filter((r) => r.sequence === 0);
    expect(rows.every((r) => r.status === 'sent' && r.provider_id && r.attempts === 1)).toBe(true);
  });

  it("holds SMS outside daytime hours in the partnership's zone and sends email at once", async () => {
    const { ctx } = await launched();
    ctx.clock.set('2026-08-16T03:30:00Z'); // 22:30 in Chicago
    const rec = recordingSenders(ctx);
    const report = await dispatchDue(ctx.deps);
    expect(report).toMatchObject({ sent: 2, held: 3 });
    expect(rec.sms).toHaveLength(0);
    const held = outbox(ctx).filter((r) => r.channel === 'sms' && r.sequence === 0);
    expect(held.map((r) => [r.status, r.due_at, r.attempts])).toEqual(
      Array(3).fill(['queued', '2026-08-16T13:00:00.000Z', 0]),
    );
    ctx.clock.set('2026-08-16T13:00:00Z'); // 08:00
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 3 });
  });

  it('checks opt-outs when sending, not only when queueing', async () => {
    const { ctx, audience } = await launched();
    const rec = recordingSenders(ctx);
    const sam = audience.contacts.find((c) => c.firstName === 'Sam0')!;
    const em = audience.contacts.find((c) => c.firstName === 'Em0')!;
    ctx.raw
      .prepare('UPDATE contacts SET sms_opted_out_at = ? WHERE id = ?')
      .run('2026-08-15T14:00:00Z', sam.id);
    ctx.raw
      .prepare('UPDATE contacts SET email_opted_out_at = ? WHERE id = ?')
      .run('2026-08-15T14:00:00Z', em.id);
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 3, optedOut: 2 });
    expect(rec.sms.map((m) => m.to)).not.toContain(sam.phone);
    expect(rec.email.map((m) => m.to)).not.toContain(em.email);
  });

  it('reminds only those who have not answered, and never after the close date', async () => {
    const { ctx } = await launched({ reminderDays: [3, 7], closesOn: '2026-08-20' });
    const rec = recordingSenders(ctx);
    await dispatchDue(ctx.deps);
    // Sam0 answers from the link in the invitation.
    const token = tokenOf(rec.sms.find((m) => m.to === '+13125552000')!.body);
    const def = getTemplate('worker-voice')!;
    const submit = await ctx.app.request(`/s/${token}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: validAnswers(def, seededRandom(3)) }),
    });
    expect(submit.status).toBe(200);
    ctx.clock.advance(3 * 86_400_000);
    rec.sms.length = 0;
    rec.email.length = 0;
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 4, skipped: 1 });
    expect(rec.sms.map((m) => m.to)).not.toContain('+13125552000');
    expect(rec.sms[0]!.body).toMatch(/still open|sigue abierta/);
    expect(rec.email[0]!.subject).toMatch(/^Reminder/);
    // The 7-day reminder fell after the close date and was never queued; nothing more goes.
    ctx.clock.advance(10 * 86_400_000);
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 0 });
  });

  it('skips messages of a campaign closed since they were queued', async () => {
    const { ctx, audience } = await launched();
    const rec = recordingSenders(ctx);
    // Closed without the route, which also cancels the queued messages at once (campaign-close.test.ts):
    // the dispatcher checks again at send time whatever closed it.
    await closeCampaign(ctx.deps, audience.campaignId);
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 0, skipped: 5 });
    expect(rec.sms).toHaveLength(0);
  });

  it('retries a transient failure with backoff and never retries a permanent one', async () => {
    const { ctx } = await launched({ sms: 2, email: 1, unreachable: 0, reminderDays: [] });
    const rec = recordingSenders(ctx);
    rec.script.set('+13125552000', [
      { ok: false, permanent: false, code: 'HTTP_503', message: 'unavailable' },
    ]);
    rec.script.set('+13125552001', [
      { ok: false, permanent: true, code: '21211', message: "The 'To' number is not valid." },
    ]);
    rec.script.set('em0@work.example', [
      { ok: false, permanent: true, code: 'SMTP_550', message: 'No such user' },
    ]);
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 0, retried: 1, failed: 2 });
    const retry = outbox(ctx).find((r) => r.status === 'queued')!;
    expect(Date.parse(retry.due_at) - ctx.clock.now().getTime()).toBe(backoffMs(1));
    expect(retry.error_code).toBe('HTTP_503');
    ctx.clock.advance(backoffMs(1));
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 1, failed: 0 });
    ctx.clock.advance(86_400_000);
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 0, failed: 0, retried: 0 });
    // Shown with the reason where staff look: the campaign's progress.
    const progress = await campaignProgress(
      ctx.deps,
      ctx.raw.prepare('SELECT id FROM campaigns').pluck().get() as string,
    );
    expect(progress.failures).toEqual([
      { channel: 'email', status: 'failed', code: 'SMTP_550', message: 'No such user', count: 1 },
      { channel: 'sms', status: 'failed', code: '21211', message: "The 'To' number is not valid.", count: 1 },
    ]);
    const failed = outbox(ctx).filter((r) => r.status === 'failed');
    expect(failed.map((r) => [r.error_code, r.attempts]).sort()).toEqual([
      ['21211', 1],
      ['SMTP_550', 1],
    ]);
  });

  it('gives up after the configured number of attempts and says why', async () => {
    const { ctx } = await launched({ sms: 1, email: 0, unreachable: 0, reminderDays: [] });
    const rec = recordingSenders(ctx);
    const max = ctx.deps.config.distribution.maxAttempts;
    rec.script.set(
      '+13125552000',
      Array(max).fill({ ok: false, permanent: false, code: 'ETIMEDOUT', message: 'timed out' }),
    );
    for (let i = 0; i < max; i++) {
      await dispatchDue(ctx.deps);
      ctx.clock.advance(backoffMs(i + 1));
    }
    const [row] = outbox(ctx);
    expect(row).toMatchObject({ status: 'failed', attempts: max, error_code: 'ETIMEDOUT' });
    expect(ctx.raw.prepare('SELECT error_message FROM outbox').get()).toEqual({
      error_message: `gave up after ${max} attempts: timed out`,
    });
  });

  it("records a Twilio 21610 answer as the person's SMS opt-out", async () => {
    const { ctx } = await launched({ sms: 1, email: 0, unreachable: 0, reminderDays: [] });
    const rec = recordingSenders(ctx);
    rec.script.set('+13125552000', [
      { ok: false, permanent: true, code: '21610', message: 'Attempt to send to unsubscribed recipient' },
    ]);
    await dispatchDue(ctx.deps);
    expect(
      ctx.raw.prepare('SELECT sms_opted_out_at FROM contacts WHERE phone = ?').get('+13125552000'),
    ).toEqual({
      sms_opted_out_at: '2026-08-15T15:00:00.000Z',
    });
  });

  it('takes over the rows of a dispatcher that died mid-send once their lease runs out', async () => {
    const { ctx } = await launched({ sms: 2, email: 0, unreachable: 0, reminderDays: [] });
    // A dispatcher claimed both rows and died before sending.
    const lease = new Date(ctx.clock.now().getTime() + 120_000).toISOString();
    ctx.raw.prepare("UPDATE outbox SET status = 'sending', attempts = 1, lease_until = ?").run(lease);
    const rec = recordingSenders(ctx);
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 0 });
    ctx.clock.advance(120_000);
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 2 });
    expect(rec.sms).toHaveLength(2);
    expect(outbox(ctx).map((r) => r.attempts)).toEqual([2, 2]);
  });
});
