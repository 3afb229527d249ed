/**
 * Contacts taken out of a partnership, deleted by mistake or erased on request: either way the row
 * stays as an empty tombstone (no name, address, organization or attributes, dated to the day).
 * Invitations and messages reference it, and the campaign and review counts are read from those rows.
 * Even a contact never invited is emptied rather than deleted: a DELETE makes SQLite look for the
 * rows referencing it in invitations and the outbox, which have no index on contact_id, so it took
 * 64 ms a contact at 100,000 invitations (a minute for a selection of 1,000); the update is free and
 * the row left holds nothing of the person. distribution/contact-removal.ts puts these statements in
 * one atomic write with the other owners' (invitations, messages, clarifications).
 */
import { sql } from 'kysely';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import type { Contact } from '../contract.ts';
import { listOrganizations } from '../organizations.ts';
import { toContact } from './input.ts';

const idList = (ids: string[]) => sql<boolean>`id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/**
 * Every one of these contacts, of this partnership and not erased: all of them, or NOT_FOUND (a
 * selection with an id of another partnership or an unknown one is refused whole, naming none).
 */
export async function selectedContacts(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  ids: string[],
): Promise<Contact[]> {
  const unique = [...new Set(ids)];
  const rows = await deps.db
    .selectFrom('contacts')
    .selectAll()
    .where(idList(unique))
    .where('partnership_id', '=', partnershipId)
    .where('erased_on', 'is', null)
    .execute();
  if (rows.length !== unique.length) {
    const missing = unique.length - rows.length;
    throw new AppError(
      'NOT_FOUND',
      missing === 1 && unique.length === 1
        ? 'No such contact in this partnership.'
        : `${missing} of the ${unique.length} contacts chosen are not in this partnership; nothing was changed.`,
    );
  }
  return rows.map(toContact);
}

/** A partnership's contacts not erased, every column, as a subquery (the retention job's due list). */
export function liveContactsOf(deps: Pick<Deps, 'db'>, partnershipId: string) {
  return deps.db
    .selectFrom('contacts')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('erased_on', 'is', null);
}

/** Empties these contacts into tombstones, for the caller's atomic write. */
export function contactsErase(deps: Pick<Deps, 'db'>, partnershipId: string, ids: string[], day: string) {
  return deps.db
    .updateTable('contacts')
    .set({
      first_name: '',
      last_name: '',
      email: null,
      phone: null,
      organization_id: null,
      attributes: '{}',
      language: 'en',
      sms_consent: 0,
      sms_opted_out_at: null,
      email_opted_out_at: null,
      created_at: day,
      erased_on: day,
    })
    .where(idList(ids))
    .where('partnership_id', '=', partnershipId)
    .where('erased_on', 'is', null);
}

/** Moves these contacts (checked first by selectedContacts) to an organization of this partnership, or to none. */
export async function setOrganizationOf(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  ids: string[],
  organizationId: string | null,
): Promise<number> {
  if (
    organizationId &&
    !(await listOrganizations(deps, partnershipId)).some((o) => o.id === organizationId)
  ) {
    throw new AppError('VALIDATION_FAILED', 'Some fields are missing or invalid.', [
      { path: 'organizationId', message: 'No such organization in this partnership.' },
    ]);
  }
  await selectedContacts(deps, partnershipId, ids);
  const result = await deps.db
    .updateTable('contacts')
    .set({ organization_id: organizationId })
    .where(idList([...new Set(ids)]))
    .where('partnership_id', '=', partnershipId)
    .where('erased_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The contacts of this partnership (not erased) with this id, email (any case) or phone (E.164). */
export async function contactsFoundBy(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  by: { id: string } | { email: string } | { phone: string },
): Promise<Contact[]> {
  let q = deps.db
    .selectFrom('contacts')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('erased_on', 'is', null);
  if ('id' in by) q = q.where('id', '=', by.id);
  else if ('email' in by) q = q.where(sql<boolean>`email = ${by.email} COLLATE NOCASE`);
  else q = q.where('phone', '=', by.phone);
  return (await q.execute()).map(toContact);
}
