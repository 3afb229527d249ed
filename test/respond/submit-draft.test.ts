/**
 * A submission no longer reads the draft before its write (openLink with withDraft: false): it still
 * stores exactly the answers sent, removes the draft in the same write, and a retry stores nothing.
 */
import { describe, expect, it } from 'vitest';
import { readPool } from '../../server/reviews/pool.ts';
import { getTemplate } from '../../surveys/index.ts';
import { adminClient, makeTestApp, type TestContext } from '../helpers/app.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { seedCampaign } from '../helpers/seed.ts';

const def = getTemplate('worker-voice')!;

const post = (ctx: TestContext, path: string, answers: object) =>
  ctx.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers }),
  });

describe('submitting over a saved draft', () => {
  it('stores the answers sent, once, and deletes the draft in the same write', async () => {
    const ctx = makeTestApp();
    const { tokens, campaignId } = await seedCampaign(await adminClient(ctx), { workers: 3 });
    const token = tokens[0]!;
    const rand = seededRandom(5);
    const draft = validAnswers(def, rand);
    const sent = validAnswers(def, rand);
    expect((await post(ctx, `/s/${token}/draft`, draft)).status).toBe(200);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM sealed_drafts').get()).toEqual({ n: 1 });

    expect((await post(ctx, `/s/${token}/submit`, sent)).status).toBe(200);
    expect((await post(ctx, `/s/${token}/submit`, sent)).status).toBe(200);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM sealed_drafts').get()).toEqual({ n: 0 });
    // The answer waits, sealed, for a release; opened with the server's key it is exactly what was sent.
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM responses').get()).toEqual({ n: 0 });
    const pool = await readPool(ctx.deps, campaignId, 10);
    expect(pool).toHaveLength(1);
    const stored = pool[0]!.value!.answers;
    expect(Object.keys(stored).length).toBeGreaterThan(0);
    for (const [id, value] of Object.entries(stored)) expect(value).toEqual(sent[id]);
  });
});
