/**
 * WAL checkpoints from a worker thread: the server's connection no longer checkpoints, committed
 * pages still reach the database file in the background, and closing leaves no WAL behind.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../server/runtime/checkpointer.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';
import Database from 'better-sqlite3';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const waitFor = async (check: () => boolean, ms = 5000) => {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
};

describe('checkpointer', () => {
  it('moves committed pages into the database file while the server connection never checkpoints', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sv-ckpt-'));
    const path = join(dir, 'db.sqlite');
    const handle = openSqlite(path);
    // The writer checkpoints only at a high mark of its own (see the next test).
    expect(handle.raw.pragma('wal_autocheckpoint', { simple: true })).toBe(5000);
    handle.raw.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, data TEXT NOT NULL)');
    const before = statSync(path).size;
    const insert = handle.raw.prepare('INSERT INTO blobs (data) VALUES (?)');
    handle.raw.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run('x'.repeat(1000));
    })();
    expect(await waitFor(() => statSync(path).size > before + 1_500_000)).toBe(true);
    await handle.close();
    // The last connection to close checkpoints the rest and removes the WAL.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const reopened = new Database(path, { readonly: true });
    expect(reopened.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 2000 });
    reopened.close();
  });

  it('keeps the WAL from growing under a steady stream of small commits', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sv-ckpt-'));
    const path = join(dir, 'db.sqlite');
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, data TEXT NOT NULL)');
    const worker = startCheckpointer(raw, path, { everyMs: 5, walPages: 100 });
    const insert = raw.prepare('INSERT INTO blobs (data) VALUES (?)');
    // ~6,000 WAL frames in all: without the writer's own checkpoint the WAL would keep every one.
    for (let i = 0; i < 3000; i++) {
      insert.run('x'.repeat(2000));
      // A pause now and then, as between requests: on a loaded machine the worker needs a moment.
      if (i % 100 === 0) await new Promise((r) => setTimeout(r, 10));
    }
    expect(statSync(`${path}-wal`).size).toBeLessThan(1000 * 4096);
    await worker.stop();
    // Stopped on purpose: the setting stays as the owner, who is closing, left it.
    expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBe(100);
    raw.close();
  });

  it("gives the connection SQLite's automatic checkpoints back if the worker dies", async () => {
    dir = mkdtempSync(join(tmpdir(), 'sv-ckpt-'));
    const path = join(dir, 'db.sqlite');
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    startCheckpointer(raw, join(dir, 'missing-dir', 'db.sqlite'));
    // The worker cannot open its database and dies: the connection must checkpoint again itself.
    expect(await waitFor(() => raw.pragma('wal_autocheckpoint', { simple: true }) === 1000)).toBe(true);
    raw.close();
  });
});
