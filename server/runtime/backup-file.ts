/**
 * A backup is a `VACUUM INTO` copy of the live database: SQLite reads one committed snapshot through a
 * connection of its own (safe while the server writes; a copy of the file and its WAL is not), and
 * writes only live rows into fresh pages, so no deleted row's bytes (a draft, a pool row already
 * released) survive into the copy, whatever the live file's free pages or WAL still hold.
 *
 * The copy goes to a hidden temporary name beside the target, is switched out of WAL mode (one
 * self-contained file), checked (`PRAGMA integrity_check`, its free pages, a row count per table),
 * made readable by its owner only, synced, and only then renamed into place: a failure at any step
 * leaves nothing behind. The work runs on a worker thread with its own connection, so a server taking
 * its scheduled backup keeps answering meanwhile; the CLI uses the same path.
 */
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

// Plain CommonJS, evaluated, as in checkpointer.ts: it must run without the main thread's TypeScript loader.
const source = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const Database = require(workerData.driver);
const quoted = (name) => '"' + name.replaceAll('"', '""') + '"';

function inspect(path) {
  const db = new Database(path, { fileMustExist: true });
  try {
    if (workerData.op === 'backup') db.pragma('journal_mode = DELETE');
    const problems = db.pragma('integrity_check').map((r) => r.integrity_check);
    const check = problems.length === 1 && problems[0] === 'ok' ? 'ok' : problems.slice(0, 3).join('; ');
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all();
    const counts = {};
    for (const t of tables) counts[t] = db.prepare('SELECT count(*) FROM ' + quoted(t)).pluck().get();
    const migrations = tables.includes('d1_migrations')
      ? db.prepare('SELECT name FROM d1_migrations ORDER BY id').pluck().all()
      : null;
    return { check, counts, migrations, freePages: db.pragma('freelist_count', { simple: true }) };
  } finally {
    db.close();
  }
}

function sync(path) {
  const fd = fs.openSync(path, 'r');
  try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
}

function run() {
  if (workerData.op === 'check') return inspect(workerData.path);
  const { from, temp, to } = workerData;
  try {
    const live = new Database(from, { fileMustExist: true });
    try {
      live.pragma('busy_timeout = 10000');
      live.prepare('VACUUM INTO ?').run(temp);
    } finally {
      live.close();
    }
    const report = inspect(temp);
    if (report.check !== 'ok') throw Object.assign(new Error('the copy failed its check: ' + report.check), { code: 'BACKUP_CHECK' });
    fs.chmodSync(temp, 0o600);
    sync(temp);
    fs.renameSync(temp, to);
    try { sync(require('node:path').dirname(to)); } catch {}
    return { ...report, bytes: fs.statSync(to).size };
  } catch (err) {
    for (const f of [temp, temp + '-journal']) fs.rmSync(f, { force: true });
    throw err;
  }
}

try {
  parentPort.postMessage({ ok: true, value: run() });
} catch (err) {
  parentPort.postMessage({ ok: false, code: err && err.code, message: err && err.message ? err.message : String(err) });
}
`;

export interface FileCheck {
  /** 'ok', or the first problems `PRAGMA integrity_check` named. */
  check: string;
  /** Rows per table, by table name. */
  counts: Record<string, number>;
  /** The migrations the file records (d1_migrations), or null when it has no such table. */
  migrations: string[] | null;
  freePages: number;
}

export interface BackupWritten extends FileCheck {
  file: string;
  bytes: number;
}

/** An error of SQLite or the file system, with its code, raised by the worker. */
export class FileJobError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

function inWorker<T>(data: Record<string, unknown>): Promise<T> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(source, { eval: true, workerData: { ...data, driver } });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (m: { ok: true; value: T } | { ok: false; code?: string; message: string }) =>
      m.ok ? resolve(m.value) : reject(new FileJobError(m.message, m.code)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new FileJobError(`the backup worker stopped (${code})`, undefined)));
  });
}

/** Copies the database at `from` to `to` (which must not exist yet), checked; see the file's comment. */
export function vacuumInto(from: string, to: string): Promise<BackupWritten> {
  const temp = join(dirname(to), `.${basename(to)}.partial-${randomBytes(6).toString('hex')}`);
  return inWorker<Omit<BackupWritten, 'file'>>({ op: 'backup', from, temp, to }).then((r) => ({
    ...r,
    file: to,
  }));
}

/** Reads a database file's check, counts and migrations, without changing it. */
export function checkFile(path: string): Promise<FileCheck> {
  return inWorker<FileCheck>({ op: 'check', path });
}

export const totalRows = (counts: Record<string, number>) => Object.values(counts).reduce((a, n) => a + n, 0);
