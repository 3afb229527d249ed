/**
 * Deleted is not gone (issue 11): someone who copies the database file and its WAL, at any moment,
 * must find no trace of what a worker typed into a draft. The app runs over a real file here, since
 * an in-memory database has no WAL and no free pages to leak from.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Deps } from '../../server/deps.ts';
import { openSqlite, type SqliteHandle } from '../../server/runtime/sqlite.ts';
import { getTemplate } from '../../surveys/index.ts';
import { adminClient, makeTestApp, type TestContext } from '../helpers/app.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { seedCampaign } from '../helpers/seed.ts';

const def = getTemplate('worker-voice')!;
const typed = 'Quokka-7731 my supervisor Juan Perez yells at the night shift';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

/** The test app over a database file in a fresh folder. */
function fileApp() {
  const dir = mkdtempSync(join(tmpdir(), 'sv-drafts-on-disk-'));
  const file = join(dir, 'survey.db');
  const sqlite: SqliteHandle = openSqlite(file);
  const base = makeTestApp();
  const deps: Deps = { ...base.deps, db: sqlite.db, atomic: sqlite.atomic };
  const app = createApp(() => deps);
  cleanup = async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  };
  /** Every byte an attacker copying the files would get: the main file and the WAL beside it. */
  const files = () =>
    [file, `${file}-wal`].filter(existsSync).map((path) => ({ path, bytes: readFileSync(path) }));
  return { ctx: { ...base, app, deps, raw: sqlite.raw } as TestContext, sqlite, files };
}

const post = (ctx: TestContext, path: string, body: string, type: string) =>
  ctx.app.request(path, { method: 'POST', headers: { 'content-type': type }, body });

describe('a draft on disk', () => {
  it('leaves no plaintext in the database file or its WAL, before or after the submission', async () => {
    const { ctx, sqlite, files } = fileApp();
    const { tokens } = await seedCampaign(await adminClient(ctx), { workers: 3 });
    const token = tokens[0]!;
    // Saved through both routes: the island's autosave and the plain form of the comment's section.
    const draft = JSON.stringify({ answers: { pay_fair: 2, comment: typed } });
    expect((await post(ctx, `/s/${token}/draft`, draft, 'application/json')).status).toBe(200);
    const form = new URLSearchParams({
      comment: `${typed} (again)`,
      _step: '5',
      _lang: 'en',
      _action: 'save',
    });
    expect(
      (await post(ctx, `/s/${token}`, form.toString(), 'application/x-www-form-urlencoded')).status,
    ).toBe(200);
    const { id, sealed } = sqlite.raw.prepare('SELECT id, sealed FROM sealed_drafts').get() as {
      id: string;
      sealed: string;
    };

    const grep = (needle: string) =>
      files()
        .filter(({ bytes }) => bytes.includes(Buffer.from(needle, 'utf8')))
        .map(({ path }) => path);
    expect(grep('Quokka')).toEqual([]);

    // Submitted answers of its own (released later, not this test's concern) and the draft deleted.
    const sent = JSON.stringify({ answers: validAnswers(def, seededRandom(11)) });
    expect((await post(ctx, `/s/${token}/submit`, sent, 'application/json')).status).toBe(200);
    expect(sqlite.raw.prepare('SELECT count(*) AS n FROM sealed_drafts').get()).toEqual({ n: 0 });
    expect(grep('Quokka')).toEqual([]);

    // Once the WAL is folded into the main file, secure_delete has zeroed even the sealed bytes.
    // The background checkpointer (a worker thread) may hold the WAL for a moment on a busy machine.
    let folded: unknown;
    for (let i = 0; i < 100; i++) {
      folded = sqlite.raw.pragma('wal_checkpoint(TRUNCATE)');
      if ((folded as { busy: number }[])[0]!.busy === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(folded).toEqual([{ busy: 0, log: 0, checkpointed: 0 }]);
    expect(grep('Quokka')).toEqual([]);
    expect(grep(sealed.slice(100, 160))).toEqual([]);
    expect(grep(id)).toEqual([]);
  });

  it('runs the connection with secure_delete on', () => {
    const { sqlite } = fileApp();
    expect(sqlite.raw.pragma('secure_delete', { simple: true })).toBe(1);
  });
});
