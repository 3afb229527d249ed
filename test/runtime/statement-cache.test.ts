/**
 * The statement cache and the Kysely dialect over it: statements are prepared once per SQL text,
 * results stay right when a cached statement is reused (or still busy), and the connection lock
 * still keeps other queries out of a Kysely transaction.
 */
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ConnectionLock } from '../../server/runtime/connection-lock.ts';
import { CachedSqliteDialect } from '../../server/runtime/sqlite-dialect.ts';
import { StatementCache, runCounted } from '../../server/runtime/statement-cache.ts';

interface Db {
  t: { id: number; name: string };
}

function open(capacity?: number) {
  const raw = new Database(':memory:');
  raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  const cache = new StatementCache(raw, capacity);
  const db = new Kysely<Db>({
    dialect: new CachedSqliteDialect(cache, new ConnectionLock(), () => raw.close()),
  });
  return { raw, cache, db };
}

describe('StatementCache', () => {
  it('prepares a SQL text once and hands back the same statement after', () => {
    const { cache } = open();
    const a = cache.prepare('SELECT 1 AS x');
    expect(cache.prepare('SELECT 1 AS x')).toBe(a);
    expect(cache.prepare('SELECT 2 AS x')).not.toBe(a);
    expect(cache.size).toBe(2);
  });

  it('keeps at most its capacity, dropping the least recently used text', () => {
    const { cache } = open(2);
    const one = cache.prepare('SELECT 1');
    cache.prepare('SELECT 2');
    cache.prepare('SELECT 1'); // now the most recently used
    cache.prepare('SELECT 3'); // pushes out SELECT 2
    expect(cache.size).toBe(2);
    expect(cache.prepare('SELECT 1')).toBe(one);
    const two = cache.prepare('SELECT 2');
    expect(cache.prepare('SELECT 2')).toBe(two);
  });

  it('gives a fresh statement while the cached one is still being iterated', () => {
    const { raw, cache } = open();
    raw.exec("INSERT INTO t (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    const text = 'SELECT name FROM t WHERE id >= ? ORDER BY id';
    const iterating = cache.prepare(text).iterate(1);
    expect(iterating.next().value).toEqual({ name: 'a' });
    expect(cache.prepare(text).all(2)).toEqual([{ name: 'b' }, { name: 'c' }]);
    expect([...iterating]).toEqual([{ name: 'b' }, { name: 'c' }]);
  });

  it('binds each run afresh: a reused statement never keeps the last values', () => {
    const { raw, cache } = open();
    const insert = { sql: 'INSERT INTO t (id, name) VALUES (?, ?)' };
    expect(runCounted(cache, { ...insert, parameters: [1, 'a'] })).toEqual({ numChangedRows: 1 });
    expect(runCounted(cache, { ...insert, parameters: [2, 'b'] })).toEqual({ numChangedRows: 1 });
    expect(runCounted(cache, { sql: 'SELECT * FROM t', parameters: [] })).toEqual({ numChangedRows: 2 });
    expect(raw.prepare('SELECT * FROM t ORDER BY id').all()).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
    ]);
  });
});

describe('CachedSqliteDialect', () => {
  it('runs Kysely queries on cached statements with the right results', async () => {
    const { db, cache } = open();
    for (const [id, name] of [
      [1, 'a'],
      [2, 'b'],
    ] as const) {
      const res = await db.insertInto('t').values({ id, name }).executeTakeFirst();
      expect(res.insertId).toBe(BigInt(id));
      expect(res.numInsertedOrUpdatedRows).toBe(1n);
    }
    const size = cache.size;
    for (const id of [1, 2, 1]) {
      const row = await db.selectFrom('t').select('name').where('id', '=', id).executeTakeFirst();
      expect(row?.name).toBe(id === 1 ? 'a' : 'b');
    }
    // Three selects of one shape added one statement.
    expect(cache.size).toBe(size + 1);
    const updated = await db.updateTable('t').set({ name: 'z' }).where('id', '>', 0).executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(2n);
  });

  it('streams a select, and runs the same query normally afterwards', async () => {
    const { db } = open();
    await db
      .insertInto('t')
      .values([1, 2, 3].map((id) => ({ id, name: `n${id}` })))
      .execute();
    const query = db.selectFrom('t').select('id').orderBy('id');
    const streamed: number[] = [];
    // Leaving the loop early must reset the cached statement for the next run.
    for await (const row of query.stream()) {
      streamed.push(row.id);
      if (row.id === 2) break;
    }
    expect(streamed).toEqual([1, 2]);
    expect((await query.execute()).map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('keeps other queries out of a transaction until it ends, then runs them in turn', async () => {
    const { db } = open();
    const order: string[] = [];
    const inside = db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ id: 1, name: 'tx' }).execute();
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('transaction');
    });
    const outside = Promise.all(
      [2, 3].map(async (id) => {
        await db.insertInto('t').values({ id, name: 'out' }).execute();
        order.push(`outside ${id}`);
      }),
    );
    await Promise.all([inside, outside]);
    expect(order).toEqual(['transaction', 'outside 2', 'outside 3']);
    expect((await sql<{ n: number }>`SELECT count(*) AS n FROM t`.execute(db)).rows[0]?.n).toBe(3);
  });

  it('rolls a failed transaction back and hands the connection on', async () => {
    const { db } = open();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('t').values({ id: 1, name: 'gone' }).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([]);
  });
});
