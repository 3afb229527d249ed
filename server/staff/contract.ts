/**
 * What the staff API (/api/users) takes and answers: a new account with its memberships, a change of
 * name, role or memberships, and the accounts as the Users screen lists them. The routes validate with
 * these schemas and the dashboard checks its forms with them before sending. Pure, so the dashboard
 * may import it: zod and other contracts only.
 */
import { z } from 'zod';
import { newAccountBody, roles, type InviteLink, type User } from '../auth/contract.ts';
import { oneLine } from '../fields/contract.ts';
import { membershipInput, type Membership } from '../partnerships/contract.ts';

/** A new staff account (see newAccountBody) and the partnerships it belongs to. */
export const createUserBody = newAccountBody.extend({
  partnershipIds: z.array(z.string().min(1)).max(500).optional(),
  /** Like partnershipIds, with an optional organization limit for a viewer. */
  memberships: z.array(membershipInput).max(500).optional(),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z
  .object({
    name: oneLine(120).optional(),
    role: z.enum(roles).optional(),
    /** Replaces the user's memberships. */
    partnershipIds: z.array(z.string().min(1)).max(500).optional(),
    /** Replaces the user's memberships, each with an optional organization limit for a viewer. */
    memberships: z.array(membershipInput).max(500).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'Give at least one of name, role, memberships.');
export type UpdateUserBody = z.infer<typeof updateUserBody>;

/** What POST /api/users answers: the account, and its link when it was invited rather than given a password. */
export interface AddedAccount {
  user: User;
  invite?: InviteLink;
}

/** A staff account as GET /api/users lists it: the account and the partnerships it belongs to. */
export type StaffAccount = User & {
  partnershipIds: string[];
  memberships: Membership[];
  /** Invited by email and not yet accepted: the account has no password and cannot sign in. */
  invitePending: boolean;
};
