/**
 * Group commit behind the atomic port: calls made together share one transaction, yet each keeps the
 * port's contract (its statements all or none) and learns its own outcome.
 */
import Database from 'better-sqlite3';
import { CompiledQuery, Kysely } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionLock } from '../../server/runtime/connection-lock.ts';
import { groupCommit } from '../../server/runtime/group-commit.ts';
import { CachedSqliteDialect } from '../../server/runtime/sqlite-dialect.ts';
import { StatementCache } from '../../server/runtime/statement-cache.ts';

const q = (text: string, ...parameters: unknown[]) => CompiledQuery.raw(text, parameters);
const insert = (id: number, name = `n${id}`) => q('INSERT INTO t (id, name) VALUES (?, ?)', id, name);

interface Tables {
  t: { id: number; name: string };
}

function open(path = ':memory:') {
  const raw = new Database(path);
  raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  raw.exec('CREATE TABLE pending (token TEXT PRIMARY KEY, done INTEGER NOT NULL DEFAULT 0)');
  const cache = new StatementCache(raw);
  const lock = new ConnectionLock();
  const db = new Kysely<Tables>({ dialect: new CachedSqliteDialect(cache, lock, () => raw.close()) });
  return { raw, db, atomic: groupCommit(raw, cache, lock) };
}

const ids = (raw: Database.Database) =>
  (raw.prepare('SELECT id FROM t ORDER BY id').all() as { id: number }[]).map((r) => r.id);

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('groupCommit', () => {
  it('gives every call its own results', async () => {
    const { raw, atomic } = open();
    const [a, b, c] = await Promise.all([
      atomic([insert(1), insert(2)]),
      atomic([q('UPDATE t SET name = ? WHERE id < ?', 'x', 100)]),
      atomic([q('SELECT * FROM t'), q('DELETE FROM t WHERE id = ?', 42)]),
    ]);
    expect(a).toEqual([{ numChangedRows: 1 }, { numChangedRows: 1 }]);
    // Calls run in order, each seeing the ones before it: the update finds both rows.
    expect(b).toEqual([{ numChangedRows: 2 }]);
    // A statement that returns rows reports how many it returned.
    expect(c).toEqual([{ numChangedRows: 2 }, { numChangedRows: 0 }]);
    expect(ids(raw)).toEqual([1, 2]);
    expect(await atomic([])).toEqual([]);
  });

  it('rolls back only the call that failed, all of it, and rejects it with its own error', async () => {
    const { raw, atomic } = open();
    await atomic([insert(1)]);
    const outcomes = await Promise.allSettled([
      atomic([insert(2)]),
      // Its first statement succeeds, its second collides with row 1: neither may stay.
      atomic([insert(3), insert(1)]),
      atomic([insert(4)]),
      atomic([q('INSERT INTO t (id, name) VALUES (?, NULL)', 5)]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed: t\.id/);
    expect(String((outcomes[3] as PromiseRejectedResult).reason)).toMatch(
      /NOT NULL constraint failed: t\.name/,
    );
    expect(ids(raw)).toEqual([1, 2, 4]);
    expect(raw.inTransaction).toBe(false);
  });

  it('recovers when a failure makes SQLite abandon the whole group', async () => {
    const { raw, atomic } = open();
    await atomic([insert(1)]);
    // OR ROLLBACK undoes the entire transaction, so the calls before it in the group are undone too;
    // they are run again on their own and must end up stored, and reported as such.
    const outcomes = await Promise.allSettled([
      atomic([insert(2)]),
      atomic([q('INSERT OR ROLLBACK INTO t (id, name) VALUES (?, ?)', 1, 'dup')]),
      atomic([insert(3)]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(ids(raw)).toEqual([1, 2, 3]);
  });

  it('fails only the caller whose statement cannot even be compiled', async () => {
    const { raw, atomic } = open();
    const broken = {
      compile: () => {
        throw new Error('cannot build');
      },
    } as never;
    const outcomes = await Promise.allSettled([atomic([insert(1)]), atomic([broken]), atomic([insert(2)])]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(ids(raw)).toEqual([1, 2]);
  });

  it('keeps guarded writes single-use when calls for one token share a group', async () => {
    const { raw, atomic } = open();
    raw.prepare('INSERT INTO pending (token) VALUES (?)').run('tok');
    const submit = (id: number) =>
      atomic([
        q(
          'INSERT INTO t (id, name) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM pending WHERE token = ? AND done = 0)',
          id,
          'r',
          'tok',
        ),
        q('UPDATE pending SET done = 1 WHERE token = ? AND done = 0', 'tok'),
      ]);
    const results = await Promise.all([1, 2, 3].map(submit));
    expect(results.map((r) => r[1]!.numChangedRows)).toEqual([1, 0, 0]);
    expect(ids(raw)).toEqual([1]);
  });

  it('waits for a Kysely transaction to end, so its rollback cannot undo a committed call', async () => {
    const { raw, db, atomic } = open();
    let stored: Promise<unknown> | undefined;
    const failed = db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ id: 1, name: 'in the transaction' }).execute();
      stored = atomic([insert(2)]);
      await new Promise((resolve) => setImmediate(resolve)); // the group's turn would come now
      throw new Error('roll back');
    });
    await expect(failed).rejects.toThrow('roll back');
    expect(await stored).toEqual([{ numChangedRows: 1 }]);
    expect(ids(raw)).toEqual([2]);
  });

  it('commits calls made together once: a page they all touch goes to the WAL once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sv-group-'));
    const { raw, atomic } = open(join(dir, 'g.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('wal_autocheckpoint = 0');
    const walFrames = () => (raw.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
    raw.pragma('wal_checkpoint(TRUNCATE)');

    // Ten calls one after the other: ten commits, each writing the table's one page.
    for (let id = 1; id <= 10; id++) await atomic([insert(id)]);
    const apart = walFrames();
    raw.pragma('wal_checkpoint(TRUNCATE)');

    // Ten calls made together: one commit.
    await Promise.all(Array.from({ length: 10 }, (_, i) => atomic([insert(11 + i)])));
    const together = walFrames();
    expect(apart).toBe(10);
    expect(together).toBe(1);
    expect(ids(raw)).toHaveLength(20);
    raw.close();
  });
});
