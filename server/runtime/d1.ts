/**
 * Kysely over Cloudflare D1, and the atomic-write helper through D1's `batch()`. D1 has no
 * interactive transactions, so the driver refuses `db.transaction()` instead of pretending: every
 * all-or-nothing write goes through `d1Atomic`, the D1 twin of the better-sqlite3 one in sqlite.ts.
 */
import type { D1Database, D1PreparedStatement, D1Result } from '@cloudflare/workers-types';
import {
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Atomic } from '../deps.ts';
import type { Database } from '../db/schema.ts';
import { fromD1 } from './storage-errors.ts';

/**
 * D1 refuses a statement it could not start (the database busy or locked, D1 overloaded) without
 * applying any of it, and Cloudflare's guidance is to retry: twice, after 25 and 100 ms, before the
 * app answers 503. Errors that may have applied something ("Network connection lost") are not retried.
 */
const notApplied = /database is locked|SQLITE_BUSY|D1 DB is overloaded/i;

async function retried<T>(run: () => Promise<T>): Promise<T> {
  for (const wait of [25, 100]) {
    try {
      return await run();
    } catch (err) {
      if (!notApplied.test(err instanceof Error ? err.message : String(err))) throw fromD1(err);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
  return run().catch((err: unknown) => {
    throw fromD1(err);
  });
}

const noTransactions =
  'D1 has no interactive transactions: use deps.atomic([...]) (one D1 batch) instead of db.transaction().';

/**
 * Whether a statement hands back rows (better-sqlite3 calls this `stmt.reader`). Raw SQL carries no
 * query tree, so its text decides.
 */
function returnsRows(q: CompiledQuery): boolean {
  const node = q.query;
  if (node.kind === 'SelectQueryNode') return true;
  if (node.kind === 'RawNode')
    return /^\s*(select|values|pragma)\b/i.test(q.sql) || /\breturning\b/i.test(q.sql);
  return 'returning' in node && node.returning !== undefined;
}

function prepare(d1: D1Database, q: CompiledQuery): D1PreparedStatement {
  return d1.prepare(q.sql).bind(...q.parameters);
}

function toQueryResult<R>(q: CompiledQuery, result: D1Result<R>): QueryResult<R> {
  if (returnsRows(q)) return { rows: result.results };
  const { changes, last_row_id } = result.meta;
  return {
    rows: result.results,
    numAffectedRows: BigInt(changes ?? 0),
    insertId: last_row_id == null ? undefined : BigInt(last_row_id),
  };
}

class D1Connection implements DatabaseConnection {
  constructor(private readonly d1: D1Database) {}

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    // A database past its size limit, or D1 overloaded or restarting, as the app's STORAGE_* error.
    return toQueryResult(q, await retried(() => prepare(this.d1, q).all<R>()));
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('D1 does not stream query results.');
  }
}

class D1Driver implements Driver {
  readonly #connection: D1Connection;

  constructor(d1: D1Database) {
    // Each D1 call is independent, so one shared connection object serves concurrent queries.
    this.#connection = new D1Connection(d1);
  }

  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error(noTransactions);
  }
  async commitTransaction(): Promise<void> {
    throw new Error(noTransactions);
  }
  async rollbackTransaction(): Promise<void> {
    throw new Error(noTransactions);
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** A Kysely dialect for a D1 binding: SQLite's compiler and adapter, D1 underneath. */
export class D1Dialect implements Dialect {
  constructor(private readonly d1: D1Database) {}

  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new D1Driver(this.d1);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

export function openD1(d1: D1Database): { db: Kysely<Database>; atomic: Atomic } {
  return { db: new Kysely<Database>({ dialect: new D1Dialect(d1) }), atomic: d1Atomic(d1) };
}

/**
 * Runs the statements as one D1 batch, which D1 executes as a single SQL transaction: all or none.
 * Like the better-sqlite3 helper, it reports rows changed per statement, or rows returned for
 * statements that return rows.
 */
export function d1Atomic(d1: D1Database): Atomic {
  return async (statements) => {
    if (statements.length === 0) return [];
    const compiled = statements.map((s) => ('compile' in s ? s.compile() : s));
    const results = await retried(() => d1.batch(compiled.map((q) => prepare(d1, q))));
    return results.map((r, i) => ({
      numChangedRows: returnsRows(compiled[i]!) ? r.results.length : (r.meta.changes ?? 0),
    }));
  };
}
