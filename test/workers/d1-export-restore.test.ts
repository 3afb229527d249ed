/**
 * A D1 export restores into the Node build (README, Backups): workerd with a local D1 serves a
 * partnership, a campaign and answers (some released, some waiting); `wrangler d1 export` writes it
 * as SQL; `npm run cli -- restore` loads that SQL into a Node SQLite file; every table holds the same
 * rows, and `npm start` on it serves the same review. And back: `backup --sql` of that Node database
 * loads into an empty local D1 with every row. The same migrations on both sides make it work.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers/cli.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { HttpClient } from './client.ts';
import { fullAnswers, seedWorker, type WorkerSeed } from './seed.ts';
import {
  devAnswerSecret,
  devLinkSecret,
  queryD1,
  runWrangler,
  startLocalWorker,
  type LocalWorker,
} from './wrangler.ts';

const tmp = mkdtempSync(join(tmpdir(), 'sv-d1-export-'));
const exported = join(tmp, 'export.sql');
const nodePath = join(tmp, 'node', 'survey.db');
let worker: LocalWorker;
let seed: WorkerSeed;
let node: RunningServer | null = null;
let reviewOnWorker: unknown;

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-d1-export-');
  seed = await seedWorker(worker.dev.url, 8);
  for (const token of seed.tokens.slice(0, 7)) {
    const res = await new HttpClient(worker.dev.url).post(`/s/${token}/submit`, {
      answers: fullAnswers(seed.template),
    });
    expect(res.status, res.text).toBe(200);
  }
  // Released now, then one more that waits in the sealed pool.
  expect((await seed.admin.post(`/api/campaigns/${seed.campaignId}/release`)).status).toBe(200);
  const last = await new HttpClient(worker.dev.url).post(`/s/${seed.tokens[7]}/submit`, {
    answers: fullAnswers(seed.template),
  });
  expect(last.status).toBe(200);
  reviewOnWorker = (await seed.admin.get(`/api/partnerships/${seed.partnershipId}/reviews/PY2026-Q2`)).json
    .review;
  await exportLocal(worker.persistTo, exported);
}, 300_000);

afterAll(async () => {
  await node?.stop();
  await worker?.stop();
  rmSync(tmp, { recursive: true, force: true });
}, 60_000);

/**
 * `wrangler d1 export --local` takes no --persist-to: it reads the project's .wrangler/state. So a
 * project folder of its own, with the same wrangler.toml and its state pointing at the test's D1.
 */
async function exportLocal(persistTo: string, output: string) {
  const project = join(tmp, 'project');
  mkdirSync(join(project, '.wrangler'), { recursive: true });
  copyFileSync(join(root, 'wrangler.toml'), join(project, 'wrangler.toml'));
  symlinkSync(persistTo, join(project, '.wrangler', 'state'));
  await runWrangler([
    'd1',
    'export',
    'DB',
    '--local',
    '--config',
    join(project, 'wrangler.toml'),
    '--output',
    output,
  ]);
}

const withoutMoment = (review: unknown) =>
  JSON.parse(JSON.stringify(review, (k, v) => (k === 'generatedAt' ? undefined : v)));

describe('a D1 export in the Node build', { timeout: 240_000 }, () => {
  it('is SQL holding the migrations table, and restores into a checked SQLite file', async () => {
    expect(readFileSync(exported, 'utf8')).toMatch(/CREATE TABLE d1_migrations/);
    const r = await runCli(['restore', exported], { DATABASE_PATH: nodePath });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Restored ${exported} into ${nodePath}.`);
    expect(r.stdout).toContain('No migration was needed');
    expect(existsSync(nodePath)).toBe(true);
  });

  it('holds every row of every table the D1 held', async () => {
    const db = new Database(nodePath, { readonly: true });
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    const counts = Object.fromEntries(
      tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]),
    );
    const rowsOf = (t: string) =>
      (db.prepare(`SELECT * FROM "${t}"`).all() as object[]).map((r) => JSON.stringify(r)).sort();
    // One query for every table's count on D1; the restore itself added one audit entry.
    const [onD1] = await queryD1<Record<string, number>>(
      worker.persistTo,
      `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`,
    );
    expect({ ...counts, audit_log: counts.audit_log! - 1 }).toEqual(onD1);
    expect(counts.responses).toBe(7);
    expect(counts.pending_answers).toBe(1);
    for (const t of ['responses', 'invitations', 'contacts', 'pending_answers', 'rollup_counts'])
      expect(rowsOf(t), t).toEqual(
        (await queryD1<object>(worker.persistTo, `SELECT * FROM "${t}"`))
          .map((r) => JSON.stringify(r))
          .sort(),
      );
    db.close();
  });

  it('serves the same review from npm start, and opens the waiting answer with the same secret', async () => {
    node = await startNodeServer({
      DATABASE_PATH: nodePath,
      LINK_SECRET: devLinkSecret,
      ANSWER_SECRET: devAnswerSecret,
    });
    const admin = new HttpClient(node.base);
    admin.cookie = seed.admin.cookie;
    admin.csrf = seed.admin.csrf;
    const review = (await admin.get(`/api/partnerships/${seed.partnershipId}/reviews/PY2026-Q2`)).json.review;
    expect(withoutMoment(review)).toEqual(withoutMoment(reviewOnWorker));
    const released = await admin.post(`/api/campaigns/${seed.campaignId}/release`);
    expect(released.status).toBe(200);
    expect(released.json.release.released + released.json.release.waiting).toBe(1);
  });

  it('goes back: `backup --sql` of the Node database loads into an empty local D1 with every row', async () => {
    const dump = join(tmp, 'from-node.sql');
    const r = await runCli(['backup', '--sql', dump], { DATABASE_PATH: nodePath });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const fresh = join(tmp, 'fresh-d1');
    await runWrangler(['d1', 'execute', 'DB', '--local', '--persist-to', fresh, '--file', dump]);
    const db = new Database(nodePath, { readonly: true });
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    const counts = Object.fromEntries(
      tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]),
    );
    const responses = (db.prepare('SELECT * FROM responses').all() as object[])
      .map((x) => JSON.stringify(x))
      .sort();
    db.close();
    const [onD1] = await queryD1<Record<string, number>>(
      fresh,
      `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`,
    );
    // The dump is the moment before its own audit entry.
    expect(onD1).toEqual({ ...counts, audit_log: counts.audit_log! - 1 });
    expect(counts.responses).toBeGreaterThanOrEqual(7);
    expect(
      (await queryD1<object>(fresh, 'SELECT * FROM responses')).map((x) => JSON.stringify(x)).sort(),
    ).toEqual(responses);
  });
});
