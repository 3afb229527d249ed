/**
 * The database's answers that are about the storage, not the request, as the app's own errors, for
 * better-sqlite3 (by SqliteError code) and D1 (by message, which is all D1 gives): a full database is
 * STORAGE_FULL (507), one it cannot write or reach right now (read-only, locked past the busy
 * timeout, an I/O error, D1 overloaded or restarting) is STORAGE_UNAVAILABLE (503). The app shows
 * them to respondents as a page in their language and to staff as the envelope, without knowing
 * which database it runs on. Every other error passes through unchanged (a constraint is the code's
 * to handle). No Node API here: the Worker uses it too.
 */
import { AppError } from '../errors.ts';

export const storageFull =
  'The database is full, so nothing more can be saved. Free disk space, then try again.';
export const storageUnavailable =
  'The database cannot save anything right now (it is read-only, busy or unreachable). Try again in a few minutes.';

const logged = new Map<string, number>();

/**
 * The app hides these from respondents and shows staff only a sentence, so the operator learns of a
 * full disk here: a log line with the database's own words, at most one a minute for each kind.
 */
export function logStorageFailure(kind: string, detail: string, now = Date.now()) {
  if (now - (logged.get(kind) ?? -Infinity) < 60_000) return;
  logged.set(kind, now);
  console.error('storage failure', {
    kind,
    detail,
    note: 'more of the same in the next minute are not logged',
  });
}

/** `cause` keeps the database's own words; the envelope shows only the message. */
export function storageAppError(code: 'STORAGE_FULL' | 'STORAGE_UNAVAILABLE', cause: unknown): AppError {
  const err = new AppError(code, code === 'STORAGE_FULL' ? storageFull : storageUnavailable);
  err.cause = cause;
  return err;
}

const unavailable = /^SQLITE_(READONLY|CANTOPEN|IOERR|BUSY|LOCKED|PERM|NOTADB|CORRUPT|PROTOCOL)/;

/** The AppError a better-sqlite3 error (a SqliteError with its code) stands for, or the error itself. */
export function fromSqlite(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return err;
  const kind =
    code === 'SQLITE_FULL' ? 'STORAGE_FULL' : unavailable.test(code) ? 'STORAGE_UNAVAILABLE' : null;
  if (!kind) return err;
  logStorageFailure(code, err instanceof Error ? err.message : String(err));
  return storageAppError(kind, err);
}

// D1 says "D1_ERROR: Exceeded maximum DB size" when a database reaches its plan's limit (reads fail
// too), and passes SQLite's own words through for the rest; the transient ones are those Cloudflare
// documents as "retry the operation".
const d1Full = /Exceeded maximum DB size|SQLITE_FULL|database or disk is full/i;
const d1Unavailable =
  /D1 DB is overloaded|Network connection lost|reset because its code was updated|caused object to be reset|limit and was reset|SQLITE_(READONLY|BUSY|IOERR|CANTOPEN)|readonly database|database is locked/i;

/** The AppError a D1 error stands for, or the error itself. */
export function fromD1(err: unknown): unknown {
  const message = err instanceof Error ? err.message : String(err);
  const kind = d1Full.test(message)
    ? 'STORAGE_FULL'
    : d1Unavailable.test(message)
      ? 'STORAGE_UNAVAILABLE'
      : null;
  if (!kind) return err;
  logStorageFailure(kind, message);
  return storageAppError(kind, err);
}
