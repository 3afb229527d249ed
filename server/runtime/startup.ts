/**
 * Why `npm start` could not start, in one line a person can act on: a setting (SettingsError), the
 * database file (a SqliteError, said in words with its path), the file system, or the port. Anything
 * else is a bug, and its stack is worth more than a sentence.
 */
import { statSync } from 'node:fs';
import { settingsProblem } from '../settings.ts';

interface CodedError extends Error {
  code?: unknown;
}

function sqliteProblem(code: string, path: string): string {
  const db = `the database at ${path}`;
  if (code === 'SQLITE_READONLY_DIRECTORY')
    return `Cannot write ${db}: its folder is read-only (SQLite writes ${path}-wal and ${path}-shm beside it). Check the folder's permissions.`;
  if (code === 'SQLITE_READONLY') return `Cannot write ${db}: the file is read-only. Check its permissions.`;
  if (code.startsWith('SQLITE_READONLY'))
    return `Cannot write ${db}: it is read-only (${code}). Check the permissions of the file and its folder.`;
  if (code.startsWith('SQLITE_CANTOPEN')) {
    if (isFolder(path)) return `Cannot open ${db}: it is a folder. Set DATABASE_PATH to a file.`;
    return `Cannot open ${db}: check that its folder exists and the server may read and write the file and the folder.`;
  }
  if (code === 'SQLITE_FULL') return `Cannot write ${db}: the disk is full. Free some space and start again.`;
  if (code === 'SQLITE_NOTADB')
    return `The file at ${path} is not a SQLite database. Set DATABASE_PATH to the right file, or move this one away.`;
  if (code.startsWith('SQLITE_CORRUPT'))
    return `The database at ${path} is damaged (${code}). Restore it from a backup.`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return `The database at ${path} is locked by another process. Stop that process, or wait for it, and start again.`;
  if (code.startsWith('SQLITE_IOERR'))
    return `Cannot read or write ${db}: the disk reported an error (${code}). Check the disk.`;
  return `Cannot use ${db} (${code}).`;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The one line to print for a start-up failure, or null when the error is a bug (print its stack). */
export function startupProblem(err: unknown, databasePath: string | null): string | null {
  if (!(err instanceof Error)) return null;
  const code = (err as CodedError).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_') && databasePath)
    return sqliteProblem(code, databasePath);
  if (code === 'EADDRINUSE' && 'port' in err)
    return `Port ${String(err.port)} is already in use: stop what listens there, or set PORT to another port.`;
  // Node's file system errors say what and where: "EACCES: permission denied, open 'data/link-secret'".
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && 'syscall' in err) return err.message;
  return settingsProblem(err);
}

/** Ends a start that failed: one line on stderr and exit status 1, or the error's stack for a bug. */
export function failStart(err: unknown, databasePath: string | null): never {
  const line = startupProblem(err, databasePath);
  if (line === null) throw err;
  console.error(line);
  process.exit(1);
}

/** Runs one start-up step, ending the start as failStart does when it throws. */
export function orExit<T>(step: () => T, databasePath: string | null): T {
  try {
    return step();
  } catch (err) {
    return failStart(err, databasePath);
  }
}
