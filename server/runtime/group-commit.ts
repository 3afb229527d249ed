/**
 * The atomic port on better-sqlite3, with group commit. Under load most of a submission's write cost
 * is the commit (WAL frames for every page touched, and the checkpoints they lead to), so the calls
 * that arrive while the event loop is busy wait for the end of that loop turn and then commit
 * together: one transaction, each call inside its own savepoint. A call that fails rolls back alone
 * and gets its own error; the others are committed and get their own results.
 *
 * The port's contract does not change, and neither does D1's twin (`batch()` in d1.ts): a call is a
 * list of statements, all or none. Calls in a group run one after the other, exactly as they would
 * one commit apiece, so every guard (`... WHERE EXISTS (pending invitation)`) sees the writes of the
 * calls before it. better-sqlite3 is synchronous, so the whole group runs with no await inside: no
 * read from elsewhere in the app can see a group half done.
 */
import type Database from 'better-sqlite3';
import type { CompiledQuery } from 'kysely';
import type { Atomic } from '../deps.ts';
import type { ConnectionLock } from './connection-lock.ts';
import { runCounted, type StatementCache } from './statement-cache.ts';

type Counts = { numChangedRows: number }[];

interface Pending {
  statements: CompiledQuery[];
  resolve(results: Counts): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; results: Counts } | { ok: false; error: unknown };

export function groupCommit(raw: Database.Database, cache: StatementCache, lock: ConnectionLock): Atomic {
  // Called inside `runGroup` better-sqlite3 makes this a savepoint; called alone, a transaction.
  const runOne = raw.transaction((statements: CompiledQuery[]): Counts =>
    statements.map((q) => runCounted(cache, q)),
  );

  const runGroup = raw.transaction((group: Pending[]): Outcome[] =>
    group.map((call) => {
      try {
        return { ok: true, results: runOne(call.statements) };
      } catch (error) {
        // Some errors (a full disk, an I/O error) make SQLite abandon the whole transaction; then the
        // calls before this one are undone too, and the group must not report them as stored.
        if (!raw.inTransaction) throw error;
        return { ok: false, error };
      }
    }),
  );

  let queue: Pending[] = [];

  async function flush() {
    // Wait out a Kysely transaction or an open cursor: the group must commit on its own.
    await lock.acquire();
    const group = queue;
    queue = [];
    try {
      settle(group, commit(group));
    } finally {
      lock.release();
    }
  }

  function commit(group: Pending[]): Outcome[] {
    try {
      return runGroup(group);
    } catch {
      // The group as a whole did not commit (nothing of it is stored), so each call runs again on
      // its own and so learns its own fate.
      return group.map((call) => {
        try {
          return { ok: true, results: runOne(call.statements) };
        } catch (error) {
          return { ok: false, error };
        }
      });
    }
  }

  function settle(group: Pending[], outcomes: Outcome[]) {
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) group[i]!.resolve(outcome.results);
      else group[i]!.reject(outcome.error);
    });
  }

  return (statements) => {
    if (statements.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      // Compiled here, so a statement that cannot even be built fails only its own caller.
      const compiled = statements.map((s) => ('compile' in s ? s.compile() : s));
      // setImmediate runs after the I/O callbacks of this loop turn: every call made meanwhile joins.
      if (queue.length === 0) setImmediate(() => void flush());
      queue.push({ statements: compiled, resolve, reject });
    });
  };
}
