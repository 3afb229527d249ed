/**
 * Releases and sealed drafts on the Worker build (issue 11): workerd with a local D1, answers given
 * through real links, the Cron Trigger run through `--test-scheduled`. Answers wait sealed in
 * `pending_answers` (WebCrypto on workerd) and reach `responses` and the review only when a release
 * moves at least k of them in one D1 batch: from the cron, and at the close; the largest release a
 * cron run carries fits one batch. A draft saved on D1 is sealed under its own link. The steps share
 * one Worker and one campaign, in order.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cryptoRandom, newId } from '../../server/ids.ts';
import { poolKey, sealedSize } from '../../server/reviews/pool.ts';
import { seal } from '../../server/seal.ts';
import { workerVoiceV1 } from '../../surveys/index.ts';
import { waitForCount } from '../helpers/http-peer.ts';
import { HttpClient } from './client.ts';
import { fullAnswers, seedWorker, type WorkerSeed } from './seed.ts';
import { devAnswerSecret, queryD1, runWrangler, startLocalWorker, type LocalWorker } from './wrangler.ts';

/** The partnership's minimum group size (the default): no release moves fewer. */
const k = 5;
/** Words no template holds: if they show in a stored row's bytes, the row was not sealed. */
const marker = 'Marigold night shift';

let worker: LocalWorker;
let output = '';
let seed: WorkerSeed;

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-release-', {
    testScheduled: true,
    onOutput: (text) => void (output += text),
  });
  seed = await seedWorker(worker.dev.url, 12);
}, 240_000);

afterAll(() => worker?.stop(), 60_000);

const query = <T = Record<string, unknown>>(sql: string) => queryD1<T>(worker.persistTo, sql);

const counts = async () =>
  (
    await query(
      `SELECT (SELECT count(*) FROM pending_answers) AS waiting, (SELECT count(*) FROM responses) AS responses,
              (SELECT count(*) FROM releases) AS releases, (SELECT count(*) FROM sealed_drafts) AS drafts`,
    )
  )[0];

/** The upkeep lines the cron logs (`upkeep { cron: '* * * * *', released: 5, releases: 1, ... }`). */
const upkeepLines = () =>
  [...output.matchAll(/\bupkeep \{([^}]*)\}/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/(\w+): (\d+)/g)].map(([, name, value]) => [name!, Number(value)])),
  );

/** One Cron Trigger run: `scheduled` ends before /__scheduled answers. Its errors are only logged. */
async function cron(): Promise<void> {
  const res = await fetch(`${worker.dev.url}/__scheduled?cron=${encodeURIComponent('* * * * *')}`);
  expect(res.status, await res.text()).toBe(200);
  expect(output).not.toMatch(/dispatch failed/);
}

/** Waits for the n-th upkeep line: it crosses from workerd through wrangler's pipe after the response. */
async function upkeepLine(n: number) {
  await waitForCount(() => upkeepLines().length, n, 'upkeep lines in the log').catch((err: Error) => {
    throw new Error(`${err.message}:\n${worker.dev.output().slice(-4_000)}`);
  });
  return upkeepLines()[n - 1];
}

const answersOf = (i: number) => ({ ...fullAnswers(seed.template), comment: `${marker} ${i}` });

async function submit(i: number): Promise<void> {
  const res = await new HttpClient(worker.dev.url).post(`/s/${seed.tokens[i]}/submit`, {
    answers: answersOf(i),
  });
  expect(res.status, res.text).toBe(200);
}

/** The live review as staff read it, less the moment it was drawn. */
async function review() {
  const res = await seed.admin.get(`/api/partnerships/${seed.partnershipId}/reviews/PY2026-Q2`);
  expect(res.status, res.text).toBe(200);
  const { generatedAt: _, ...rest } = res.json.review;
  return rest;
}

const responsesIn = async () => (await review()).templates[0]?.invitations.responses ?? 0;

/** A stored sealed value holds none of what it seals, in its text or in its bytes. */
function expectSealed(sealed: string, secrets: string[]) {
  expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
  const bytes = Buffer.from(sealed, 'base64url').toString('latin1');
  for (const secret of secrets) {
    expect(sealed).not.toContain(secret);
    expect(bytes).not.toContain(secret);
  }
}

