/**
 * `restore FILE`: puts a backup (a SQLite file, or the SQL of `wrangler d1 export`) in place of the
 * database at DATABASE_PATH. Everything happens on a hidden copy beside the database: it is checked
 * (integrity, our schema, no migration this version does not know), migrated forward, and only then
 * renamed over the database in one step, after taking the database's exclusive lock proves that no
 * server (nor any other process) has it open. The database it replaces is kept under a dated name.
 */
import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { checkFile, FileJobError, type FileCheck } from './backup-file.ts';
import { migrate, migrationsDir } from './sqlite.ts';

export class RestoreError extends Error {}

export interface Restored extends FileCheck {
  /** Migrations applied to bring the backup up to this version. */
  migrated: string[];
  /** Where the database that was replaced now is, or null when there was none. */
  replaced: string | null;
  /** 'sqlite' for a backup file, 'sql' for a D1 export. */
  kind: 'sqlite' | 'sql';
}

const magic = 'SQLite format 3\0';

function kindOf(file: string): 'sqlite' | 'sql' | null {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(64);
  const n = readSync(fd, head, 0, 64, 0);
  closeSync(fd);
  const text = head.subarray(0, n).toString('latin1');
  if (text.startsWith(magic)) return 'sqlite';
  // What `wrangler d1 export` writes starts with a PRAGMA or a CREATE TABLE, in plain text.
  if (/^\s*(PRAGMA|CREATE|BEGIN|INSERT|--)/i.test(text)) return 'sql';
  return null;
}

/**
 * Takes the exclusive lock on the database at `path` and lets it go, closing the connection (which
 * folds its WAL into the file and removes it). Throws RestoreError when anyone else has it open.
 */
function provedUnused(path: string): void {
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      throw new RestoreError(
        `The database at ${path} is in use (is the server running?): stop the server, then restore.`,
      );
    throw err;
  } finally {
    db.close();
  }
  if (existsSync(`${path}-wal`))
    throw new RestoreError(
      `The database at ${path} was opened again during the restore: stop the server, then restore.`,
    );
}

function problem(err: unknown, file: string): Error {
  const code = (err as { code?: string }).code ?? '';
  if (err instanceof RestoreError) return err;
  if (code === 'SQLITE_NOTADB') return new RestoreError(`${file} is not a SQLite database.`);
  if (code.startsWith('SQLITE_CORRUPT'))
    return new RestoreError(`${file} is damaged (${code}): choose another backup.`);
  if (err instanceof FileJobError || err instanceof Error)
    return new RestoreError(`Cannot restore ${file}: ${err.message}`);
  return new RestoreError(`Cannot restore ${file}: ${String(err)}`);
}

function stamp(now: Date) {
  return now.toISOString().slice(0, 19).replaceAll(':', '') + 'Z';
}

export async function restoreBackup(file: string, databasePath: string, now = new Date()): Promise<Restored> {
  if (databasePath === ':memory:')
    throw new RestoreError('DATABASE_PATH is :memory:, which has no file to restore into.');
  if (!existsSync(file)) throw new RestoreError(`There is no file at ${file}.`);
  if (!statSync(file).isFile()) throw new RestoreError(`${file} is not a file.`);
  const kind = kindOf(file);
  if (!kind) throw new RestoreError(`${file} is not a SQLite database nor the SQL of a D1 export.`);
  // Refused before any work, and proved again right before the switch.
  if (existsSync(databasePath)) provedUnused(databasePath);

  mkdirSync(dirname(databasePath), { recursive: true });
  const temp = join(
    dirname(databasePath),
    `.${basename(databasePath)}.restore-${randomBytes(6).toString('hex')}`,
  );
  const clean = () => {
    for (const f of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) rmSync(f, { force: true });
  };
  try {
    if (kind === 'sqlite') copyFileSync(file, temp);
    else loadSql(temp, readFileSync(file, 'utf8'));
    let checked = await checkFile(temp);
    if (checked.check !== 'ok')
      throw new RestoreError(`${file} is damaged: ${checked.check}. Choose another backup.`);
    if (!checked.migrations)
      throw new RestoreError(`${file} is not a Sector Voice database: it has no d1_migrations table.`);
    const known = new Set(readdirSync(migrationsDir));
    const unknown = checked.migrations.filter((m) => !known.has(m));
    if (unknown.length > 0)
      throw new RestoreError(
        `${file} comes from a newer version of Sector Voice (its migration ${unknown[0]} is unknown here): update first, then restore.`,
      );
    const raw = new Database(temp);
    let migrated: string[];
    try {
      migrated = migrate(raw);
      raw.pragma('journal_mode = DELETE');
    } finally {
      raw.close();
    }
    if (migrated.length > 0) checked = await checkFile(temp);

    let replaced: string | null = null;
    if (existsSync(databasePath)) {
      provedUnused(databasePath);
      replaced = `${databasePath}.before-restore-${stamp(now)}`;
      linkSync(databasePath, replaced);
    }
    rmSync(`${databasePath}-shm`, { force: true });
    renameSync(temp, databasePath);
    return { ...checked, migrated, replaced, kind };
  } catch (err) {
    clean();
    throw problem(err, file);
  }
}

/**
 * A D1 export is SQL text: its tables (d1_migrations among them), rows, indexes and triggers. Loaded
 * into a fresh file in one transaction, foreign keys checked at the end as D1's import does.
 */
function loadSql(path: string, sql: string) {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = OFF');
    db.exec('BEGIN');
    db.exec(sql.replace(/^\s*PRAGMA\s+defer_foreign_keys\s*=\s*\w+\s*;/gim, ''));
    db.exec('COMMIT');
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    db.close();
  }
}
