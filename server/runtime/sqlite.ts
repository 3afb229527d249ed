/**
 * The embedded database: better-sqlite3 behind Kysely, migrated from migrations/*.sql and recorded
 * in the same d1_migrations table wrangler uses, so one history serves SQLite files and D1.
 */
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Atomic } from '../deps.ts';
import type { Database as Schema } from '../db/schema.ts';
import { startCheckpointer } from './checkpointer.ts';
import { ConnectionLock } from './connection-lock.ts';
import { groupCommit } from './group-commit.ts';
import { CachedSqliteDialect } from './sqlite-dialect.ts';
import { StatementCache } from './statement-cache.ts';
import { fromSqlite } from './storage-errors.ts';

export const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), '../../migrations');

export interface SqliteHandle {
  db: Kysely<Schema>;
  atomic: Atomic;
  raw: Database.Database;
  close(): Promise<void>;
}

export function openSqlite(path: string): SqliteHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const raw = new Database(path);
  // WAL lets readers (reviews) run beside the single writer; NORMAL sync is durable across process
  // crashes (only an OS crash can lose the last commits), which is the trade SQLite recommends for WAL.
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // A deleted row's bytes otherwise stay in its page until reused, so a copy of the file would keep
  // every submitted draft. Zeroing costs a little write work; older page images can still sit in the
  // WAL until it is overwritten, which is why drafts are also sealed under their link's key.
  raw.pragma('secure_delete = ON');
  migrate(raw);
  if (path !== ':memory:') checkWritable(raw);
  // Kysely's queries and the atomic writes share one statement cache (both send the same texts) and
  // take turns at the connection through one lock.
  const statements = new StatementCache(raw);
  const lock = new ConnectionLock();
  const db = new Kysely<Schema>({ dialect: new CachedSqliteDialect(statements, lock, () => raw.close()) });
  const commit = groupCommit(raw, statements, lock);
  // Each caller learns of a full disk or a read-only file as the app's STORAGE_* error.
  const atomic: Atomic = (list) =>
    commit(list).catch((err: unknown) => {
      throw fromSqlite(err);
    });
  // A file database checkpoints from a worker thread (see checkpointer.ts); memory has no WAL.
  const checkpointer = path === ':memory:' ? null : startCheckpointer(raw, path);
  return {
    db,
    atomic,
    raw,
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
      // Kysely closes the driver only if it ever ran a query.
      if (raw.open) raw.close();
    },
  };
}

/**
 * SQLite opens a file it may only read without a word, and in WAL mode reads and even BEGIN work on
 * it: only the first write fails, in the first request that makes one. So start-up writes once (a
 * table created and rolled back, which leaves nothing behind) and fails there, with SQLite's code
 * for runtime/startup.ts to put in words. A write lock held elsewhere past the busy timeout proves
 * nothing either way, and does not stop the start.
 */
function checkWritable(raw: Database.Database) {
  try {
    raw.exec('SAVEPOINT write_check; CREATE TABLE write_check (x)');
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) return;
    throw err;
  } finally {
    if (raw.inTransaction) raw.exec('ROLLBACK TO write_check; RELEASE write_check');
  }
}

export function migrate(raw: Database.Database, dir = migrationsDir): string[] {
  raw.exec(`CREATE TABLE IF NOT EXISTS d1_migrations(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT UNIQUE,
    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)`);
  const done = new Set(
    (raw.prepare('SELECT name FROM d1_migrations').all() as { name: string }[]).map((r) => r.name),
  );
  const pending = readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f) && !done.has(f))
    .sort();
  for (const name of pending) {
    const sql = readFileSync(join(dir, name), 'utf8');
    raw.transaction(() => {
      raw.exec(sql);
      raw.prepare('INSERT INTO d1_migrations (name) VALUES (?)').run(name);
    })();
  }
  return pending;
}
