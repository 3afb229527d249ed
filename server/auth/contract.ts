/**
 * What the auth API takes and answers: first run, sign-in, invitations and API tokens. The routes
 * validate with these schemas and the dashboard checks its forms with them before sending. Pure, so
 * the dashboard may import it: zod and other contracts only.
 */
import { z } from 'zod';
import { oneLine } from '../fields/contract.ts';

export const roles = ['admin', 'analyst', 'viewer'] as const;
export type Role = (typeof roles)[number];

const newPassword = z.string().min(12, 'Use at least 12 characters.').max(200);

/**
 * A new staff account's own fields (the staff contract adds its memberships). It takes exactly one of
 * `password` (set now by the admin) and `invite: true` (emailed a link to set it themselves,
 * invites.ts); that rule is checked in code, so this stays a plain object that others can `.pick()`
 * from and `.extend()`.
 */
export const newAccountBody = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: oneLine(120),
  password: newPassword.optional(),
  invite: z.boolean().optional(),
  role: z.enum(roles).default('analyst'),
});
export type NewAccountBody = z.infer<typeof newAccountBody>;

/** The first admin (POST /api/setup): a new account's fields, with its password now. */
export const setupBody = newAccountBody
  .pick({ email: true, name: true, password: true })
  .required({ password: true });
export type SetupBody = z.infer<typeof setupBody>;

export const loginBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBody>;

/** The password an invited person chooses (POST /api/invites/:token/accept): the same rule as above. */
export const acceptInviteBody = z.object({ password: newPassword });
export type AcceptInviteBody = z.infer<typeof acceptInviteBody>;

/** A script's token lasts a quarter unless asked otherwise, and never more than a year. */
export const tokenDays = { default: 90, max: 365 } as const;

const lifetimeMessage = `Choose a whole number of days from 1 to ${tokenDays.max}.`;
export const createApiTokenBody = z.object({
  name: z.string().trim().min(1, 'Give the token a name.').max(80),
  expiresInDays: z
    .number(lifetimeMessage)
    .int(lifetimeMessage)
    .min(1, lifetimeMessage)
    .max(tokenDays.max, lifetimeMessage)
    .default(tokenDays.default),
});
export type CreateApiTokenBody = z.infer<typeof createApiTokenBody>;

/** Who is signed in, as /api/auth/me answers: the dashboard's user. */
export interface Identity {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** A staff account: who they are and since when. */
export interface User extends Identity {
  createdAt: string;
}

/** Who an invitation link invites, for the welcome screen (GET /api/invites/:token). */
export interface Invite {
  name: string;
  email: string;
  role: Role;
  expiresAt: string;
}

/** A link just made for an invited account. */
export interface InviteLink {
  /** `${publicUrl}/admin/welcome/<token>`: the admin app's welcome screen. */
  url: string;
  expiresAt: string;
  /** Whether the message went to a real mailer; if not, `reason` says why and the admin passes the link on. */
  emailed: boolean;
  reason?: string;
}

export interface ApiTokenOwner {
  id: string;
  name: string;
  email: string;
}

/** A token as listed: never its hash. */
export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  /** The UTC day it was last accepted, or null if it never was. */
  lastUsedOn: string | null;
  owner: ApiTokenOwner;
}

/** A token just made: the listed fields and the token itself, which is not shown again. */
export type IssuedApiToken = ApiToken & { token: string };
