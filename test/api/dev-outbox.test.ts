/**
 * The development outbox holds the workers' own live links (issue 11): only admins may read it,
 * whatever they ask for, and every answer says what it is.
 */
import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { adminClient, makeTestApp, staffClient } from '../helpers/app.ts';
import { draftCampaign } from '../distribution/helpers.ts';

async function sent() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const audience = await draftCampaign(admin);
  await admin.post(`/api/campaigns/${audience.campaignId}/launch`);
  await dispatchDue(ctx.deps);
  return { ctx, admin, audience };
}

describe('GET /api/dev/outbox', () => {
  it('refuses a viewer and an analyst of the partnership, with or without a campaign', async () => {
    const { ctx, admin, audience } = await sent();
    const viewer = await staffClient(ctx, admin, 'viewer', [audience.partnershipId]);
    const analyst = await staffClient(ctx, admin, 'analyst', [audience.partnershipId]);
    for (const client of [viewer, analyst]) {
      for (const path of [
        `/api/dev/outbox?campaignId=${audience.campaignId}`,
        `/api/dev/outbox?campaignId=${audience.campaignId}&limit=500`,
        '/api/dev/outbox',
        // Refused before the campaign is looked up, so ids cannot be probed either.
        '/api/dev/outbox?campaignId=nope',
      ]) {
        const res = await client.get(path);
        expect(res.status, path).toBe(403);
        expect(res.json.error.code).toBe('FORBIDDEN');
        expect(res.text).not.toMatch(/\/s\/|Sam0|\+1312/);
      }
    }
  });

  it('shows admins the messages with their live links and a notice saying so', async () => {
    const { ctx, admin, audience } = await sent();
    for (const path of [`/api/dev/outbox?campaignId=${audience.campaignId}`, '/api/dev/outbox']) {
      const res = await admin.get(path);
      expect(res.status).toBe(200);
      expect(res.json.messages).toHaveLength(5);
      expect(res.json.notice).toMatch(/development senders only/i);
      expect(res.json.notice).toMatch(/links are live/i);
      expect(res.json.notice).toMatch(/admins only/i);
    }
    const sms = (await admin.get('/api/dev/outbox')).json.messages.find(
      (m: { channel: string }) => m.channel === 'sms',
    );
    const token = /\/s\/([\w-]{24})/.exec(sms.body)![1];
    expect((await ctx.app.request(`/s/${token}`)).status).toBe(200);
  });
});
