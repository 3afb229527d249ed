/**
 * Releases through the API: who may release, what staff see while answers wait, and the close that
 * releases what is left and holds back what is too few to show.
 */
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { adminClient, makeTestApp, staffClient, TestClient, type TestContext } from '../helpers/app.ts';
import { count, releaseNow } from '../helpers/release.ts';
import { seedCampaign } from '../helpers/seed.ts';

const def = getTemplate('worker-voice')!;

async function answer(ctx: TestContext, tokens: string[]) {
  for (const [i, token] of tokens.entries()) {
    const res = await ctx.app.request(`/s/${token}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: validAnswers(def, seededRandom(i + 1)) }),
    });
    expect(res.status).toBe(200);
  }
}

describe('POST /api/campaigns/:id/release', () => {
  it('lets admins and analysts release, not viewers, strangers or the signed out', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const admin = await adminClient(ctx);
    const seeded = await seedCampaign(admin, { workers: 12 });
    const path = `/api/campaigns/${seeded.campaignId}/release`;
    const viewer = await staffClient(ctx, admin, 'viewer', [seeded.partnershipId]);
    expect((await viewer.post(path)).status).toBe(403);
    const stranger = await staffClient(ctx, admin, 'analyst', []);
    expect((await stranger.post(path)).status).toBe(404);
    expect((await new TestClient(ctx).post(path)).status).toBe(401);
    expect((await admin.post('/api/campaigns/nope/release')).json.error.code).toBe('NOT_FOUND');
    const analyst = await staffClient(ctx, admin, 'analyst', [seeded.partnershipId]);
    const res = await analyst.post(path);
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ release: { released: 0, waiting: 0 } });
  });

  it('shows staff what waits, releases what can go, and holds back what is too few at the close', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const admin = await adminClient(ctx);
    const seeded = await seedCampaign(admin, { workers: 12 });
    const progress = async () =>
      (await admin.get(`/api/campaigns/${seeded.campaignId}/progress`)).json.progress;

    await answer(ctx, seeded.tokens.slice(0, 4));
    await releaseNow(ctx);
    expect((await progress()).completed).toBe(4);
    expect((await progress()).answers).toEqual({
      waiting: 4,
      released: 0,
      lastReleasedOn: null,
      heldBack: 0,
    });

    await answer(ctx, seeded.tokens.slice(4, 7));
    const res = await admin.post(`/api/campaigns/${seeded.campaignId}/release`);
    expect(res.json.release).toEqual({ released: 7, waiting: 0 });
    expect((await progress()).answers).toEqual({
      waiting: 0,
      released: 7,
      lastReleasedOn: '2026-08-10',
      heldBack: 0,
    });

    // Two more, then the close: two cannot go without being picked out, so they stay sealed for good.
    await answer(ctx, seeded.tokens.slice(7, 9));
    const closed = await admin.post(`/api/campaigns/${seeded.campaignId}/close`);
    expect(closed.json.release).toEqual({ released: 0, heldBack: 2 });
    expect((await progress()).answers).toMatchObject({ waiting: 0, released: 7, heldBack: 2 });
    expect(count(ctx, 'pending_answers')).toBe(2);
    expect(count(ctx, 'responses')).toBe(7);
    const review = (await admin.get(`/api/partnerships/${seeded.partnershipId}/reviews/PY2026-Q1`)).json
      .review;
    expect(review.templates[0].overall.n).toBe(7);
  });

  it('releases once when two releases race, and never twice the same answer', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const admin = await adminClient(ctx);
    const seeded = await seedCampaign(admin, { workers: 12 });
    await answer(ctx, seeded.tokens.slice(0, 10));
    const path = `/api/campaigns/${seeded.campaignId}/release`;
    const results = await Promise.all([admin.post(path), admin.post(path), releaseNow(ctx)]);
    expect(count(ctx, 'responses')).toBe(10);
    expect(count(ctx, 'pending_answers')).toBe(0);
    const released = results.slice(0, 2).reduce((a, r) => a + (r as { json: any }).json.release.released, 0);
    const byLoop = (results[2] as { released: number }[]).reduce((a, r) => a + r.released, 0);
    expect(released + byLoop).toBe(10);
    const n = ctx.raw.prepare(`SELECT n FROM rollup_counts WHERE group_key = '' AND item = '_n'`).get() as {
      n: number;
    };
    expect(n.n).toBe(10);
  });
});
