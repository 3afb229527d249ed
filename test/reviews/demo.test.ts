/**
 * The demo as a new user meets it: four quarters of reviews with trends, goals, action items carried
 * forward, final reviews, no group under five shown, and aggregates that a rebuild reproduces exactly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, type DemoResult } from '../../server/demo/demo.ts';
import { rebuildRollups } from '../../server/reviews/rollups.ts';
import { adminClient, makeTestApp, type TestContext } from '../helpers/app.ts';
import { bearerFor, type BearerClient } from './fixture.ts';

const quarters = ['PY2025-Q2', 'PY2025-Q3', 'PY2025-Q4', 'PY2026-Q1'];

describe('reviews of the demo partnership', () => {
  let ctx: TestContext;
  let demo: DemoResult;
  let client: BearerClient;

  beforeAll(async () => {
    ctx = makeTestApp({ now: '2026-11-21T17:00:00Z' });
    client = await bearerFor(ctx, await adminClient(ctx));
    demo = await loadDemo(ctx.deps, { seed: 1 });
  }, 120_000);

  const get = async (period: string) =>
    (await client.get(`/api/partnerships/${demo.partnership.id}/reviews/${period}`)).json.review;

  it('shows four quarters of reviews, the first three final, with changes, goals and action items', async () => {
    const reviews = await Promise.all(quarters.map(get));
    expect(reviews.map((r) => r.status)).toEqual(['final', 'final', 'final', 'live']);
    for (const r of reviews) {
      expect(r.templates.map((t: any) => t.templateId)).toEqual([
        'worker-voice',
        'employer-satisfaction',
        'partner-roi',
      ]);
      expect(r.goals).toHaveLength(4);
      for (const g of r.goals) expect(['met', 'not_met', 'not_enough_responses']).toContain(g.status);
    }
    const last = reviews[3]!;
    const jqi = last.templates[0].overall.measures['index.jqi'];
    expect(jqi.previous).toMatchObject({ period: 'PY2025-Q4' });
    expect(jqi.previous.difference).not.toBeNull();
    expect(last.actions.some((a: any) => a.carriedForward && a.status === 'open')).toBe(true);
    expect(reviews[2].actions.filter((a: any) => a.status === 'done')).toHaveLength(2);
    // Releases move every group by none or five or more: small groups never show, and the answers
    // whose group stayed too small through a quarter count as "not recorded" in that breakdown.
    const groups = last.templates[0].breakdowns.flatMap((b: any) => b.groups);
    for (const g of groups) if (!g.suppressed) expect(g.n).toBeGreaterThanOrEqual(5);
    expect(
      reviews[2].templates[0].breakdowns.flatMap((b: any) => b.groups).some((g: any) => g.key === '~'),
    ).toBe(true);
    const page = await client.get(`/reviews/${demo.partnership.id}/PY2026-Q1`);
    expect(page.text).toContain('fewer than 5');
    expect(page.text).toContain('You said, we did');
  });

  it('draws the program year with its quarter-by-quarter trend', async () => {
    const year = await get('PY2025');
    const trend = year.templates[0].trend;
    expect(trend.map((p: any) => p.period)).toEqual(['PY2025-Q1', 'PY2025-Q2', 'PY2025-Q3', 'PY2025-Q4']);
    expect(trend.slice(1).every((p: any) => p.measures['index.jqi'].value !== null)).toBe(true);
  });

  it('rebuilds the aggregates from the responses to exactly the rows kept with each response', async () => {
    const dump = () =>
      ctx.raw.prepare('SELECT * FROM rollup_counts ORDER BY campaign_id, group_key, item, value').all();
    const kept = dump();
    expect(kept.length).toBeGreaterThan(1000);
    // Responses by channel are counted by releases and kept as they are (no response holds its channel).
    ctx.raw.prepare(`DELETE FROM rollup_counts WHERE group_key NOT LIKE '@channel=%'`).run();
    const done = await rebuildRollups(ctx.deps);
    // The open quarter's answers that are still waiting for a release are not responses yet.
    const waiting = (ctx.raw.prepare('SELECT count(*) AS n FROM pending_answers').get() as { n: number }).n;
    expect(done.responses + waiting).toBe(demo.responses);
    expect(dump()).toEqual(kept);
  });
});

describe('npm run cli -- rebuild-rollups', () => {
  it('rebuilds a database and says how much it read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sv-rollups-'));
    try {
      const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'server/runtime/cli.ts', 'rebuild-rollups'],
          {
            env: { ...process.env, DATABASE_PATH: join(dir, 'x.db') },
          },
        );
        let stdout = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.on('close', (code) => resolve({ code, stdout }));
      });
      expect(out).toEqual({ code: 0, stdout: 'Rebuilt the aggregates of 0 campaigns from 0 responses.\n' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
