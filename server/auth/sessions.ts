/**
 * Sessions: a browser's cookie and CSRF token (API tokens for scripts are in tokens.ts). Only a hash
 * of the session id is stored, so a copy of the database cannot be used to log in.
 */
import type { Deps } from '../deps.ts';
import { base64url, sha256Hex } from '../ids.ts';
import type { SessionUser } from '../http.ts';
import { accounts } from './users.ts';

export async function createSession(deps: Pick<Deps, 'db' | 'clock' | 'random' | 'config'>, userId: string) {
  const sessionId = base64url(deps.random.bytes(32));
  const csrfToken = base64url(deps.random.bytes(32));
  const now = deps.clock.now();
  const expires = new Date(now.getTime() + deps.config.sessionSeconds * 1000);
  await deps.db
    .insertInto('sessions')
    .values({
      id_hash: await sha256Hex(sessionId),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expires.toISOString(),
    })
    .execute();
  return { sessionId, csrfToken, expires };
}

export async function sessionUser(
  deps: Pick<Deps, 'db' | 'clock'>,
  sessionId: string,
): Promise<SessionUser | null> {
  const row = await deps.db
    .selectFrom('sessions')
    .innerJoin(accounts(deps).as('account'), 'account.id', 'sessions.user_id')
    .select([
      'account.id',
      'account.email',
      'account.name',
      'account.role',
      'sessions.csrf_token',
      'sessions.expires_at',
    ])
    .where('sessions.id_hash', '=', await sha256Hex(sessionId))
    .executeTakeFirst();
  if (!row || row.expires_at <= deps.clock.now().toISOString()) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, csrfToken: row.csrf_token };
}

export async function deleteSession(deps: Pick<Deps, 'db'>, sessionId: string) {
  await deps.db
    .deleteFrom('sessions')
    .where('id_hash', '=', await sha256Hex(sessionId))
    .execute();
}
