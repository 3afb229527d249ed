// What the Users screen holds beside the API's shapes (server/auth and server/staff contracts): an
// invitation just sent, and the roles' help text.
import type { InviteLink } from '../../../server/auth/contract.ts';
import type { Membership } from '../../../server/partnerships/contract.ts';

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
export const fitRole = (role: string, list: Membership[]): Membership[] =>
  role === 'viewer' ? list : list.map((m) => ({ ...m, organizationId: null }));
