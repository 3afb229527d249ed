import { describe, expect, it } from 'vitest';
import { getCampaign } from '../../server/campaigns/campaigns.ts';
import { rebuildCampaign } from '../../server/reviews/rollups.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { count, releaseNow } from '../helpers/release.ts';
import { reviewFixture, runCampaign, submit } from './fixture.ts';

const dump = (raw: any) =>
  raw
    .prepare(
      'SELECT campaign_id, group_key, item, value, n, total, sumsq FROM rollup_counts ORDER BY 1, 2, 3, 4',
    )
    .all();

describe('aggregates kept with each response', () => {
  it('counts each response once, at its release, and a retried submit adds nothing', async () => {
    const f = await reviewFixture({ workers: 12 });
    const def = getTemplate('worker-voice')!;
    const { campaignId, unused } = await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 5,
      answers: () => validAnswers(def, seededRandom(1)),
    });
    const n = () =>
      f.ctx.raw
        .prepare(`SELECT n FROM rollup_counts WHERE campaign_id = ? AND group_key = '' AND item = '_n'`)
        .get(campaignId) as { n: number };
    expect(n().n).toBe(5);
    const token = unused[0]!;
    const before = dump(f.ctx.raw);
    await submit(f, token, validAnswers(def, seededRandom(1)));
    // The same link again: the thank-you page, one answer waiting, and not a single aggregate changes.
    await submit(f, token, validAnswers(def, seededRandom(1)));
    await releaseNow(f.ctx);
    expect(dump(f.ctx.raw)).toEqual(before);
    expect(count(f.ctx, 'pending_answers')).toBe(1);
    for (const t of unused.slice(1, 5)) await submit(f, t, validAnswers(def, seededRandom(1)));
    await releaseNow(f.ctx);
    expect(n().n).toBe(10);
    expect(count(f.ctx, 'pending_answers')).toBe(0);
  });

  it('rebuilt aggregates equal the incremental ones exactly, over several campaigns and templates', async () => {
    const f = await reviewFixture({ workers: 45, employers: 12 });
    const rand = seededRandom(77);
    const worker = getTemplate('worker-voice')!;
    const employer = getTemplate('employer-satisfaction')!;
    const ids = [
      (
        await runCampaign(f, {
          period: 'PY2026-Q1',
          opensOn: '2026-07-01',
          closesOn: '2026-09-30',
          answering: 41,
          segmentAttributes: ['occupation', 'language'],
          answers: () => validAnswers(worker, rand, 0.5),
        })
      ).campaignId,
      (
        await runCampaign(f, {
          period: 'PY2026-Q2',
          opensOn: '2026-10-01',
          closesOn: '2026-12-31',
          answering: 30,
          segmentAttributes: [],
          answers: () => validAnswers(worker, rand),
        })
      ).campaignId,
      (
        await runCampaign(f, {
          period: 'PY2026-Q2',
          opensOn: '2026-10-01',
          closesOn: '2026-12-31',
          answering: 11,
          templateId: 'employer-satisfaction',
          segmentAttributes: [],
          answers: () => validAnswers(employer, rand),
        })
      ).campaignId,
    ];
    const incremental = dump(f.ctx.raw);
    expect(incremental.length).toBeGreaterThan(200);
    // Responses by channel are counted by releases and kept as they are (no response holds its channel).
    f.ctx.raw.prepare(`UPDATE rollup_counts SET n = n + 7 WHERE group_key NOT LIKE '@channel=%'`).run();
    for (const id of ids) await rebuildCampaign(f.ctx.deps, await getCampaign(f.ctx.deps, id));
    expect(dump(f.ctx.raw)).toEqual(incremental);
  });

  it('holds nothing finer than the response: no ids, tokens, contacts or days', async () => {
    const f = await reviewFixture({ workers: 15 });
    const def = getTemplate('worker-voice')!;
    await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 10,
      answers: () => validAnswers(def, seededRandom(5)),
    });
    const text = JSON.stringify(dump(f.ctx.raw));
    const secrets = [
      ...(f.ctx.raw.prepare('SELECT id, token_hash FROM invitations').all() as any[]).flatMap((r) => [
        r.id,
        r.token_hash,
      ]),
      ...(f.ctx.raw.prepare('SELECT id, phone FROM contacts').all() as any[]).flatMap((r) => [r.id, r.phone]),
      ...(f.ctx.raw.prepare('SELECT id, submitted_on FROM responses').all() as any[]).flatMap((r) => [
        r.id,
        r.submitted_on,
      ]),
    ];
    for (const s of secrets) expect(text).not.toContain(s);
    // Groups come from the response's own (coarsened) tag: every group key is one a response holds.
    const tags = (f.ctx.raw.prepare('SELECT segment FROM responses').all() as any[]).map((r) =>
      JSON.parse(r.segment),
    );
    const orgGroups = (
      f.ctx.raw
        .prepare(`SELECT DISTINCT group_key FROM rollup_counts WHERE group_key LIKE 'organization=%'`)
        .all() as any[]
    ).map((r) => r.group_key.slice(13));
    for (const g of orgGroups) expect(g === '~' || tags.some((t) => t.organization === g)).toBe(true);
  });
});
