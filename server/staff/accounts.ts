/**
 * Staff accounts with their memberships: an account (auth/users.ts) and the partnerships it belongs
 * to (partnerships/members.ts) are made and changed together, in one atomic write, and listed side by
 * side on the Users screen.
 */
import type { User } from '../auth/contract.ts';
import { inviteAccount, type InviteDeps } from '../auth/invites.ts';
import {
  accountChanges,
  checkEmailFree,
  getUser,
  invitedUserIds,
  listUsers,
  newAccountWrite,
  otherAdmins,
  passwordOf,
} from '../auth/users.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { checkMemberships } from '../partnerships/access.ts';
import {
  membershipInserts,
  membershipsByUser,
  membershipsDelete,
  requestedMemberships,
} from '../partnerships/members.ts';
import type { CreateUserBody, StaffAccount, UpdateUserBody } from './contract.ts';

/**
 * Checks a new account (its email unused, its memberships valid) and returns the user with the
 * statements that write it and its memberships, for the caller to run atomically with its own. A null
 * password leaves the account waiting for its invitation (auth/invites.ts).
 */
async function newUserWrites(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  input: Omit<CreateUserBody, 'password' | 'invite'>,
  password: string | null,
) {
  await checkEmailFree(deps, input.email);
  const memberships = requestedMemberships(input) ?? [];
  await checkMemberships(deps, input.role, memberships);
  const { user, insert } = await newAccountWrite(deps, input, password);
  return { user, writes: [insert, ...membershipInserts(deps, user.id, memberships, user.createdAt)] };
}

/** Adds a staff account with the password given, and its memberships, in one atomic write. */
export async function createUser(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random'>,
  input: CreateUserBody,
): Promise<User> {
  const { user, writes } = await newUserWrites(deps, input, passwordOf(input));
  await deps.atomic(writes);
  return user;
}

/** Makes an account waiting for its owner's password, with its memberships and link in one write, then emails the link. */
export async function inviteUser(deps: InviteDeps, input: CreateUserBody, invitedBy: string) {
  return inviteAccount(deps, await newUserWrites(deps, input, null), invitedBy);
}

/** Staff with the partnerships each belongs to (admins reach every partnership whatever these say). */
export async function listUsersWithMemberships(deps: Pick<Deps, 'db'>): Promise<StaffAccount[]> {
  const users = await listUsers(deps);
  const byUser = await membershipsByUser(deps);
  const pending = await invitedUserIds(deps);
  return users.map((u) => {
    const memberships = byUser.get(u.id) ?? [];
    return {
      ...u,
      partnershipIds: memberships.map((m) => m.partnershipId),
      memberships,
      invitePending: pending.has(u.id),
    };
  });
}

/**
 * Changes a staff account's name, role or memberships in one atomic write. The last admin cannot be
 * demoted: nobody would be left to manage accounts.
 */
export async function updateUser(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock'>,
  id: string,
  input: UpdateUserBody,
): Promise<StaffAccount> {
  const user = await getUser(deps, id);
  if (user.role === 'admin' && input.role && input.role !== 'admin' && (await otherAdmins(deps, id)) === 0) {
    throw new AppError('CONFLICT', 'This is the only admin; make another user an admin first.');
  }
  const memberships = requestedMemberships(input);
  // A role change is checked against the memberships the user will have, new or kept.
  const role = input.role ?? user.role;
  await checkMemberships(deps, role, memberships ?? (await membershipsByUser(deps)).get(id) ?? []);
  const now = deps.clock.now().toISOString();
  await deps.atomic([
    ...accountChanges(deps, id, { name: input.name, role: input.role }),
    ...(memberships ? [membershipsDelete(deps, id), ...membershipInserts(deps, id, memberships, now)] : []),
  ]);
  return (await listUsersWithMemberships(deps)).find((u) => u.id === id)!;
}
