/**
 * Short-lived copies of campaign and partnership rows on the respondent's path: reused while fresh,
 * dropped at once by writes made through this process.
 */
import { describe, expect, it } from 'vitest';
import { RecentRows } from '../../server/db/recent-rows.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { adminClient, makeTestApp } from '../helpers/app.ts';
import { releaseNow } from '../helpers/release.ts';
import { seedCampaign } from '../helpers/seed.ts';

describe('RecentRows', () => {
  it('reuses a copy while it is fresh and reads again once forgotten', async () => {
    const rows = new RecentRows<number>(60_000);
    const db = {};
    let reads = 0;
    const load = async () => ++reads;
    expect(await rows.get(db, 'a', load)).toBe(1);
    expect(await rows.get(db, 'a', load)).toBe(1);
    rows.forget(db, 'a');
    expect(await rows.get(db, 'a', load)).toBe(2);
    // Copies belong to one database handle.
    expect(await rows.get({}, 'a', load)).toBe(3);
  });

  it('reads every time when copies may not age at all', async () => {
    const rows = new RecentRows<number>(0);
    let reads = 0;
    const db = {};
    await rows.get(db, 'a', async () => ++reads);
    await rows.get(db, 'a', async () => ++reads);
    expect(reads).toBe(2);
  });

  it('does not keep a value read before a write that was forgotten while the read was under way', async () => {
    const rows = new RecentRows<string>(60_000);
    const db = {};
    let release!: () => void;
    const slow = rows.get(db, 'a', () => new Promise<string>((resolve) => (release = () => resolve('old'))));
    rows.forget(db, 'a'); // a write lands while the read is on its way
    release();
    expect(await slow).toBe('old');
    expect(await rows.get(db, 'a', async () => 'new')).toBe('new');
  });
});

describe('the respondent path sees writes made through this process at once', () => {
  const def = getTemplate('worker-voice')!;
  const submit = (ctx: ReturnType<typeof makeTestApp>, token: string) =>
    ctx.app.request(`/s/${token}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: validAnswers(def, seededRandom(1)) }),
    });

  it('refuses a campaign closed a moment after one of its links was answered', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const client = await adminClient(ctx);
    const seeded = await seedCampaign(client, { workers: 3 });
    expect((await submit(ctx, seeded.tokens[0]!)).status).toBe(200);
    expect((await client.post(`/api/campaigns/${seeded.campaignId}/close`)).status).toBe(200);
    const res = await submit(ctx, seeded.tokens[1]!);
    expect(res.status).toBe(410);
    expect((await res.json()).error.code).toBe('CAMPAIGN_CLOSED');
  });

  it('releases with a minimum group size changed a moment before', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const client = await adminClient(ctx);
    const seeded = await seedCampaign(client, { workers: 12, orgs: 1, minGroupSize: 3 });
    for (const token of seeded.tokens.slice(0, 4)) expect((await submit(ctx, token)).status).toBe(200);
    // With 3, four waiting answers could go together; with 10, they must wait.
    const raised = await client.patch(`/api/partnerships/${seeded.partnershipId}`, { minGroupSize: 10 });
    expect(raised.status).toBe(200);
    const reports = await releaseNow(ctx);
    expect(reports.reduce((a, r) => a + r.released, 0)).toBe(0);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM responses').get()).toEqual({ n: 0 });
  });
});
