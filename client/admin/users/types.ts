// A staff account as the Users screen gets it from GET /api/users, and a membership being chosen.
import type { SessionUser } from '../use-session.ts';

export interface MembershipValue {
  partnershipId: string;
  /** An employer's viewer sees only this organization's figures beside the sector's; null: all. */
  organizationId: string | null;
}

export interface StaffAccount extends SessionUser {
  createdAt: string;
  partnershipIds: string[];
  memberships: MembershipValue[];
}

export const roleHelp: Record<string, string> = {
  admin: 'everything, every partnership',
  analyst: 'reads and changes the partnerships they belong to',
  viewer: 'reads only; can be limited to one organization',
};

/** Only a viewer may be limited to one organization; any other role sees whole partnerships. */
export const fitRole = (role: string, list: MembershipValue[]): MembershipValue[] =>
  role === 'viewer' ? list : list.map((m) => ({ ...m, organizationId: null }));
