/** Which contacts a campaign reaches: by kind, organization and attribute values. */
import type { Deps } from '../deps.ts';
import { toContact, type Contact } from './contacts.ts';

export interface AudienceFilter {
  kinds?: Contact['kind'][];
  organizationIds?: string[];
  attributes?: Record<string, string[]>;
}

export async function listContactsForAudience(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  audience: AudienceFilter,
): Promise<Contact[]> {
  let q = deps.db.selectFrom('contacts').selectAll().where('partnership_id', '=', partnershipId);
  if (audience.kinds?.length) q = q.where('kind', 'in', audience.kinds);
  if (audience.organizationIds?.length) q = q.where('organization_id', 'in', audience.organizationIds);
  const contacts = (await q.orderBy('id').execute()).map(toContact);
  const wanted = Object.entries(audience.attributes ?? {});
  return contacts.filter((c) => wanted.every(([name, values]) => values.includes(c.attributes[name] ?? '')));
}
