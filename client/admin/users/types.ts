// What the Users screen holds beside the API's shapes (server/auth and server/staff contracts): an
// invitation just sent, and the roles' names and help text.
import type { InviteLink, Role } from '../../../server/auth/contract.ts';
import type { Key } from '../../shared/i18n/areas.ts';
import type { Membership } from '../../../server/partnerships/contract.ts';

/** An invitation just sent, shown with its link until the admin closes it. */
export interface SentInvite {
  name: string;
  email: string;
  invite: InviteLink;
}

/** Each role's name and what it may do, as catalogue keys (users area). */
export const roleWords = {
  admin: { name: 'roleAdmin', help: 'helpAdmin' },
  analyst: { name: 'roleAnalyst', help: 'helpAnalyst' },
  viewer: { name: 'roleViewer', help: 'helpViewer' },
} as const satisfies Record<Role, { name: Key<'users'>; help: Key<'users'> }>;

/** Only a viewer may be limited to one organization; any other role sees whole partnerships. */
export const fitRole = (role: string, list: Membership[]): Membership[] =>
  role === 'viewer' ? list : list.map((m) => ({ ...m, organizationId: null }));
