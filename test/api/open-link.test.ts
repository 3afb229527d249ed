import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../server/ids.ts';
import { adminClient, makeTestApp, TestClient, type TestContext, staffClient } from '../helpers/app.ts';
import { seedCampaign } from '../helpers/seed.ts';

async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const seeded = await seedCampaign(admin, { workers: 3 });
  const path = `/api/campaigns/${seeded.campaignId}/open-link`;
  return { ctx, admin, seeded, path };
}

/** Whether a poster link still opens the survey (a ticket and a redirect) or is refused. */
async function opens(ctx: TestContext, url: string) {
  const res = await ctx.app.request(new URL(url).pathname);
  if (res.status === 303) return true;
  expect(res.status).toBe(404);
  return false;
}

describe('GET /api/campaigns/:id/open-link', () => {
  it('shows the open link again, and the link shown works', async () => {
    const { ctx, admin, path } = await setup();
    expect((await admin.get(path)).json).toEqual({ openLink: { state: 'off', url: null } });
    const made = await admin.post(path);
    expect(made.status).toBe(201);
    expect(made.json.url).toMatch(/^http:\/\/survey\.test\/o\/[\w-]{24}$/);
    const shown = await admin.get(path);
    expect(shown.json).toEqual({ openLink: { state: 'on', url: made.json.url } });
    expect((await admin.get(path)).json.openLink.url).toBe(made.json.url);
    expect(await opens(ctx, shown.json.openLink.url)).toBe(true);
    // Still only a hash in the database.
    const token = made.json.url.split('/o/')[1];
    const row = ctx.raw.prepare('SELECT * FROM campaigns').get() as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.open_link_hash).toBe(await sha256Hex(token));
  });

  it('retires the old link when a new one is made', async () => {
    const { ctx, admin, path } = await setup();
    const first = (await admin.post(path)).json.url;
    const second = (await admin.post(path)).json.url;
    expect(second).not.toBe(first);
    expect((await admin.get(path)).json.openLink.url).toBe(second);
    expect(await opens(ctx, first)).toBe(false);
    expect(await opens(ctx, second)).toBe(true);
  });

  it('never revives a link turned off, when the link is turned on again', async () => {
    const { ctx, admin, path } = await setup();
    const before = (await admin.post(path)).json.url;
    expect((await admin.del(path)).status).toBe(200);
    expect((await admin.get(path)).json).toEqual({ openLink: { state: 'off', url: null } });
    expect(await opens(ctx, before)).toBe(false);
    const after = (await admin.post(path)).json.url;
    expect(after).not.toBe(before);
    expect(await opens(ctx, before)).toBe(false);
    expect(await opens(ctx, after)).toBe(true);
    expect((await admin.get(path)).json.openLink.url).toBe(after);
  });

  it('gives each campaign its own link', async () => {
    const { admin, seeded, path } = await setup();
    const other = await admin.post(`/api/partnerships/${seeded.partnershipId}/campaigns`, {
      name: 'Other',
      templateId: 'worker-voice',
      period: '2026-Q4',
      opensOn: '2026-08-01',
      closesOn: '2026-09-30',
    });
    const a = (await admin.post(path)).json.url;
    const b = (await admin.post(`/api/campaigns/${other.json.campaign.id}/open-link`)).json.url;
    expect(a).not.toBe(b);
  });

  it('leaves exactly one working link when two are made at once', async () => {
    const { ctx, admin, path } = await setup();
    const [x, y] = await Promise.all([admin.post(path), admin.post(path)]);
    expect([x.status, y.status]).toEqual([201, 201]);
    expect(x.json.url).not.toBe(y.json.url);
    const shown = (await admin.get(path)).json.openLink.url;
    expect([x.json.url, y.json.url]).toContain(shown);
    expect([await opens(ctx, x.json.url), await opens(ctx, y.json.url)].filter(Boolean)).toHaveLength(1);
  });

  it('says when a link turned on before links could be shown again cannot be shown, and replaces it', async () => {
    const { ctx, admin, seeded, path } = await setup();
    // As `POST open-link` stored it before migrations/0007: a random token's hash, version 0.
    const legacy = 'LegacyRandomToken_0123456789';
    ctx.raw
      .prepare('UPDATE campaigns SET open_link_hash = ? WHERE id = ?')
      .run(await sha256Hex(legacy), seeded.campaignId);
    expect((await admin.get(path)).json).toEqual({ openLink: { state: 'hidden', url: null } });
    expect((await admin.get(`/api/campaigns/${seeded.campaignId}`)).json.campaign.openLink.enabled).toBe(
      true,
    );
    // Posters already printed keep working until a new link is made.
    expect(await opens(ctx, `http://survey.test/o/${legacy}`)).toBe(true);
    const fresh = (await admin.post(path)).json.url;
    expect((await admin.get(path)).json.openLink).toEqual({ state: 'on', url: fresh });
    expect(await opens(ctx, `http://survey.test/o/${legacy}`)).toBe(false);
  });
});

describe('open link routes refuse', () => {
  it('an unknown campaign, a stranger and a signed-out caller; a viewer sees but cannot change', async () => {
    const { ctx, admin, seeded, path } = await setup();
    for (const res of [
      await admin.get('/api/campaigns/nope/open-link'),
      await admin.post('/api/campaigns/nope/open-link'),
      await admin.del('/api/campaigns/nope/open-link'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.json.error).toEqual({ code: 'NOT_FOUND', message: 'No such campaign.' });
    }
    const stranger = await staffClient(ctx, admin, 'analyst', []);
    expect((await stranger.get(path)).json.error.code).toBe('NOT_FOUND');
    expect((await stranger.post(path)).status).toBe(404);
    const anonymous = await new TestClient(ctx).get(path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe('UNAUTHENTICATED');

    const url = (await admin.post(path)).json.url;
    const viewer = await staffClient(ctx, admin, 'viewer', [seeded.partnershipId]);
    expect((await viewer.get(path)).json.openLink.url).toBe(url);
    for (const res of [await viewer.post(path), await viewer.del(path)]) {
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe('FORBIDDEN');
    }
    expect(await opens(ctx, url)).toBe(true);
  });
});
