/**
 * A submission no longer reads the draft before its write (openLink with withDraft: false): it still
 * stores exactly the answers sent, removes the draft in the same write, and a retry stores nothing.
 */
import { describe, expect, it } from 'vitest';
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
    const { tokens } = await seedCampaign(await adminClient(ctx), { workers: 3 });
    const token = tokens[0]!;
    const rand = seededRandom(5);
    const draft = validAnswers(def, rand);
    const sent = validAnswers(def, rand);
    expect((await post(ctx, `/s/${token}/draft`, draft)).status).toBe(200);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM sealed_drafts').get()).toEqual({ n: 1 });

    expect((await post(ctx, `/s/${token}/submit`, sent)).status).toBe(200);
    expect((await post(ctx, `/s/${token}/submit`, sent)).status).toBe(200);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM sealed_drafts').get()).toEqual({ n: 0 });
    const rows = ctx.raw.prepare('SELECT answers FROM responses').all() as { answers: string }[];
    expect(rows).toHaveLength(1);
    const stored = JSON.parse(rows[0]!.answers) as Record<string, unknown>;
    for (const [id, value] of Object.entries(stored)) expect(value).toEqual(sent[id]);
  });
});
