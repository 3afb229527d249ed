/**
 * `backup [FILE]` and `restore FILE`: a checked copy of the live database (safe while the server
 * serves), and a backup put back in its place (only while no server has it open). Each is recorded
 * in the audit trail; neither ever copies the secrets, which must be kept apart from the backups.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { recordAudit } from '../../audit/record.ts';
import { totalRows, type BackupWritten } from '../backup-file.ts';
import {
  BackupError,
  backupName,
  besideSecrets,
  recordBackup,
  secretsToKeep,
  writeBackup,
} from '../backup.ts';
import { readConfig } from '../config.ts';
import { restoreBackup, RestoreError } from '../restore.ts';
import { dumpSql } from '../sql-dump.ts';
import { openSqlite } from '../sqlite.ts';
import { CliError, out, warn, type Command } from './shell.ts';

/**
 * The settings without making the secrets files: neither command uses a secret, and a restore on a
 * new machine must not make fresh ones where the kept ones belong (`storedSecret` would).
 */
const settings = () => readConfig(process.env, () => 'not-used-by-backup-or-restore-0123456789');

let opened: ReturnType<typeof openSqlite> | null = null;
/** A connection of this command's own, for its audit entry. */
function handle(path: string) {
  opened ??= openSqlite(path);
  return opened.db;
}
const closeHandle = async () => {
  await opened?.close();
  opened = null;
};

/** Where each secret comes from, and a warning for any that is neither set nor beside the database. */
function secretLines(databasePath: string): string[] {
  const dir = dirname(databasePath);
  const missing = (['LINK_SECRET', 'ANSWER_SECRET'] as const).filter(
    (name) => !process.env[name]?.trim() && !existsSync(join(dir, name.toLowerCase().replace('_', '-'))),
  );
  return [
    ...secretsToKeep(process.env, databasePath).map((l) => `  ${l}`),
    ...missing.map(
      (name) =>
        `  ${name} is not set and its file is not beside the database: put the kept one there (or set ${name}) before starting the server.`,
    ),
  ];
}

const size = (bytes: number) =>
  bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;

function countLines(counts: Record<string, number>): string[] {
  const width = Math.max(...Object.keys(counts).map((t) => t.length));
  return Object.entries(counts).map(([t, n]) => `  ${t.padEnd(width)}  ${n}`);
}

/**
 * The backup as SQL: the checked copy first (one consistent moment, no deleted rows), then its SQL
 * under a temporary name renamed into place; the copy is removed either way.
 */
async function sqlBackup(databasePath: string, target: string): Promise<BackupWritten> {
  if (existsSync(target))
    throw new BackupError(`${target} already exists: name another file, or move it away.`);
  const suffix = randomBytes(6).toString('hex');
  const copy = join(dirname(target), `.${basename(target)}.copy-${suffix}.db`);
  const temp = join(dirname(target), `.${basename(target)}.partial-${suffix}`);
  const written = await writeBackup(databasePath, copy);
  try {
    await dumpSql(copy, temp);
    renameSync(temp, target);
    return { ...written, file: target, bytes: statSync(target).size };
  } finally {
    rmSync(copy, { force: true });
    rmSync(temp, { force: true });
  }
}

/** Errors a person can fix, as the CLI's one line. */
async function said<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof BackupError || err instanceof RestoreError) throw new CliError(err.message);
    throw err;
  }
}

