/**
 * Kysely over better-sqlite3, like Kysely's own SqliteDialect but with two fixes for a busy server:
 * statements come from the shared StatementCache instead of being prepared per query, and waiting
 * queries take the single connection in turn (ConnectionLock) instead of all waking on every release,
 * which under 50 concurrent requests cost more than the queries themselves.
 */
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import type { ConnectionLock } from './connection-lock.ts';
import { fromSqlite } from './storage-errors.ts';
import type { StatementCache } from './statement-cache.ts';

class CachedConnection implements DatabaseConnection {
  constructor(private readonly cache: StatementCache) {}

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const stmt = this.cache.prepare(q.sql);
      if (stmt.reader) return { rows: stmt.all(q.parameters) as R[] };
      const { changes, lastInsertRowid } = stmt.run(q.parameters);
      return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
    } catch (err) {
      // A full disk or a read-only file reaches the app as its own STORAGE_* error.
      throw fromSqlite(err);
    }
  }

  async *streamQuery<R>(q: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(q.query)) throw new Error('SQLite streams only select queries.');
    try {
      for (const row of this.cache.prepare(q.sql).iterate(q.parameters)) yield { rows: [row as R] };
    } catch (err) {
      throw fromSqlite(err);
    }
  }
}

/** One connection, one holder at a time; only a Kysely transaction or a streamed select holds it across awaits. */
class CachedDriver implements Driver {
  readonly #connection: CachedConnection;

  constructor(
    cache: StatementCache,
    private readonly lock: ConnectionLock,
    private readonly close: () => void,
  ) {
    this.#connection = new CachedConnection(cache);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.lock.acquire();
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    this.lock.release();
  }

  async beginTransaction(c: DatabaseConnection) {
    await c.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(c: DatabaseConnection) {
    await c.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(c: DatabaseConnection) {
    await c.executeQuery(CompiledQuery.raw('rollback'));
  }
  async savepoint(c: DatabaseConnection, name: string) {
    await c.executeQuery(CompiledQuery.raw(`savepoint ${quote(name)}`));
  }
  async rollbackToSavepoint(c: DatabaseConnection, name: string) {
    await c.executeQuery(CompiledQuery.raw(`rollback to ${quote(name)}`));
  }
  async releaseSavepoint(c: DatabaseConnection, name: string) {
    await c.executeQuery(CompiledQuery.raw(`release ${quote(name)}`));
  }

  async destroy(): Promise<void> {
    this.close();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export class CachedSqliteDialect implements Dialect {
  constructor(
    private readonly cache: StatementCache,
    private readonly lock: ConnectionLock,
    private readonly close: () => void,
  ) {}

  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new CachedDriver(this.cache, this.lock, this.close);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
