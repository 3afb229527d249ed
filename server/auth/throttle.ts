/**
 * Sign-in throttling (issue 12): attempts are counted per typed email and per client address. Past a
 * few, each further attempt must wait (1 s, 2 s, 4 s ... up to a minute); at many, the email or the
 * address is locked out for fifteen minutes. A refused attempt is answered at once and checks no
 * password, so the wait costs the guesser time and the server nothing.
 *
 * An attempt is counted before its password is checked, in one atomic write that also refuses it
 * while a wait runs: counting after the check would let a burst of parallel guesses all pass the
 * check before the first failure was recorded. A success then takes its attempt back. Emails with no
 * account are counted exactly like the others, so nothing here tells which accounts exist.
 */
import { sql, type RawBuilder } from 'kysely';
import { clientBucket } from '../client-address.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { newId, sha256Hex } from '../ids.ts';

interface Rule {
  by: 'account' | 'address';
  /** Attempts with no wait; the attempt after the `free`-th waits a second, then two, four... */
  free: number;
  /** The attempt that locks: the next one waits `lockSeconds`. */
  lockAt: number;
}

// An address is shared by an office or a school behind one router, so it gets more room than an account.
const account: Rule = { by: 'account', free: 5, lockAt: 20 };
const address: Rule = { by: 'address', free: 10, lockAt: 100 };
const capSeconds = 60;
const lockSeconds = 15 * 60;
/** A run of attempts ends after this long with no attempt and no wait in force; the count starts over. */
const quietMs = 15 * 60_000;
/** Rows are deleted this long after their last attempt. */
const keepMs = 24 * 3600_000;

export interface LoginAttempt {
  account: string;
  address: string;
  /** Random, so this attempt's second write and its later ones can tell its own rows. */
  id: string;
  at: string;
}

/** Why an attempt is refused, and for how long. */
export interface LoginWait {
  retryAfter: number;
  error: AppError;
}

/** A keyed, domain-separated hash: without the link secret a copy of the table names nobody. */
function keyHash(deps: Pick<Deps, 'config'>, kind: Rule['by'], value: string) {
  return sha256Hex(
    `sector-voice login-throttle v1\n${kind}\n${deps.config.distribution.linkSecret}\n${value}`,
  );
}

/** The attempt's place in its run: 1 after a quiet spell, else one more than before. */
function runCount(at: string) {
  const quietSince = new Date(Date.parse(at) - quietMs).toISOString();
  return sql<number>`(CASE WHEN max(last_at, wait_until) <= ${quietSince} THEN 1 ELSE failures + 1 END)`;
}

