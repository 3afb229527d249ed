import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { unsubscribeToken } from '../../server/distribution/links.ts';
import { adminClient, makeTestApp, TestClient, testLinkSecret } from '../helpers/app.ts';
import { draftCampaign, outbox } from './helpers.ts';

async function launched() {
  const ctx = makeTestApp();
  const client = await adminClient(ctx);
  const audience = await draftCampaign(client);
  await client.post(`/api/campaigns/${audience.campaignId}/launch`);
  return { ctx, client, audience };
}

const emailOptOut = (ctx: ReturnType<typeof makeTestApp>, id: string) =>
  ctx.raw.prepare('SELECT email_opted_out_at AS at FROM contacts WHERE id = ?').get(id) as {
    at: string | null;
  };

describe('unsubscribe links', () => {
  it("asks first on GET (link scanners follow GETs) and unsubscribes on POST, in the contact's language", async () => {
    const { ctx, audience } = await launched();
    const em = audience.contacts.find((c) => c.firstName === 'Em0')!;
    const path = `/u/${await unsubscribeToken(testLinkSecret, em.id)}`;
    const page = await ctx.app.request(path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Stop these emails?');
    expect(html).toContain('em0@work.example');
    expect(html).toMatch(/<form method="post">/);
    expect(emailOptOut(ctx, em.id).at).toBeNull();
    const done = await ctx.app.request(path, { method: 'POST' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('You are unsubscribed');
    expect(emailOptOut(ctx, em.id).at).toBe('2026-08-15T15:00:00.000Z');
    // Queued emails to them are not sent.
    expect(
      outbox(ctx)
        .filter((r) => r.contact_id === em.id)
        .every((r) => r.status === 'opted_out'),
    ).toBe(true);
    // A second click is harmless.
    expect((await ctx.app.request(path, { method: 'POST' })).status).toBe(200);
  });

  it('refuses a forged or damaged token with a friendly 404 and changes nothing', async () => {
    const { ctx, audience } = await launched();
    const em = audience.contacts.find((c) => c.firstName === 'Em0')!;
    const good = await unsubscribeToken(testLinkSecret, em.id);
    const forged = await unsubscribeToken('another-secret-0123456789abcdefghijklmn', em.id);
    for (const token of [
      forged,
      `${good.slice(0, -2)}xx`,
      'nonsense',
      `${em.id}.`,
      `.${good.split('.')[1]}`,
    ]) {
      for (const method of ['GET', 'POST']) {
        const res = await ctx.app.request(`/u/${encodeURIComponent(token)}`, { method });
        expect(res.status).toBe(404);
        expect(await res.text()).toContain('This link does not work');
      }
    }
    expect(emailOptOut(ctx, em.id).at).toBeNull();
  });
});

describe('GET /api/dev/outbox', () => {
  it('shows what the development senders sent, with links that work', async () => {
    const { ctx, client, audience } = await launched();
    await dispatchDue(ctx.deps);
    const res = await client.get(`/api/dev/outbox?campaignId=${audience.campaignId}`);
    expect(res.status).toBe(200);
    expect(res.json.messages).toHaveLength(5);
    const sms = res.json.messages.find((m: { channel: string }) => m.channel === 'sms');
    expect(sms).toMatchObject({
      purpose: 'invitation',
      status: 'sent',
      to: expect.stringMatching(/^\+1312555/),
    });
    const token = /\/s\/([A-Za-z0-9_-]{24})/.exec(sms.body)![1];
    expect((await ctx.app.request(`/s/${token}`)).status).toBe(200);
    const email = res.json.messages.find((m: { channel: string }) => m.channel === 'email');
    expect(email.subject).toMatch(/wants to hear from you/);
  });

  it('is for signed-in members only, and gone once real providers are configured', async () => {
    const { ctx, client, audience } = await launched();
    expect((await new TestClient(ctx).get('/api/dev/outbox')).status).toBe(401);
    expect((await client.get('/api/dev/outbox?campaignId=nope')).status).toBe(404);
    expect((await client.get('/api/dev/outbox?limit=0')).status).toBe(422);
    ctx.deps.config.distribution.senders = { email: 'smtp', sms: 'twilio' };
    const gone = await client.get(`/api/dev/outbox?campaignId=${audience.campaignId}`);
    expect(gone.status).toBe(404);
    expect(gone.json.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/campaigns/:id/progress', () => {
  it('counts messages by channel and status and the response rate', async () => {
    const { ctx, client, audience } = await launched();
    await dispatchDue(ctx.deps);
    const res = await client.get(`/api/campaigns/${audience.campaignId}/progress`);
    expect(res.status).toBe(200);
    expect(res.json.progress).toMatchObject({
      invited: 6,
      completed: 0,
      responseRate: 0,
      channels: {
        sms: { invited: 3, sent: 3 },
        email: { invited: 2, sent: 2 },
        none: { invited: 1, completed: 0 },
      },
      reminders: { queued: 10 },
    });
    expect((await client.get('/api/campaigns/nope/progress')).status).toBe(404);
  });
});
