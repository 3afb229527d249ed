/**
 * Contacts added one by one or as a list (a list is accepted item by item, with a report of every
 * rejected item and why), listed, searched and read by id. The contacts/ folder is the table's one
 * owner; no other module names it.
 */
import { sql, type RawBuilder } from 'kysely';
import { type CountryCode } from 'libphonenumber-js/min';
import type { Deps } from '../../deps.ts';
import { zodDetails } from '../../http.ts';
import { newId } from '../../ids.ts';
import { type AddContactsReport, type Contact, type ContactListing } from '../contract.ts';
import { listOrganizations, organizationNames } from '../organizations.ts';
import { contactInputIn, toContact, type Row } from './input.ts';
import { markedOptOuts, optOutsOnArrival } from './marks.ts';

/** Adds contacts; each item stands alone, so one bad row never blocks the good ones. */
export async function addContacts(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>,
  partnershipId: string,
  items: unknown[],
  options: { defaultCountry?: CountryCode } = {},
): Promise<AddContactsReport> {
  const input = contactInputIn(options.defaultCountry);
  const orgs = await listOrganizations(deps, partnershipId);
  const orgById = new Map(orgs.map((o) => [o.id, o.id]));
  const orgByName = new Map(orgs.map((o) => [o.name.toLowerCase(), o.id]));
  const existing = await deps.db
    .selectFrom('contacts')
    .select(['email', 'phone'])
    .where('partnership_id', '=', partnershipId)
    .execute();
  const emails = new Set(existing.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])));
  const phones = new Set(existing.flatMap((r) => (r.phone ? [r.phone] : [])));
  const now = deps.clock.now().toISOString();
  const report: AddContactsReport = { created: [], rejected: [] };
  const rows: Row[] = [];

  items.forEach((item, index) => {
    const parsed = input.safeParse(item);
    if (!parsed.success) return report.rejected.push({ index, errors: zodDetails(parsed.error) });
    const c = parsed.data;
    const errors: { path: string; message: string }[] = [];
    let organizationId: string | null = null;
    if (c.organizationId) organizationId = orgById.get(c.organizationId) ?? null;
    else if (c.organization) organizationId = orgByName.get(c.organization.toLowerCase()) ?? null;
    if ((c.organizationId || c.organization) && !organizationId) {
      errors.push({ path: 'organization', message: 'No such organization in this partnership.' });
    }
    if (c.email && emails.has(c.email))
      errors.push({ path: 'email', message: 'Another contact already has this email.' });
    if (c.phone && phones.has(c.phone))
      errors.push({ path: 'phone', message: 'Another contact already has this phone.' });
    if (errors.length > 0) return report.rejected.push({ index, errors });
    if (c.email) emails.add(c.email);
    if (c.phone) phones.add(c.phone);
    rows.push({
      id: newId(deps.random),
      partnership_id: partnershipId,
      organization_id: organizationId,
      kind: c.kind,
      first_name: c.firstName,
      last_name: c.lastName,
      email: c.email ?? null,
      phone: c.phone ?? null,
      language: c.language,
      attributes: JSON.stringify(c.attributes),
      sms_consent: c.smsConsent ? 1 : 0,
    });
  });

  if (rows.length > 0) {
    // A phone or address that opted out before its contact was erased stays opted out (marks.ts).
    const optOuts = await optOutsOnArrival(
      deps,
      partnershipId,
      {
        phones: rows.flatMap((r) => (r.phone ? [r.phone] : [])),
        emails: rows.flatMap((r) => (r.email ? [r.email] : [])),
      },
      now,
    );
    await deps.atomic([
      ...rows.map((r) => deps.db.insertInto('contacts').values({ ...r, created_at: now })),
      ...(optOuts ? [optOuts] : []),
    ]);
    if (optOuts) {
      const stored = await getContactsByIds(
        deps,
        rows.map((r) => r.id),
      );
      report.created = rows.map((r) => stored.get(r.id) ?? toContact(r));
      return report;
    }
  }
  report.created = rows.map(toContact);
  return report;
}

export async function getContactsByIds(deps: Pick<Deps, 'db'>, ids: string[]): Promise<Map<string, Contact>> {
  const out = new Map<string, Contact>();
  // Chunked: D1 binds at most 100 parameters per statement.
  for (let i = 0; i < ids.length; i += 90) {
    const rows = await deps.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + 90))
      .where('erased_on', 'is', null)
      .execute();
    for (const row of rows) out.set(row.id, toContact(row));
  }
  return out;
}

/**
 * getContactsByIds for the dispatcher: a contact whose phone or address is marked opted out (its
 * contact was erased after a STOP, or moved off it) reads as opted out, whatever its row says.
 */
