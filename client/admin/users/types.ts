// A staff account as the Users screen gets it from GET /api/users, a membership being chosen, and
// the invitation link the server answers when it invites someone.
import type { InviteLink } from '../../../server/auth/invites.ts';
import type { SessionUser } from '../use-session.ts';

export type { InviteLink };

export interface MembershipValue {
  partnershipId: string;
  /** An employer's viewer sees only this organization's figures beside the sector's; null: all. */
  organizationId: string | null;
}

export interface StaffAccount extends SessionUser {
  createdAt: string;
  partnershipIds: string[];
  memberships: MembershipValue[];
  /** Invited by email and not yet accepted: no password, so they cannot sign in yet. */
  invitePending: boolean;
}

/** An invitation just sent, shown with its link until the admin closes it. */
export interface SentInvite {
  name: string;
  email: string;
  invite: InviteLink;
}

export const roleHelp: Record<string, string> = {
  admin: 'everything, every partnership',
  analyst: 'reads and changes the partnerships they belong to',
  viewer: 'reads only; can be limited to one organization',
};

/** Only a viewer may be limited to one organization; any other role sees whole partnerships. */
export const fitRole = (role: string, list: MembershipValue[]): MembershipValue[] =>
  role === 'viewer' ? list : list.map((m) => ({ ...m, organizationId: null }));

/** An API token as GET /api/tokens lists it, and one just made, with the token shown once. */
export type { ApiToken, IssuedApiToken } from '../../../server/auth/tokens.ts';