describe('answers waiting for release on the Worker', { timeout: 120_000 }, () => {
  let before: unknown;
  let pooledIds: string[] = [];

  it('keeps answers in the pool while fewer than k wait: the review does not move and the cron releases nothing', async () => {
    before = await review();
    for (let i = 0; i < k - 1; i++) {
      await submit(i);
      expect(await review()).toEqual(before);
    }
    await cron();
    expect(await counts()).toEqual({ waiting: k - 1, responses: 0, releases: 0, drafts: 0 });
    expect(await review()).toEqual(before);
    expect(upkeepLines()).toEqual([]);
  });

  it('seals every waiting answer to one length, with no answer text in it', async () => {
    const rows = await query<{ id: string; sealed: string }>('SELECT id, sealed FROM pending_answers');
    expect(rows).toHaveLength(k - 1);
    expect(new Set(rows.map((r) => r.sealed.length)).size).toBe(1);
    expect(new Set(rows.map((r) => r.sealed)).size).toBe(rows.length);
    for (const { sealed } of rows)
      expectSealed(sealed, [marker, 'comment', 'machinist', 'welder', 'answers']);
  });

  it('releases them on the cron once k wait, all dated to one day, and a second run releases nothing twice', async () => {
    await submit(k - 1);
    expect(await review()).toEqual(before);
    pooledIds = (await query<{ id: string }>('SELECT id FROM pending_answers')).map((r) => r.id);
    expect(pooledIds).toHaveLength(k);

    await cron();
    expect(await upkeepLine(1)).toEqual({ released: k, releases: 1, draftsDeleted: 0 });
    expect(await counts()).toEqual({ waiting: 0, responses: k, releases: 1, drafts: 0 });
    const [release] = await query('SELECT released_on, released, final FROM releases');
    expect(release).toMatchObject({ released: k, final: 0 });
    const responses = await query<{ id: string; submitted_on: string; answers: string }>(
      'SELECT id, submitted_on, answers FROM responses',
    );
    // Fresh ids, nothing that joins a pool row, and the release's day on every one.
    for (const r of responses) expect(pooledIds).not.toContain(r.id);
    expect(new Set(responses.map((r) => r.submitted_on))).toEqual(new Set([release!.released_on]));
    expect(responses.map((r) => JSON.parse(r.answers).comment).sort()).toEqual(
      Array.from({ length: k }, (_, i) => `${marker} ${i}`),
    );
    const after = await review();
    expect(after.templates[0].invitations.responses).toBe(k);
    expect(after.templates[0].overall.n).toBe(k);

    await cron();
    expect(await counts()).toEqual({ waiting: 0, responses: k, releases: 1, drafts: 0 });
    expect(await review()).toEqual(after);
    expect(upkeepLines()).toHaveLength(1);
  });
});