/** Until when the attempt after the `n`-th must wait, as the same ISO text the clock gives. */
function waitUntil(rule: Rule, at: string, n: RawBuilder<number>) {
  const [free, lockAt] = [sql.lit(rule.free), sql.lit(rule.lockAt)];
  const seconds = sql`CASE WHEN ${n} >= ${lockAt} THEN ${sql.lit(lockSeconds)}
    WHEN ${n} >= ${free} THEN min(1 << min(${n} - ${free}, 16), ${sql.lit(capSeconds)}) ELSE 0 END`;
  return sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${at}, '+' || (${seconds}) || ' seconds')`;
}

/**
 * Counts the attempt on one key, unless a wait runs on either key. The wait the attempt's own first
 * statement just set is no reason to refuse its second, hence `attempt <> id`.
 */
function count(deps: Pick<Deps, 'db'>, a: LoginAttempt, rule: Rule, key: string) {
  const n = runCount(a.at);
  return sql`INSERT INTO login_throttle (key_hash, failures, last_at, wait_until, attempt)
    SELECT ${key}, 1, ${a.at}, ${waitUntil(rule, a.at, sql<number>`1`)}, ${a.id}
    WHERE NOT EXISTS (SELECT 1 FROM login_throttle WHERE key_hash IN (${a.account}, ${a.address})
      AND wait_until > ${a.at} AND attempt <> ${a.id})
    ON CONFLICT (key_hash) DO UPDATE SET failures = ${n}, last_at = excluded.last_at,
      wait_until = ${waitUntil(rule, a.at, n)}, attempt = excluded.attempt`.compile(deps.db);
}

type Row = { key_hash: string; failures: number; wait_until: string };

/** The answer for the row that holds the latest wait. */
function waitFor(a: LoginAttempt, rows: Row[], now: Date): LoginWait {
  const row = rows.reduce((x, y) => (y.wait_until > x.wait_until ? y : x));
  const rule = row.key_hash === a.account ? account : address;
  const until = new Date(row.wait_until);
  const retryAfter = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const details = { retryAfterSeconds: retryAfter, until: row.wait_until };
  if (row.failures < rule.lockAt) {
    const s = retryAfter === 1 ? '1 second' : `${retryAfter} seconds`;
    return {
      retryAfter,
      error: new AppError('LOGIN_LOCKED', `Too many failed sign-ins. Try again in ${s}.`, details),
    };
  }
  // Rounded up to the minute, so trying again at the time given always works.
  const hhmm = new Date(Math.ceil(until.getTime() / 60_000) * 60_000).toISOString().slice(11, 16);
  const whose = rule === account ? 'for this account' : 'from your network';
  const message = `Too many failed sign-ins ${whose}. Try again after ${hhmm} UTC.`;
  return { retryAfter, error: new AppError('LOGIN_LOCKED', message, details) };
}

const rowsOf = (deps: Pick<Deps, 'db'>, a: LoginAttempt) =>
  deps.db
    .selectFrom('login_throttle')
    .select(['key_hash', 'failures', 'wait_until', 'attempt'])
    .where('key_hash', 'in', [a.account, a.address]);

/**
 * Counts a sign-in attempt for `email` (as typed) from `clientAddress`, and prunes old rows, in one
 * atomic write; or, while a wait runs on either, returns the wait and counts nothing.
 */
export async function admitLogin(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>,
  email: string,
  clientAddress: string,
): Promise<{ attempt: LoginAttempt } | { wait: LoginWait }> {
  const now = deps.clock.now();
  const a: LoginAttempt = {
    account: await keyHash(deps, 'account', email.trim().toLowerCase()),
    address: await keyHash(deps, 'address', clientBucket(clientAddress)),
    id: newId(deps.random),
    at: now.toISOString(),
  };
  const [counted] = await deps.atomic([
    count(deps, a, account, a.account),
    count(deps, a, address, a.address),
    deps.db
      .deleteFrom('login_throttle')
      .where('last_at', '<', new Date(now.getTime() - keepMs).toISOString()),
  ]);
  if (counted!.numChangedRows > 0) return { attempt: a };
  const rows = await rowsOf(deps, a).where('wait_until', '>', a.at).execute();
  // A success elsewhere may have lifted the wait since: this attempt is refused all the same, briefly.
  return {
    wait: waitFor(a, rows.length ? rows : [{ key_hash: a.account, failures: 0, wait_until: a.at }], now),
  };
}

/** After a wrong password: when this attempt locked its account or address, the lockout to answer. */
export async function loginFailed(
  deps: Pick<Deps, 'db' | 'log'>,
  a: LoginAttempt,
): Promise<LoginWait | null> {
  const rows = await rowsOf(deps, a).where('attempt', '=', a.id).execute();
  const locked = rows.filter((r) => r.failures >= (r.key_hash === a.account ? account : address).lockAt);
  for (const r of locked) {
    deps.log.info('login locked', {
      by: r.key_hash === a.account ? 'account' : 'address',
      key: r.key_hash.slice(0, 16),
      failures: r.failures,
      until: r.wait_until,
    });
  }
  return locked.length ? waitFor(a, locked, new Date(a.at)) : null;
}

/**
 * After a right password: the account starts over, and the address takes this attempt back (with
 * the wait it set, unless a later attempt has been counted since).
 */
export async function loginSucceeded(deps: Pick<Deps, 'db' | 'atomic'>, a: LoginAttempt) {
  await deps.atomic([
    deps.db.deleteFrom('login_throttle').where('key_hash', '=', a.account),
    deps.db
      .updateTable('login_throttle')
      .set((eb) => ({
        failures: sql`max(failures - 1, 0)`,
        wait_until: eb
          .case()
          .when('attempt', '=', a.id)
          .then(eb.ref('last_at'))
          .else(eb.ref('wait_until'))
          .end(),
      }))
      .where('key_hash', '=', a.address),
  ]);
}