export async function getContactsForSending(
  deps: Pick<Deps, 'db' | 'config'>,
  ids: string[],
): Promise<Map<string, Contact>> {
  const contacts = await getContactsByIds(deps, ids);
  const all = [...contacts.values()];
  const marked = await markedOptOuts(deps, {
    phones: all.flatMap((c) => (c.phone && !c.smsOptedOut ? [c.phone] : [])),
    emails: all.flatMap((c) => (c.email && !c.emailOptedOut ? [c.email] : [])),
  });
  for (const c of all) {
    if (c.phone && marked.phones.has(c.phone)) c.smsOptedOut = true;
    if (c.email && marked.emails.has(c.email.toLowerCase())) c.emailOptedOut = true;
  }
  return contacts;
}

/** Every first and last name among a partnership's contacts, each once (for masking names in comments). */
export async function contactNames(deps: Pick<Deps, 'db'>, partnershipId: string): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('contacts')
    .select('first_name as name')
    .where('partnership_id', '=', partnershipId)
    .where('erased_on', 'is', null)
    .union((db) =>
      db
        .selectFrom('contacts')
        .select('last_name as name')
        .where('partnership_id', '=', partnershipId)
        .where('erased_on', 'is', null),
    )
    .execute();
  return rows.map((r) => r.name);
}

/** The ids of a partnership's contacts added after `since` (an ISO time): not in a launch begun then. */
export async function contactIdsAddedAfter(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  since: string,
): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('contacts')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('created_at', '>', since)
    .where('erased_on', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

async function listings(
  deps: Pick<Deps, 'db'>,
  where: RawBuilder<boolean>,
  page?: { limit: number; offset: number },
): Promise<ContactListing[]> {
  let query = deps.db
    .selectFrom('contacts as c')
    .where(where)
    .where('c.erased_on', 'is', null)
    .leftJoin(organizationNames(deps).as('org'), 'org.id', 'c.organization_id')
    .select([
      'c.id',
      'c.first_name',
      'c.last_name',
      'c.email',
      'c.phone',
      'c.language',
      'org.name as organization',
    ]);
  if (page) {
    query = query
      .orderBy('c.last_name')
      .orderBy('c.first_name')
      .orderBy('c.id')
      .limit(page.limit)
      .offset(page.offset);
  }
  return (await query.execute()).map((r) => ({
    contactId: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    phone: r.phone,
    language: r.language,
    organization: r.organization,
  }));
}

/** These contacts as listed, by id: one statement for any number (a JSON parameter). */
export async function contactListings(
  deps: Pick<Deps, 'db'>,
  ids: string[],
): Promise<Map<string, ContactListing>> {
  const found = await listings(deps, sql`c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  return new Map(found.map((c) => [c.contactId, c]));
}

/** The contacts `among` selects (another owner's subquery of ids) whose name, email or phone has `q`. */
function amongMatching(among: RawBuilder<string>, q?: string): RawBuilder<boolean> {
  if (!q) return sql`c.id IN (${among}) AND c.erased_on IS NULL`;
  const like = `%${q.replace(/[%_]/g, '')}%`;
  return sql`c.id IN (${among}) AND c.erased_on IS NULL
    AND (c.first_name || ' ' || c.last_name LIKE ${like} OR c.email LIKE ${like} OR c.phone LIKE ${like})`;
}

/** A page of the contacts `among` selects that match `q`, by name; `total` counts every match. */
export async function contactListingsAmong(
  deps: Pick<Deps, 'db'>,
  among: RawBuilder<string>,
  query: { q?: string; limit: number; offset: number },
): Promise<{ contacts: ContactListing[]; total: number }> {
  const where = amongMatching(among, query.q);
  const count = await deps.db
    .selectFrom('contacts as c')
    .where(where)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return { total: Number(count?.n ?? 0), contacts: await listings(deps, where, query) };
}

/** Every contact `among` selects, by id. */
export async function contactIdsAmong(deps: Pick<Deps, 'db'>, among: RawBuilder<string>): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('contacts as c')
    .where(amongMatching(among))
    .select('c.id')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => r.id);
}

/** Every contact's name, phone and email by id, as a subquery another owner's row joins to (distribution/outbox/reads.ts). */
export function contactNamesAndAddresses(deps: Pick<Deps, 'db'>) {
  return deps.db
    .selectFrom('contacts')
    .select(['id', 'first_name', 'last_name', 'phone', 'email'])
    .where('erased_on', 'is', null);
}

// A person is found by their phone or address, whichever partnership they were imported into: a STOP
// or an unsubscribe applies to every contact with it (server/distribution/opt-out.ts).