describe('sealed drafts on D1', { timeout: 120_000 }, () => {
  it('stores a draft sealed under its own link, of one length, under an id that is not the token hash', async () => {
    const [short, long] = [seed.tokens[10]!, seed.tokens[11]!];
    for (const [token, comment] of [
      [short, `${marker} draft`],
      [long, `${marker} draft ${'and a much longer story '.repeat(15)}`],
    ] as const) {
      const res = await new HttpClient(worker.dev.url).post(`/s/${token}/draft`, { answers: { comment } });
      expect(res.status, res.text).toBe(200);
    }
    const drafts = await query<{ id: string; sealed: string; saved_on: string }>(
      'SELECT id, sealed, saved_on FROM sealed_drafts',
    );
    expect(drafts).toHaveLength(2);
    expect(new Set(drafts.map((d) => d.sealed.length)).size).toBe(1);
    const hashes = (await query<{ token_hash: string }>('SELECT token_hash FROM invitations')).map(
      (r) => r.token_hash,
    );
    const tokenSecrets = [short, long].flatMap((t) => [t, createHash('sha256').update(t).digest('hex')]);
    for (const d of drafts) {
      expect(hashes).not.toContain(d.id);
      expect(tokenSecrets).not.toContain(d.id);
      expect(d.saved_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expectSealed(d.sealed, [marker, 'comment', ...tokenSecrets]);
    }
    // The link itself opens it again, on workerd's WebCrypto.
    const page = await fetch(`${worker.dev.url}/s/${short}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`${marker} draft`);
  });
});

describe('the close on the Worker', { timeout: 120_000 }, () => {
  it('releases what is left as the final release, and the submission deleted its draft', async () => {
    for (const i of [5, 6, 7]) await submit(i);
    await cron();
    expect(await counts()).toMatchObject({ waiting: 3, responses: k, releases: 1 });
    for (const i of [8, 9, 10]) await submit(i);
    // Token 10 had a draft: its submission deleted it. Token 11's stays.
    expect(await counts()).toEqual({ waiting: 6, responses: k, releases: 1, drafts: 1 });
    expect(await responsesIn()).toBe(k);

    const closed = await seed.admin.post(`/api/campaigns/${seed.campaignId}/close`);
    expect(closed.status, closed.text).toBe(200);
    expect(closed.json.release).toEqual({ released: 6, heldBack: 0 });
    expect(await counts()).toEqual({ waiting: 0, responses: k + 6, releases: 2, drafts: 1 });
    const releases = await query('SELECT released, final FROM releases ORDER BY final');
    expect(releases).toEqual([
      { released: k, final: 0 },
      { released: 6, final: 1 },
    ]);
    expect(await responsesIn()).toBe(k + 6);
  });

  it("sweeps the closed campaign's drafts on the next cron run", async () => {
    await cron();
    expect(await upkeepLine(2)).toEqual({ released: 0, releases: 0, draftsDeleted: 1 });
    expect(await counts()).toEqual({ waiting: 0, responses: k + 6, releases: 2, drafts: 0 });
  });
});

describe('the largest release on D1', { timeout: 300_000 }, () => {
  it('carries 2,000 waiting answers of the longest kind in one batch of one cron run', async () => {
    // A release on D1 opens at most 2,000 answers (server/reviews/release.ts). These are sealed here
    // as a submission seals them, with the longest comment JSON can write (500 lone surrogates, six
    // bytes each, seven once a release nests the answers in its JSON parameter), and go straight into
    // the pool, which is quicker than 2,000 submissions through workerd.
    const total = 2000;
    const key = await poolKey(devAnswerSecret);
    const [org] = await query<{ id: string }>('SELECT id FROM organizations');
    const occupations = ['machinist', 'welder', 'assembler'];
    const rows: string[] = [];
    for (let i = 0; i < total; i++) {
      const value = {
        segment: [
          ['organization', org!.id],
          ['occupation', occupations[i % occupations.length]],
        ],
        channel: 'printed',
        answers: { ...fullAnswers(seed.template), comment: '\ud800'.repeat(500) },
      };
      const sealed = await seal(key, JSON.stringify(value), sealedSize(workerVoiceV1), cryptoRandom);
      rows.push(`('${newId(cryptoRandom)}', '${seed.campaignId}', '${sealed}')`);
    }
    const file = join(worker.persistTo, '..', 'pool.sql');
    writeFileSync(
      file,
      rows.map((r) => `INSERT INTO pending_answers (id, campaign_id, sealed) VALUES ${r};`).join('\n'),
    );
    await runWrangler(['d1', 'execute', 'DB', '--local', '--persist-to', worker.persistTo, '--file', file], {
      timeoutMs: 240_000,
    });
    expect(await counts()).toMatchObject({ waiting: total, responses: k + 6, releases: 2 });

    await cron();
    // The campaign is closed, so this is a final release, as the close's would be.
    expect(await upkeepLine(3)).toEqual({ released: total, releases: 1, draftsDeleted: 0 });
    expect(await counts()).toEqual({ waiting: 0, responses: k + 6 + total, releases: 3, drafts: 0 });
    const [last] = await query(`SELECT released, final FROM releases WHERE released = ${total}`);
    expect(last).toEqual({ released: total, final: 1 });
  });
});
