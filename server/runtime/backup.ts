/**
 * Backups on Node: where one goes, which secrets must be kept with it (never beside it), the audit
 * entry that records it, and the pruning of scheduled ones. The copy itself is backup-file.ts.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Deps } from '../deps.ts';
import { recordAudit, type AuditActor } from '../audit/record.ts';
import { FileJobError, totalRows, vacuumInto, type BackupWritten } from './backup-file.ts';

/** What a scheduled backup needs from the Node configuration (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP). */
export interface BackupSettings {
  dir: string;
  everySeconds: number | null;
  keep: number;
}

const prefix = 'survey-';
const pattern = /^survey-\d{4}-\d{2}-\d{2}T\d{6}Z\.db$/;

/** `survey-2026-12-04T201500Z.db`: sorts by time, and no character a file system or shell minds. */
export function backupName(now: Date): string {
  return `${prefix}${now.toISOString().slice(0, 19).replaceAll(':', '')}Z.db`;
}

/** Cannot back up: a mistake or a place the person can fix, said in one line. */
export class BackupError extends Error {}

function said(err: unknown, target: string): BackupError {
  const code =
    err instanceof FileJobError || err instanceof Error ? (err as { code?: string }).code : undefined;
  const message = err instanceof Error ? err.message : String(err);
  if (
    code === 'SQLITE_CANTOPEN' ||
    ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT', 'EISDIR', 'EEXIST'].includes(code ?? '')
  )
    return new BackupError(
      `Cannot write the backup at ${target}: check that its folder exists and may be written.`,
    );
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new BackupError(`Cannot write the backup at ${target}: the disk is full.`);
  if (code === 'BACKUP_CHECK') return new BackupError(`The backup at ${target} was not kept: ${message}.`);
  return new BackupError(`Cannot back up to ${target}: ${message}`);
}

/**
 * Writes a checked backup of the database at `databasePath` to `target` (refused if something is
 * there already; its folder is made, readable by its owner only).
 */
export async function writeBackup(databasePath: string, target: string): Promise<BackupWritten> {
  if (databasePath === ':memory:') throw new BackupError('An in-memory database has nothing to back up.');
  if (!existsSync(databasePath)) throw new BackupError(`There is no database at ${databasePath} to back up.`);
  if (existsSync(target))
    throw new BackupError(`${target} already exists: name another file, or move it away.`);
  try {
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  } catch (err) {
    throw said(err, target);
  }
  try {
    return await vacuumInto(databasePath, target);
  } catch (err) {
    throw said(err, target);
  }
}

/** The audit entry of a backup: the file's name only (its folder says nothing the reader needs). */
export function recordBackup(deps: Pick<Deps, 'db' | 'clock'>, actor: AuditActor, b: BackupWritten) {
  return recordAudit(deps, {
    actor,
    action: 'backup.write',
    detail: {
      file: basename(b.file),
      bytes: b.bytes,
      check: b.check,
      tables: Object.keys(b.counts).length,
      rows: totalRows(b.counts),
    },
  });
}

/** Removes the oldest scheduled backups in `dir` past the newest `keep`; other files are left alone. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!existsSync(dir)) return [];
  const ours = readdirSync(dir)
    .filter((f) => pattern.test(f) && statSync(join(dir, f)).isFile())
    .sort();
  const gone = ours.slice(0, Math.max(0, ours.length - keep));
  for (const f of gone) rmSync(join(dir, f), { force: true });
  return gone;
}

/**
 * The secrets a restore of this database needs, which a backup never holds: where each comes from
 * (the environment, or its file beside the database), and what is lost without it.
 */
export function secretsToKeep(env: Record<string, string | undefined>, databasePath: string): string[] {
  const from = (name: string, file: string) =>
    env[name]?.trim() ? `the ${name} environment variable` : `the file ${join(dirname(databasePath), file)}`;
  return [
    `LINK_SECRET (${from('LINK_SECRET', 'link-secret')}): without it every link already sent stops working.`,
    `ANSWER_SECRET (${from('ANSWER_SECRET', 'answer-secret')}): without it the answers waiting for release are lost.`,
  ];
}

/** True when `target` would sit in the folder that holds the secrets files, which defeats keeping them apart. */
export function besideSecrets(target: string, databasePath: string): boolean {
  return resolve(dirname(target)) === resolve(dirname(databasePath));
}
