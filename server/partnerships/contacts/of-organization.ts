/**
 * Contacts as an organization's removal sees them (partnerships/organizations.ts): how many belong to
 * it, and the statement that lets them go. Removal keeps the organization's row, so contacts.
 * organization_id's ON DELETE SET NULL never runs; the removal does the same itself, in its one write.
 */
import type { Deps } from '../../deps.ts';

export async function countContactsOfOrganization(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  organizationId: string,
): Promise<number> {
  const row = await deps.db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('partnership_id', '=', partnershipId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The statement that leaves this organization's contacts without one, for the caller's atomic write. */
export function contactsLeaveOrganization(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  organizationId: string,
) {
  return deps.db
    .updateTable('contacts')
    .set({ organization_id: null })
    .where('partnership_id', '=', partnershipId)
    .where('organization_id', '=', organizationId);
}
