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
    expect(handle.raw.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
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

  it('gives the connection its automatic checkpoints back if the worker stops', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sv-ckpt-'));
    const raw = new Database(join(dir, 'db.sqlite'));
    raw.pragma('journal_mode = WAL');
    const worker = startCheckpointer(raw, join(dir, 'db.sqlite'));
    expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await worker.stop();
    // Stopped on purpose: nothing to restore, the owner is closing.
    expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    raw.close();
  });
});
