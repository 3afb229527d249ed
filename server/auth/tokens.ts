/**
 * API tokens: bearer secrets for scripts, each with an owner, a name, an expiry chosen when it is made
 * and the day it was last used. Queries for the api_tokens table live here. Only a hash of a token is
 * stored and the token itself is shown once, when it is made.
 */
import type { Deps } from '../deps.ts';
import type { ApiTokensTable, UsersTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { SessionUser } from '../http.ts';
import { base64url, newId, sha256Hex } from '../ids.ts';
import type { ApiToken, ApiTokenOwner, CreateApiTokenBody, IssuedApiToken } from './contract.ts';
import { accounts } from './users.ts';

const dayMs = 86_400_000;

type TokenRow = Pick<ApiTokensTable, 'id' | 'name' | 'created_at' | 'expires_at' | 'last_used_on'> & {
  owner_id: string;
  owner_name: string;
  owner_email: string;
};

function toApiToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedOn: row.last_used_on,
    owner: { id: row.owner_id, name: row.owner_name, email: row.owner_email },
  };
}

export async function createApiToken(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  owner: ApiTokenOwner,
  input: CreateApiTokenBody,
): Promise<IssuedApiToken> {
  const token = `svk_${base64url(deps.random.bytes(32))}`;
  const now = deps.clock.now();
  const row = {
    id: newId(deps.random),
    token_hash: await sha256Hex(token),
    user_id: owner.id,
    name: input.name,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + input.expiresInDays * dayMs).toISOString(),
    last_used_on: null,
  };
  await deps.db.insertInto('api_tokens').values(row).execute();
  const listed = { ...row, owner_id: owner.id, owner_name: owner.name, owner_email: owner.email };
  return { ...toApiToken(listed), token };
}

/**
 * The user a bearer token acts for, or null for a token never issued or since revoked. An expired
 * token is refused with its date, so the person running the script knows to make a new one. The
 * day of use is written only when it changes, so a busy script costs one write a day, not one a call.
 */
export async function apiTokenUser(
  deps: Pick<Deps, 'db' | 'clock'>,
  token: string,
): Promise<SessionUser | null> {
  const row = await deps.db
    .selectFrom('api_tokens')
    .innerJoin(accounts(deps).as('account'), 'account.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.expires_at',
      'api_tokens.last_used_on',
      'account.id',
      'account.email',
      'account.name',
      'account.role',
    ])
    .where('api_tokens.token_hash', '=', await sha256Hex(token))
    .executeTakeFirst();
  if (!row) return null;
  const now = deps.clock.now().toISOString();
  if (row.expires_at <= now) {
    const [day, time] = [row.expires_at.slice(0, 10), row.expires_at.slice(11, 16)];
    throw new AppError(
      'UNAUTHENTICATED',
      `This API token expired on ${day} (${time} UTC). Make a new one on the Users screen or with \`npm run cli -- tokens create\`.`,
    );
  }
  const today = now.slice(0, 10);
  if (row.last_used_on !== today) {
    // Only forward: two requests racing over midnight must not set an older day after a newer one.
    await deps.db
      .updateTable('api_tokens')
      .set({ last_used_on: today })
      .where('id', '=', row.token_id)
      .where((eb) => eb.or([eb('last_used_on', 'is', null), eb('last_used_on', '<', today)]))
      .execute();
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Every token to an admin (or to the CLI); anyone else sees their own. Newest first. */
export async function listApiTokens(
  deps: Pick<Deps, 'db'>,
  viewer: Pick<UsersTable, 'id' | 'role'>,
  onlyUserId?: string,
): Promise<ApiToken[]> {
  const userId = viewer.role === 'admin' ? onlyUserId : viewer.id;
  let query = deps.db
    .selectFrom('api_tokens')
    .innerJoin(accounts(deps).as('account'), 'account.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.created_at',
      'api_tokens.expires_at',
      'api_tokens.last_used_on',
      'account.id as owner_id',
      'account.name as owner_name',
      'account.email as owner_email',
    ])
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id');
  if (userId !== undefined) query = query.where('api_tokens.user_id', '=', userId);
  return (await query.execute()).map(toApiToken);
}

/**
 * Deletes a token, which stops working at once. Its owner and admins may; to anyone else another's
 * token answers as an unknown one does, so token ids cannot be probed.
 */
export async function revokeApiToken(
  deps: Pick<Deps, 'db'>,
  viewer: Pick<UsersTable, 'id' | 'role'>,
  tokenId: string,
): Promise<void> {
  let query = deps.db.deleteFrom('api_tokens').where('id', '=', tokenId);
  if (viewer.role !== 'admin') query = query.where('user_id', '=', viewer.id);
  const result = await query.executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'No such API token.');
}