export const backupCommands: Record<string, Command> = {
  backup: {
    summary: 'Write a checked copy of the database, safe while the server runs',
    usage: 'backup [--sql] [FILE]',
    details:
      "Copies the database with SQLite's VACUUM INTO (one consistent moment, and no bytes of deleted rows),\n" +
      'checks the copy (PRAGMA integrity_check and a row count per table) and only then puts it at FILE;\n' +
      'by default a dated name in BACKUP_DIR (default ./backups). FILE must not exist yet. The copy is\n' +
      'readable by its owner only. It holds no secrets: keep LINK_SECRET and ANSWER_SECRET safe elsewhere,\n' +
      'since a restore needs them. Recorded in the audit trail. With --sql, FILE is the same moment as SQL\n' +
      'for `wrangler d1 execute DB --remote --file FILE` into an empty D1 (from Node back to Workers).',
    options: { sql: { type: 'boolean' } },
    positionals: ['file?'],
    async run(values, [file]) {
      const config = settings();
      const name = backupName(new Date());
      const target = file ?? join(config.backups.dir, values.sql ? name.replace(/\.db$/, '.sql') : name);
      const written = await said(() => (values.sql ? sqlBackup : writeBackup)(config.databasePath, target));
      // The backup stands even if its entry cannot be written now (a long write holding the database).
      try {
        await recordBackup(
          { db: handle(config.databasePath), clock: { now: () => new Date() } },
          { kind: 'cli' },
          written,
        );
      } catch (err) {
        warn(`warning: the backup is not in the audit trail: ${(err as Error).message}`);
      } finally {
        await closeHandle();
      }
      out(
        `Backed up ${config.databasePath} to ${written.file} (${size(written.bytes)}, ${written.bytes} bytes).`,
      );
      out(
        `Check: ${written.check}; ${Object.keys(written.counts).length} tables, ${totalRows(written.counts)} rows, ${written.freePages} free pages.`,
      );
      out(countLines(written.counts).join('\n'));
      out('It holds no secrets. Keep these safe, apart from the backup; a restore needs them:');
      out(secretLines(config.databasePath).join('\n'));
      if (besideSecrets(written.file, config.databasePath))
        warn(
          'warning: this backup sits in the folder of the secrets files; copy it elsewhere to keep them apart.',
        );
      return 0;
    },
  },
  restore: {
    summary: 'Put a backup (or a D1 export) in place of the database; the server must be stopped',
    usage: 'restore FILE',
    details:
      'Checks FILE first (a SQLite file from `backup`, or the SQL of `wrangler d1 export`): its integrity,\n' +
      'that it is a Sector Voice database, and that it is not from a newer version. Refuses while the\n' +
      'server (or anything else) has the database open. Migrates the backup forward if it is older,\n' +
      'puts it in place in one step, and keeps the database it replaced under a dated name beside it.\n' +
      'Start the server with the LINK_SECRET and ANSWER_SECRET the backup was taken with.',
    positionals: ['file'],
    async run(_values, [file]) {
      const config = settings();
      const restored = await said(() => restoreBackup(file!, config.databasePath));
      // The entry goes into the restored database, the one the trail now continues.
      await recordAudit(
        { db: handle(config.databasePath), clock: { now: () => new Date() } },
        {
          actor: { kind: 'cli' },
          action: 'backup.restore',
          detail: {
            file: basename(file!),
            kind: restored.kind,
            tables: Object.keys(restored.counts).length,
            rows: totalRows(restored.counts),
            migrated: restored.migrated.length,
          },
        },
      );
      await closeHandle();
      out(`Restored ${file} into ${config.databasePath}.`);
      out(
        restored.migrated.length > 0
          ? `Migrated forward: ${restored.migrated.join(', ')}.`
          : 'No migration was needed: it is at this version.',
      );
      out(
        `Check: ${restored.check}; ${Object.keys(restored.counts).length} tables, ${totalRows(restored.counts)} rows:`,
      );
      out(countLines(restored.counts).join('\n'));
      if (restored.replaced)
        out(`The database it replaced is kept at ${restored.replaced}; delete it once you are satisfied.`);
      const waiting = restored.counts.pending_answers ?? 0;
      out('Start the server with the secrets this backup was taken with:');
      out(secretLines(config.databasePath).join('\n'));
      if (waiting > 0) out(`${waiting} answer(s) wait for release: they open only with that ANSWER_SECRET.`);
      return 0;
    },
  },
};
