/**
 * Sessions (browser, cookie + CSRF token) and API tokens (scripts, bearer). Only hashes of the
 * secrets are stored, so a copy of the database cannot be used to log in.
 */
import type { Deps } from '../deps.ts';
import { base64url, newId, sha256Hex } from '../ids.ts';
import type { SessionUser } from '../http.ts';

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
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
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

export async function createApiToken(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  userId: string,
  name: string,
) {
  const token = `svk_${base64url(deps.random.bytes(32))}`;
  const id = newId(deps.random);
  await deps.db
    .insertInto('api_tokens')
    .values({
      id,
      token_hash: await sha256Hex(token),
      user_id: userId,
      name,
      created_at: deps.clock.now().toISOString(),
    })
    .execute();
  return { id, name, token };
}

export async function apiTokenUser(deps: Pick<Deps, 'db'>, token: string): Promise<SessionUser | null> {
  const row = await deps.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.role'])
    .where('api_tokens.token_hash', '=', await sha256Hex(token))
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, name: row.name, role: row.role } : null;
}
