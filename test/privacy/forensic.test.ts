/**
 * Snapshots of the database do not link (issue 11). The attacker holds byte copies of the database
 * file and its WAL, taken while the app runs (a backup, a D1 Time Travel restore point) before and
 * after every draft, submission and release; never ANSWER_SECRET, never a link token. From those bytes
 * alone they try to say "invitation X gave response R", and must do no better than 1 in k.
 */
import Database from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Deps } from '../../server/deps.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';
import { adminClient, makeTestApp, TestClient, type TestContext } from '../helpers/app.ts';
import { seededRandom } from '../helpers/answers.ts';
import { closeAndRelease, releaseNow } from '../helpers/release.ts';
import { seedCampaign } from '../helpers/seed.ts';
import {
  answersOf,
  attack,
  copyFiles,
  draftMarker,
  k,
  marker,
  markerRun,
  readSnapshot,
  type Row,
  type Snapshot,
} from '../helpers/forensic.ts';

const root = mkdtempSync(join(tmpdir(), 'sv-forensic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fileApp(name: string, now: string) {
  const file = join(root, name, 'survey.db');
  const sqlite = openSqlite(file); // checkpointer included: a worker thread backfills as in production
  const base = makeTestApp({ now });
  const deps: Deps = { ...base.deps, db: sqlite.db, atomic: sqlite.atomic };
  return { ctx: { ...base, app: createApp(() => deps), deps, raw: sqlite.raw } as TestContext, sqlite, file };
}

const post = async (ctx: TestContext, path: string, answers: object) =>
  (await new TestClient(ctx).post(path, { answers })).status;

/** Copies of the live file and WAL into numbered folders, each read at once as the attacker would. */
function recorder(file: string, name: string) {
  const snaps: Snapshot[] = [];
  const snap = (label: string) => {
    const path = join(root, name, String(snaps.length).padStart(3, '0'), 'survey.db');
    copyFiles(file, path);
    snaps.push(readSnapshot(path, label));
  };
  return { snaps, snap };
}

let snaps: Snapshot[] = [];
const submitted: { contactId: string; marker: string; at: number }[] = []; // the truth, which the attacker lacks

beforeAll(async () => {
  const { ctx, sqlite, file } = fileApp('live', '2026-08-10T14:00:00Z');
  // Three employers and two occupations cross into six groups of five.
  const occupations = ['machinist', 'welder'];
  const seeded = await seedCampaign(await adminClient(ctx), { workers: 30, orgs: 3, occupations });
  const rec = recorder(file, 'live-snaps');
  snaps = rec.snaps;
  rec.snap('seeded');
  const rand = seededRandom(2026);
  const shuffled = [...seeded.tokens.keys()].sort(() => rand() - 0.5);
  // The first twenty by employer (worker i works at employer i % 3), so some releases keep a tag.
  const order = [...shuffled.slice(0, 20).sort((a, b) => (a % 3) - (b % 3)), ...shuffled.slice(20)];
  for (const [n, i] of order.entries()) {
    ctx.clock.advance(7 * 3_600_000 + n * 60_000); // over about nine days
    const token = seeded.tokens[i]!;
    if (n % 3 === 0 || n === 29) {
      const draft = { pay_fair: 1 + (i % 5), comment: `${draftMarker(i)} my lead is unfair` };
      expect(await post(ctx, `/s/${token}/draft`, draft)).toBe(200);
      rec.snap(`draft of #${n}`);
    }
    if (n >= 28) continue; // two never submit, one of them leaving a draft behind
    expect(await post(ctx, `/s/${token}/submit`, answersOf(i))).toBe(200);
    rec.snap(`submission #${n}`);
    submitted.push({ contactId: seeded.links[i]!.contactId, marker: marker(i), at: snaps.length - 1 });
    await releaseNow(ctx);
    rec.snap(`release after #${n}`);
  }
  ctx.clock.advance(86_400_000);
  await closeAndRelease(ctx, seeded.campaignId);
  rec.snap('close and final release');
  await sqlite.close();
}, 60_000);

const addedAt = (n: number) =>
  [...snaps[n]!.responses].filter(([id]) => !snaps[n - 1]?.responses.has(id)).map(([, r]) => r);

describe('copies of the database file and its WAL', () => {
  it('link no response to an invitation, however they are diffed', () => {
    // The attacker sees each submission's invitation complete, and nothing else that is theirs.
    for (const { contactId, at } of submitted) {
      const newly = [...snaps[at]!.completed].filter(([id]) => !snaps[at - 1]!.completed.has(id));
      expect(newly.map(([, c]) => c.contactId)).toEqual([contactId]);
      expect(addedAt(at)).toEqual([]);
    }
    expect(attack(snaps)).toEqual([]);
    // Not vacuous: answers were released during the campaign, and in the end every released marker
    // is in the bytes (and no draft's), so their absence before is the seal's doing.
    const last = snaps.at(-1)!;
    expect(last.responses.size).toBe(25);
    expect(snaps.filter((_, n) => addedAt(n).length > 0).length).toBe(5);
    expect(last.markers).toEqual(
      new Set([...last.responses.values()].map((r) => r.answers.match(markerRun)![0])),
    );
  });

  it('show pool rows of one size, fresh response ids in no order but their own, one day a release', () => {
    expect(new Set(snaps.flatMap((s) => [...s.pool.values()].map((v) => v.length))).size).toBe(1);
    const poolIds = new Set(snaps.flatMap((s) => [...s.pool.keys()]));
    const db = new Database(snaps.at(-1)!.path, { readonly: true });
    expect(() => db.prepare('SELECT rowid FROM responses').all()).toThrow();
    // Read in physical order (the WITHOUT ROWID b-tree itself, no index): id order, and not the
    // order people answered in, so page layout keeps no insertion order.
    const physical = db.prepare('SELECT id, answers FROM responses NOT INDEXED').all() as Row[];
    db.close();
    expect(physical.map((r) => r.id)).toEqual([...snaps.at(-1)!.responses.keys()].sort());
    for (const { id } of physical) expect(poolIds.has(id)).toBe(false);
    const seq = physical.map((r) => submitted.findIndex((s) => r.answers.includes(s.marker)));
    expect(seq).toHaveLength(25);
    expect(seq).not.toEqual([...seq].sort((a, b) => a - b));
    snaps.forEach((_, n) => {
      const days = addedAt(n).map((r) => r.day);
      if (days.length === 0) return;
      expect(days.length).toBeGreaterThanOrEqual(k);
      expect(new Set(days).size).toBe(1);
      expect(days[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  it('keep no deleted pool row in the main file once the WAL is checkpointed', () => {
    const gone = new Set<string>();
    snaps.forEach((s, n) => {
      if (n === 0 || s.pool.size >= snaps[n - 1]!.pool.size) return;
      for (const [id, sealed] of snaps[n - 1]!.pool) if (!s.pool.has(id)) gone.add(sealed);
      // secure_delete zeroes deleted cells and freed overflow pages in the page images themselves, so
      // a checkpoint (of a scratch copy here, as the checkpointer would do live) carries the zeros into
      // the main file. Until then, and until the WAL is overwritten, older page images in the WAL (and
      // the not yet checkpointed main file) still hold deleted rows: that is why a pool row is sealed.
      const scratch = join(root, 'checkpointed', String(n), 'survey.db');
      copyFiles(s.path, scratch);
      const db = new Database(scratch);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      const main = readFileSync(scratch).toString('latin1');
      for (const sealed of gone) expect(main.includes(sealed.slice(200, 264))).toBe(false);
    });
    expect(gone.size).toBe(25);
  });

  it('would be linked by the same attack if the product were careless', () => {
    const careless = (at: number, sql: string) => {
      const path = join(root, 'careless', String(at), 'survey.db');
      copyFiles(snaps[at]!.path, path);
      const db = new Database(path);
      db.exec(sql);
      db.close();
      return snaps.map((s, n) => (n === at ? readSnapshot(path, `careless ${s.label}`) : s));
    };
    const plainDraft = careless(
      snaps.findIndex((s) => s.label.startsWith('draft')),
      `INSERT INTO sealed_drafts (id, campaign_id, sealed, saved_on)
       SELECT 'd', id, '{"comment":"${draftMarker(99)} in plain text"}', '2026-08-10' FROM campaigns`,
    );
    expect(attack(plainDraft).some((f) => f.includes(draftMarker(99)))).toBe(true);
    // A response written at the submission itself, as before issue 11.
    const { at } = submitted[3]!;
    const [, { segment }] = [...snaps[at]!.completed].find(([id]) => !snaps[at - 1]!.completed.has(id))!;
    const immediate = careless(
      at,
      `INSERT INTO responses (id, campaign_id, template_id, template_version, submitted_on, segment, answers)
       SELECT 'r', id, template_id, 1, '2026-08-11', '${JSON.stringify(segment)}', '{}' FROM campaigns`,
    );
    expect(attack(immediate)).toContain('careless submission #3: 1 responses of 2026-08-11');
    // Releases tagging each response with its author's whole segment instead of a shared prefix.
    const fine = submitted.map(({ contactId, marker }) => {
      const { segment } = [...snaps.at(-1)!.completed.values()].find((c) => c.contactId === contactId)!;
      return `UPDATE responses SET segment = '${JSON.stringify(segment)}' WHERE answers LIKE '%${marker}%';`;
    });
    const fineTags = careless(snaps.length - 1, fine.join('\n'));
    expect(attack(fineTags).filter((f) => f.startsWith('response ')).length).toBeGreaterThan(0);
  });
});

// Found by this attack and fixed: a release writes the answers it leaves waiting again under new ids
// and seals, and a group too small to record is dropped from the stored answers, so the one answer
// held back through a release is no longer singled out when it finally goes.
describe('an answer held back through a release', () => {
  it('is not singled out when it finally goes, by its pool row or its stored answer', async () => {
    const { ctx, sqlite, file } = fileApp('held', '2026-08-10T14:00:00Z');
    const seeded = await seedCampaign(await adminClient(ctx), { workers: 10, orgs: 1, occupations: ['a'] });
    const { snaps: held, snap } = recorder(file, 'held-snaps');
    snap('seeded');
    for (const [i, token] of seeded.tokens.entries()) {
      const answers = { ...answersOf(i), shift: i === 0 ? 'night' : 'day' };
      expect(await post(ctx, `/s/${token}/submit`, answers)).toBe(200);
      snap(`submission #${i}`);
      await releaseNow(ctx);
      snap(`release after #${i}`);
    }
    await closeAndRelease(ctx, seeded.campaignId);
    snap('close and final release');
    await sqlite.close();
    // The night-shift worker answers first. Their answer stays when the five day-shift answers after
    // them are released, and goes at the close with four more. Before the fix its pool row kept its id
    // (so the attacker knew whose answer was held back) and its response kept "night" (so the attacker
    // knew which response it became).
    const last = held.at(-1)!;
    const itsResponse = [...last.responses].find(([, r]) => r.answers.includes(marker(0)))![1];
    expect(itsResponse.answers).not.toContain('night');
    expect(attack(held)).toEqual([]);
  });
});

describe('a copy taken while a release commits', () => {
  it('holds all of the release or none of it', async () => {
    const { ctx, sqlite, file } = fileApp('mid', '2026-08-10T14:00:00Z');
    const seeded = await seedCampaign(await adminClient(ctx), { workers: 24, orgs: 2, minGroupSize: k });
    for (const [i, token] of seeded.tokens.slice(0, 20).entries()) {
      expect(await post(ctx, `/s/${token}/submit`, answersOf(i))).toBe(200);
    }
    // A small page cache makes the release spill its pages into the WAL before it commits, so the
    // copy holds frames of a transaction that has not committed (the hard case for a reader).
    sqlite.raw.pragma('cache_size = 4');
    const plain = join(root, 'mid-copy', 'plain.db');
    const vacuumed = join(root, 'mid-copy', 'vacuumed.db');
    sqlite.raw.function('forensic_copy', () => {
      // Mid-transaction, from this thread: a plain copy of file then WAL, and VACUUM INTO from a
      // second connection (which reads the last committed state). The writer holds the write lock,
      // so the WAL cannot restart between the two file copies; a backup taken by another process
      // at an arbitrary moment has no such guarantee (a checkpoint and a restart between its two
      // copies tear it), which is why backups should use VACUUM INTO or the backup API.
      copyFiles(file, plain);
      const other = new Database(file, { readonly: true });
      other.exec(`VACUUM INTO '${vacuumed}'`);
      other.close();
      return 0;
    });
    const copyNow = CompiledQuery.raw('SELECT forensic_copy()'); // before the pool rows' deletion
    const midway: Deps['atomic'] = (st) => sqlite.atomic([...st.slice(0, -1), copyNow, st.at(-1)!]);
    const [report] = await releaseNow({ deps: { ...ctx.deps, atomic: midway } });
    expect(report!.released).toBeGreaterThanOrEqual(2 * k);
    for (const path of [plain, vacuumed]) {
      const copy = readSnapshot(path, path);
      expect([copy.responses.size, copy.pool.size]).toEqual([0, 20]);
      const db = new Database(path, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
    // The plain copy's WAL may hold some of the release's pages, plaintext included, in frames with no
    // commit yet (how many spill depends on the page cache and the machine): a reader ignores them, and
    // a moment later they commit as they are (the same answers, at least k of them).
    copyFiles(file, join(root, 'mid-copy', 'after.db'));
    const done = readSnapshot(join(root, 'mid-copy', 'after.db'), 'after');
    expect([done.responses.size, done.pool.size]).toEqual([report!.released, 20 - report!.released]);
    await sqlite.close();
  }, 30_000);
});
