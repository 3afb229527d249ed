/**
 * Users: the intermediary's staff accounts, who they are and how they sign in. Queries for the users
 * table live here; an account's memberships are joined to it by staff/accounts.ts.
 */
import type { Deps } from '../deps.ts';
import type { UsersTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { NewAccountBody, Role, User } from './contract.ts';
import { hashPassword, invitedMarker } from './passwords.ts';

/** The password of a body that must carry one (set-up, the CLI, an account not invited). */
export function passwordOf(input: { password?: string | undefined }): string {
  if (input.password !== undefined) return input.password;
  const message = 'Give a password of at least 12 characters.';
  throw new AppError('VALIDATION_FAILED', message, [{ path: 'password', message }]);
}

export function toUser(row: Pick<UsersTable, 'id' | 'email' | 'name' | 'role' | 'created_at'>): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.created_at };
}

export async function countUsers(deps: Pick<Deps, 'db'>): Promise<number> {
  const row = await deps.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Refuses a new account whose email another account already has. */
export async function checkEmailFree(deps: Pick<Deps, 'db'>, email: string): Promise<void> {
  const existing = await deps.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (existing) throw new AppError('CONFLICT', 'A user with this email already exists.');
}

/**
 * A new account and the statement that writes it, for the caller to run atomically with its own
 * (its memberships, its invitation). A null password leaves the account waiting for its invitation
 * (invites.ts).
 */
export async function newAccountWrite(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  input: Pick<NewAccountBody, 'email' | 'name' | 'role'>,
  password: string | null,
) {
  const now = deps.clock.now().toISOString();
  const row = {
    id: newId(deps.random),
    email: input.email,
    name: input.name,
    role: input.role,
    password_hash: password === null ? invitedMarker : await hashPassword(password, deps.random),
    created_at: now,
  };
  return { user: toUser(row), insert: deps.db.insertInto('users').values(row) };
}

/** A staff account's id and role, for making it a member of a partnership; NOT_FOUND if there is none. */
export async function getUserRole(deps: Pick<Deps, 'db'>, id: string): Promise<{ id: string; role: Role }> {
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!user) throw new AppError('NOT_FOUND', 'No such user.');
  return user;
}

export async function listUsers(deps: Pick<Deps, 'db'>): Promise<User[]> {
  const rows = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'created_at'])
    .orderBy('email')
    .execute();
  return rows.map(toUser);
}

/**
 * The first admin, created from the browser or the CLI on an empty database. One conditional insert,
 * so two racing set-up requests cannot both succeed.
 */
export async function createFirstAdmin(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  input: Pick<NewAccountBody, 'email' | 'name' | 'password'>,
): Promise<User> {
  const row = {
    id: newId(deps.random),
    email: input.email,
    name: input.name,
    role: 'admin' as const,
    password_hash: await hashPassword(passwordOf(input), deps.random),
    created_at: deps.clock.now().toISOString(),
  };
  const result = await deps.db
    .insertInto('users')
    .columns(['id', 'email', 'name', 'role', 'password_hash', 'created_at'])
    .expression(
      deps.db
        .selectNoFrom((eb) => [
          eb.val(row.id).as('id'),
          eb.val(row.email).as('email'),
          eb.val(row.name).as('name'),
          eb.val(row.role).as('role'),
          eb.val(row.password_hash).as('password_hash'),
          eb.val(row.created_at).as('created_at'),
        ])
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('users').select('id')))),
    )
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) {
    throw new AppError('ALREADY_SET_UP', 'This server already has an admin; sign in instead.');
  }
  return toUser(row);
}

/** Gives an invited account its password; changes nothing once the account has one. */
export function setFirstPassword(deps: Pick<Deps, 'db'>, userId: string, passwordHash: string) {
  return deps.db
    .updateTable('users')
    .set({ password_hash: passwordHash })
    .where('id', '=', userId)
    .where('password_hash', '=', invitedMarker);
}

/**
 * Every account's public columns (never its password hash), for a session, token or invitation to
 * join to its account in the same query: `.innerJoin(accounts(deps).as('account'), ...)`.
 */
export function accounts(deps: Pick<Deps, 'db'>) {
  return deps.db.selectFrom('users').select(['id', 'email', 'name', 'role', 'created_at']);
}

/** The accounts still waiting for their owner to accept an invitation, as `accounts` gives them. */
export function invitedAccounts(deps: Pick<Deps, 'db'>) {
  return accounts(deps).where('password_hash', '=', invitedMarker);
}

export async function findUserForLogin(deps: Pick<Deps, 'db'>, email: string) {
  return deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'created_at', 'password_hash'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

/** The accounts still waiting for their owner to accept an invitation. */
export async function invitedUserIds(deps: Pick<Deps, 'db'>): Promise<Set<string>> {
  const rows = await deps.db
    .selectFrom('users')
    .select('id')
    .where('password_hash', '=', invitedMarker)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** A staff account, and whether it still waits for its owner to accept an invitation. */
export async function getUserForInvite(
  deps: Pick<Deps, 'db'>,
  id: string,
): Promise<User & { invitePending: boolean }> {
  const row = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'created_at', 'password_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such user.');
  return { ...toUser(row), invitePending: row.password_hash === invitedMarker };
}

/** How many admins there are besides this account: the last one is never demoted or removed. */
export async function otherAdmins(deps: Pick<Deps, 'db'>, userId: string): Promise<number> {
  const row = await deps.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('id', '!=', userId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function getUser(deps: Pick<Deps, 'db'>, id: string): Promise<User> {
  const row = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such user.');
  return toUser(row);
}

/** The statement that renames an account or changes its role, or none when neither is given. */
export function accountChanges(
  deps: Pick<Deps, 'db'>,
  id: string,
  input: { name?: string | undefined; role?: Role | undefined },
) {
  const set = Object.fromEntries(
    Object.entries({ name: input.name, role: input.role }).filter(([, v]) => v !== undefined),
  );
  return Object.keys(set).length > 0 ? [deps.db.updateTable('users').set(set).where('id', '=', id)] : [];
}

/** Removes a staff account with its sessions, tokens and memberships; never yourself, never the last admin. */
export async function deleteUser(deps: Pick<Deps, 'db'>, id: string, actingUserId: string): Promise<void> {
  if (id === actingUserId) throw new AppError('CONFLICT', 'You cannot remove your own account.');
  const user = await getUser(deps, id);
  if (user.role === 'admin' && (await otherAdmins(deps, id)) === 0) {
    throw new AppError('CONFLICT', 'This is the only admin.');
  }
  await deps.db.deleteFrom('users').where('id', '=', id).execute();
}

/** The names of these staff accounts and of every admin (admins see every partnership). */
export async function staffNames(deps: Pick<Deps, 'db'>, userIds: string[]): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('users')
    .select('name')
    .where((eb) =>
      userIds.length ? eb.or([eb('role', '=', 'admin'), eb('id', 'in', userIds)]) : eb('role', '=', 'admin'),
    )
    .execute();
  return rows.map((r) => r.name);
}
