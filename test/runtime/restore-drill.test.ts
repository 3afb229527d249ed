/**
 * The restore drill (issue 17): `npm start` serves the demo and a campaign, workers answer while
 * `npm run cli -- backup` runs, the backup is restored into a fresh server with the kept secrets, and
 * every table and every review must match; the waiting answers then release there. A backup taken in
 * the middle of a release holds all of it or none and finishes the release once restored. Backups
 * pass the forensic checks of test/privacy: no plaintext of drafts or of waiting answers in their
 * bytes, no free pages, and the linkage attack over a series of backups finds nothing.
 */
import Database from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Deps } from '../../server/deps.ts';
import { writeBackup } from '../../server/runtime/backup.ts';
import { restoreBackup } from '../../server/runtime/restore.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';
import { adminClient, makeTestApp, setUpAdmin, TestClient, type TestContext } from '../helpers/app.ts';
import { root as projectRoot, runCli } from '../helpers/cli.ts';
import {
  answersOf,
  attack,
  draftMarker,
  marker,
  markerRun,
  readSnapshot,
  type Snapshot,
} from '../helpers/forensic.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { closeAndRelease, releaseNow } from '../helpers/release.ts';
import { seedCampaign } from '../helpers/seed.ts';

const root = mkdtempSync(join(tmpdir(), 'sv-restore-drill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const secrets = {
  LINK_SECRET: 'drill-link-secret-0123456789abcdefghijkl',
  ANSWER_SECRET: 'drill-answer-secret-0123456789abcdefghij',
};

type Row = Record<string, unknown>;
/** Every table of a database file, each as its rows in a stable order. */
function tablesOf(path: string): Map<string, string[]> {
  const db = new Database(path, { readonly: true });
  try {
    const names = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return new Map(
      names.map((t) => [
        t,
        (db.prepare(`SELECT * FROM "${t}"`).all() as Row[]).map((r) => JSON.stringify(r)).sort(),
      ]),
    );
  } finally {
    db.close();
  }
}
const one = (path: string, sql: string, ...params: unknown[]) => {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare(sql)
      .pluck()
      .get(...params);
  } finally {
    db.close();
  }
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Every review of every partnership, as the API gives it. */
async function allReviews(admin: TestClient) {
  const out: Record<string, unknown> = {};
  const { partnerships } = (await admin.get('/api/partnerships')).json as { partnerships: { id: string }[] };
  for (const p of partnerships) {
    const { reviews } = (await admin.get(`/api/partnerships/${p.id}/reviews`)).json as {
      reviews: { period: string }[];
    };
    for (const r of reviews) {
      const got = await admin.get(`/api/partnerships/${p.id}/reviews/${r.period}`);
      expect(got.status).toBe(200);
      // Everything but the moment it was drawn.
      out[`${p.id}/${r.period}`] = JSON.parse(
        JSON.stringify(got.json.review, (k, v) => (k === 'generatedAt' ? undefined : v)),
      );
    }
  }
  expect(Object.keys(out).length).toBeGreaterThan(3);
  return out;
}

describe('the restore drill, through npm start', { timeout: 300_000 }, () => {
  let a: RunningServer;
  let b: RunningServer | null = null;
  const backup = join(root, 'drill', 'backup.db');
  const restoredPath = join(root, 'fresh', 'survey.db');
  let admin: TestClient;
  let campaignId = '';
  let reviewsBefore: Record<string, unknown> = {};
  let answeredDuring = 0;
  const as = (server: RunningServer) => {
    const c = new TestClient((path, init) => fetch(server.base + path, init));
    c.cookie = admin.cookie;
    c.csrf = admin.csrf;
    return c;
  };

  beforeAll(async () => {
    a = await startNodeServer(secrets);
    admin = await setUpAdmin(new TestClient((path, init) => fetch(a.base + path, init)));
    expect((await admin.post('/api/demo')).status).toBe(201);
    const seeded = await seedCampaign(admin, { workers: 40, orgs: 2, opensOn: day(-1), closesOn: day(30) });
    campaignId = seeded.campaignId;
    // Workers answer as anyone does, without a staff session.
    const worker = new TestClient((path, init) => fetch(a.base + path, init));
    const submit = (i: number) => worker.post(`/s/${seeded.tokens[i]}/submit`, { answers: answersOf(i) });
    for (let i = 0; i < 10; i++) expect((await submit(i)).status).toBe(200);
    // A draft typed and then submitted (deleted), and one left waiting: neither may be read in a backup.
    for (const i of [10, 11])
      expect(
        (
          await worker.post(`/s/${seeded.tokens[i]}/draft`, {
            answers: { comment: `${draftMarker(i)} typed` },
          })
        ).status,
      ).toBe(200);
    expect((await submit(10)).status).toBe(200);
    expect((await admin.post(`/api/campaigns/${campaignId}/release`)).status).toBe(200);
    for (let i = 12; i < 20; i++) expect((await submit(i)).status).toBe(200);
    reviewsBefore = await allReviews(admin);
    // Workers keep answering while the backup runs.
    const running = runCli(['backup', backup], { DATABASE_PATH: a.databasePath, ...secrets });
    let done = false;
    void running.then(() => (done = true));
    for (let i = 20; i < 40 && !done; i++) {
      expect((await submit(i)).status).toBe(200);
      answeredDuring++;
    }
    const r = await running;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it('took a consistent copy: every completed invitation is a response or a waiting answer', () => {
    expect(answeredDuring).toBeGreaterThan(0);
    const completed = one(
      backup,
      'SELECT count(*) FROM invitations WHERE campaign_id = ? AND completed = 1',
      campaignId,
    );
    const responses = one(backup, 'SELECT count(*) FROM responses WHERE campaign_id = ?', campaignId);
    const waiting = one(backup, 'SELECT count(*) FROM pending_answers WHERE campaign_id = ?', campaignId);
    expect(completed).toBeGreaterThanOrEqual(19);
    expect(Number(responses) + Number(waiting)).toBe(completed);
    expect(one(backup, 'PRAGMA integrity_check')).toBe('ok');
  });

  it('holds no draft and no waiting answer in its bytes, and no free pages', () => {
    const bytes = readFileSync(backup).toString('latin1');
    const found = new Set(bytes.match(markerRun) ?? []);
    const released = new Set(
      (
        new Database(backup, { readonly: true })
          .prepare('SELECT answers FROM responses')
          .pluck()
          .all() as string[]
      ).flatMap((t) => t.match(markerRun) ?? []),
    );
    expect(released.size).toBeGreaterThan(0);
    expect([...found].filter((m) => !released.has(m))).toEqual([]);
    expect(found.has(draftMarker(10))).toBe(false);
    expect(found.has(draftMarker(11))).toBe(false);
    expect(one(backup, 'PRAGMA freelist_count')).toBe(0);
  });

  it('restores into a fresh server with every table and every review the same', async () => {
    const r = await runCli(['restore', backup], { DATABASE_PATH: restoredPath, ...secrets });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/answer\(s\) wait for release/);
    const [taken, restored] = [tablesOf(backup), tablesOf(restoredPath)];
    expect([...restored.keys()]).toEqual([...taken.keys()]);
    for (const [table, rows] of taken) {
      if (table === 'audit_log' || table === 'sqlite_sequence') continue;
      expect(restored.get(table), table).toEqual(rows);
    }
    // The audit trail continues: the backup's entries, then the restore.
    const trail = restored.get('audit_log')!;
    const restores = trail.filter((r) => JSON.parse(r).action === 'backup.restore');
    expect(trail.filter((r) => !restores.includes(r))).toEqual(taken.get('audit_log'));
    expect(restores.map((r) => JSON.parse(r))).toMatchObject([{ actor: 'cli', action: 'backup.restore' }]);

    b = await startNodeServer({ ...secrets, DATABASE_PATH: restoredPath });
    // The admin's session was in the backup: the same browser is still signed in.
    expect(await allReviews(as(b))).toEqual(reviewsBefore);
  });

  it('releases the waiting answers there, with the ANSWER_SECRET kept apart', async () => {
    const waiting = Number(
      one(backup, 'SELECT count(*) FROM pending_answers WHERE campaign_id = ?', campaignId),
    );
    expect(waiting).toBeGreaterThan(0);
    const res = await as(b!).post(`/api/campaigns/${campaignId}/release`);
    expect(res.status).toBe(200);
    expect(res.json.release.released + res.json.release.waiting).toBe(waiting);
    expect(res.json.release.released).toBeGreaterThan(0);
  });
});

describe('backups taken while a release commits, and a series of them', { timeout: 300_000 }, () => {
  function fileApp(name: string) {
    const file = join(root, name, 'survey.db');
    const sqlite = openSqlite(file);
    const base = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const deps: Deps = { ...base.deps, db: sqlite.db, atomic: sqlite.atomic };
    return {
      ctx: { ...base, app: createApp(() => deps), deps, raw: sqlite.raw } as TestContext,
      sqlite,
      file,
    };
  }
  const post = async (ctx: TestContext, path: string, answers: object) =>
    (await new TestClient(ctx).post(path, { answers })).status;

  it('gives the linkage attack nothing, backup after backup', async () => {
    const { ctx, sqlite, file } = fileApp('series');
    const seeded = await seedCampaign(await adminClient(ctx), { workers: 12, orgs: 1, occupations: ['a'] });
    const snaps: Snapshot[] = [];
    const snap = async (label: string) => {
      const to = join(root, 'series-backups', `${String(snaps.length).padStart(3, '0')}.db`);
      const written = await writeBackup(file, to);
      expect(written.check).toBe('ok');
      expect(written.freePages).toBe(0);
      snaps.push(readSnapshot(to, label));
    };
    await snap('seeded');
    for (const [i, token] of seeded.tokens.slice(0, 11).entries()) {
      if (i % 4 === 0) {
        expect(await post(ctx, `/s/${token}/draft`, { comment: `${draftMarker(i)} typed` })).toBe(200);
        await snap(`draft of #${i}`);
      }
      expect(await post(ctx, `/s/${token}/submit`, answersOf(i))).toBe(200);
      await snap(`submission #${i}`);
      await releaseNow(ctx);
      await snap(`release after #${i}`);
    }
    await closeAndRelease(ctx, seeded.campaignId);
    await snap('close and final release');
    await sqlite.close();
    expect(attack(snaps)).toEqual([]);
    // Not vacuous: answers were released, and their markers are in the last backup's bytes.
    expect(snaps.at(-1)!.responses.size).toBeGreaterThanOrEqual(10);
    expect(snaps.at(-1)!.markers.has(marker(0))).toBe(true);
  });

  it('holds all of a release or none, and finishes it once restored', async () => {
    const { ctx, sqlite, file } = fileApp('mid');
    const seeded = await seedCampaign(await adminClient(ctx), { workers: 24, orgs: 2, minGroupSize: 5 });
    for (const [i, token] of seeded.tokens.slice(0, 20).entries())
      expect(await post(ctx, `/s/${token}/submit`, answersOf(i))).toBe(200);
    // The release spills its pages into the WAL before it commits (a small page cache), and the
    // backup command runs, as its own process, between the release's writes and their commit.
    sqlite.raw.pragma('cache_size = 4');
    const mid = join(root, 'mid-backup', 'backup.db');
    let printed = '';
    sqlite.raw.function('backup_now', () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/runtime/cli.ts', 'backup', mid], {
        cwd: projectRoot,
        env: { ...process.env, DATABASE_PATH: file, ...secrets },
        encoding: 'utf8',
      });
      printed = r.stdout + r.stderr;
      return r.status;
    });
    const backupNow = CompiledQuery.raw('SELECT backup_now()');
    const midway: Deps['atomic'] = (st) => sqlite.atomic([...st.slice(0, -1), backupNow, st.at(-1)!]);
    const [report] = await releaseNow({ deps: { ...ctx.deps, atomic: midway } });
    expect(printed).toContain('Check: ok');
    expect(report!.released).toBeGreaterThan(0);
    // The copy is the moment before the release: all twenty still wait, none is a response.
    expect(one(mid, 'SELECT count(*) FROM pending_answers')).toBe(20);
    expect(one(mid, 'SELECT count(*) FROM responses')).toBe(0);
    expect(one(mid, 'SELECT count(*) FROM releases')).toBe(0);
    // The live database finishes its release and closes the campaign.
    await closeAndRelease(ctx, seeded.campaignId);
    await sqlite.close();

    // Restored with the same secrets, the release happens again there, to the same counts.
    const restoredPath = join(root, 'mid-restored', 'survey.db');
    const restored = await restoreBackup(mid, restoredPath);
    expect(restored.check).toBe('ok');
    const again = fileApp('mid-restored');
    await releaseNow(again.ctx);
    await closeAndRelease(again.ctx, seeded.campaignId);
    await again.sqlite.close();
    expect(one(restoredPath, 'SELECT count(*) FROM responses')).toBeGreaterThan(0);
    expect(one(restoredPath, 'SELECT count(*) FROM responses')).toBe(
      one(file, 'SELECT count(*) FROM responses'),
    );
    expect(one(restoredPath, 'SELECT count(*) FROM pending_answers')).toBe(
      one(file, 'SELECT count(*) FROM pending_answers'),
    );
  });
});
