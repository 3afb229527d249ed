/**
 * Staff invitations: an admin makes an account without a password, and its owner gets a single-use
 * link to choose one, which signs them in. Only the token's hash is stored; the link is emailed
 * through the Mailer port and also shown to the admin, to pass on by hand when email is not set up
 * or fails. Queries for the user_invites table live here.
 */
import type { Deps, SendResult } from '../deps.ts';
import { AppError } from '../errors.ts';
import { newToken, sha256Hex, tokenPattern } from '../ids.ts';
import type { Invite, InviteLink, NewAccountBody, User } from './contract.ts';
import { inviteEmail } from './invite-email.ts';
import { hashPassword } from './passwords.ts';
import { getUserForInvite, invitedAccounts, setFirstPassword, toUser } from './users.ts';

const inviteDays = 7;

export type InviteDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config' | 'mailer' | 'log'>;

/**
 * Whether a new account is invited (`invite: true`) or given its password now: exactly one of the
 * two. Checked here rather than with a zod refinement, so newAccountBody stays pickable.
 */
export function wantsInvite(body: Pick<NewAccountBody, 'password' | 'invite'>): boolean {
  const invite = body.invite === true;
  if (invite === (body.password !== undefined)) {
    const message = invite
      ? 'Give a password or invite: true, not both.'
      : 'Give a password, or invite: true to email them a link to choose one.';
    throw new AppError('VALIDATION_FAILED', message, [{ path: 'password', message }]);
  }
  return invite;
}

async function newInvite(deps: Pick<Deps, 'db' | 'clock' | 'random' | 'config'>, userId: string) {
  const token = newToken(deps.random);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + inviteDays * 86_400_000).toISOString();
  const insert = deps.db.insertInto('user_invites').values({
    token_hash: await sha256Hex(token),
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { url: `${deps.config.publicUrl}/admin/welcome/${token}`, expiresAt, insert };
}

/** Emails the link. A failure is reported, never thrown: the account and its link stand either way. */
async function sendInvite(
  deps: InviteDeps,
  user: User,
  link: { url: string; expiresAt: string },
  invitedBy: string,
): Promise<InviteLink> {
  const message = inviteEmail({ to: user.email, name: user.name, role: user.role, invitedBy, ...link });
  let result: SendResult;
  try {
    result = await deps.mailer.send(message);
  } catch (err) {
    result = { ok: false, permanent: false, code: 'SEND_FAILED', message: String(err) };
  }
  const out = { url: link.url, expiresAt: link.expiresAt };
  if (!result.ok) {
    deps.log.error('invitation email not sent', {
      userId: user.id,
      code: result.code,
      error: result.message,
    });
    return {
      ...out,
      emailed: false,
      reason: `The email could not be sent (${result.code}: ${result.message}).`,
    };
  }
  if (deps.config.distribution.senders.email === 'dev') {
    const reason =
      'Email is not set up on this server (SMTP_URL or SES_*): the message went to the server log only.';
    return { ...out, emailed: false, reason };
  }
  return { ...out, emailed: true };
}

/**
 * Makes an account waiting for its owner's password: the writes that make it (staff/accounts.ts adds
 * its memberships to them) and its link in one atomic write, then emails the link.
 */
export async function inviteAccount(
  deps: InviteDeps,
  account: { user: User; writes: Parameters<Deps['atomic']>[0] },
  invitedBy: string,
) {
  const invite = await newInvite(deps, account.user.id);
  await deps.atomic([...account.writes, invite.insert]);
  return { user: account.user, invite: await sendInvite(deps, account.user, invite, invitedBy) };
}

/** A fresh link for an account not yet accepted; earlier links stop working. */
export async function reinvite(deps: InviteDeps, userId: string, invitedBy: string): Promise<InviteLink> {
  const user = await getUserForInvite(deps, userId);
  if (!user.invitePending) {
    throw new AppError('CONFLICT', `${user.name} has already chosen a password and can sign in.`);
  }
  const invite = await newInvite(deps, user.id);
  await deps.atomic([deps.db.deleteFrom('user_invites').where('user_id', '=', user.id), invite.insert]);
  return sendInvite(deps, user, invite, invitedBy);
}

const notValid = () =>
  new AppError(
    'LINK_UNKNOWN',
    'This invitation link is not valid: it may have been used already or replaced by a newer one. Ask an administrator to send the invitation again.',
  );

/**
 * The invitation a token stands for, with its account. Only a valid token answers anything, so the
 * endpoint cannot be used to learn which accounts exist.
 */
async function findInvite(deps: Pick<Deps, 'db' | 'clock'>, token: string) {
  if (!tokenPattern.test(token)) throw notValid();
  const row = await deps.db
    .selectFrom('user_invites')
    .innerJoin(invitedAccounts(deps).as('account'), 'account.id', 'user_invites.user_id')
    .select([
      'user_invites.token_hash',
      'user_invites.expires_at',
      'account.id',
      'account.email',
      'account.name',
      'account.role',
      'account.created_at',
    ])
    .where('user_invites.token_hash', '=', await sha256Hex(token))
    .executeTakeFirst();
  if (!row) throw notValid();
  if (row.expires_at <= deps.clock.now().toISOString()) {
    throw new AppError(
      'LINK_UNKNOWN',
      `This invitation expired on ${row.expires_at.slice(0, 10)}. Ask an administrator to send it again.`,
    );
  }
  return row;
}

/** Who a valid link invites, for the welcome screen. */
export async function describeInvite(deps: Pick<Deps, 'db' | 'clock'>, token: string): Promise<Invite> {
  const row = await findInvite(deps, token);
  return { name: row.name, email: row.email, role: row.role, expiresAt: row.expires_at };
}

/**
 * Sets the invited account's password and retires its links, in one write that does nothing unless
 * the link is still valid then: of two racing uses of one link, one wins and the other is refused.
 */
export async function acceptInvite(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random'>,
  token: string,
  password: string,
): Promise<User> {
  const row = await findInvite(deps, token);
  const hash = await hashPassword(password, deps.random);
  const now = deps.clock.now().toISOString();
  const [set] = await deps.atomic([
    setFirstPassword(deps, row.id, hash).where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_invites')
          .select('token_hash')
          .where('token_hash', '=', row.token_hash)
          .where('expires_at', '>', now),
      ),
    ),
    deps.db
      .deleteFrom('user_invites')
      .where('user_id', '=', row.id)
      .where(({ not, exists }) => not(exists(invitedAccounts(deps).where('id', '=', row.id)))),
  ]);
  if (set?.numChangedRows !== 1) throw notValid();
  return toUser(row);
}
