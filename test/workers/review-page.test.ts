/**
 * The printed review on the Worker build: workerd with a local D1 draws the same page as Node, with
 * its key, chart captions that name each chart and answer colours by meaning, and nothing fetched
 * or run (no script, no outside address); a stranger is asked to sign in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toneFill } from '../../client/shared/polarity.ts';
import { HttpClient } from './client.ts';
import { fullAnswers, seedWorker, type WorkerSeed } from './seed.ts';
import { startLocalWorker, type LocalWorker } from './wrangler.ts';

let worker: LocalWorker;
let seed: WorkerSeed;

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-review-page-');
  seed = await seedWorker(worker.dev.url, 7);
}, 240_000);

afterAll(() => worker?.stop(), 60_000);

describe('GET /reviews/:partnershipId/:period on the Worker', { timeout: 120_000 }, () => {
  it('prints the review with its key, captioned charts and colours by meaning', async () => {
    for (const token of seed.tokens.slice(0, 6)) {
      const res = await new HttpClient(worker.dev.url).post(`/s/${token}/submit`, {
        answers: fullAnswers(seed.template),
      });
      expect(res.status, res.text).toBe(200);
    }
    expect((await seed.admin.post(`/api/campaigns/${seed.campaignId}/close`)).status).toBe(200);
    const review = (await seed.admin.get(`/api/partnerships/${seed.partnershipId}/reviews/PY2026-Q2`)).json
      .review;
    expect(review.templates[0].overall.n).toBe(6);

    const res = await fetch(`${worker.dev.url}/reviews/${seed.partnershipId}/PY2026-Q2`, {
      headers: { cookie: seed.admin.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('Key to symbols');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/(src|href)="https?:/);
    const labelled = [...html.matchAll(/<svg class="(?:chart|dist)"[^>]*aria-labelledby="([^"]+)"/g)];
    expect(labelled.length).toBeGreaterThan(10);
    for (const [, id] of labelled)
      expect(html).toMatch(new RegExp(`<figcaption id="${id}" class="chart-title">[^<]+`));
    // Every answer the seed gives is drawn in the colour of its meaning.
    const toned = [...html.matchAll(/<g data-tone="(-?\d)" data-answer="[^"]*"><rect[^>]*fill="([^"]+)"/g)];
    expect(toned.length).toBeGreaterThan(5);
    for (const [, tone, fill] of toned) expect(fill).toBe(toneFill[Number(tone) as -2 | -1 | 0 | 1 | 2]);
    const stranger = await fetch(`${worker.dev.url}/reviews/${seed.partnershipId}/PY2026-Q2`);
    expect(stranger.status).toBe(401);
    expect(await stranger.text()).toContain('Sign in');
  });
});
