/**
 * Contacts: personal data, used to send and for nothing else. Added one by one or as a list; a list
 * is accepted item by item with a report of every rejected item and why.
 */
import {
  sql,
  type CompiledQuery,
  type Insertable,
  type Kysely,
  type RawBuilder,
  type Updateable,
} from 'kysely';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { compileOnce } from '../db/compile-once.ts';
import type { ContactsTable, Database } from '../db/schema.ts';
import { oneLine } from '../fields/contract.ts';
import { zodDetails } from '../http.ts';
import { newId } from '../ids.ts';
import { contactKinds, type AddContactsReport, type Contact, type ContactListing, type ContactQuery } from './contract.ts';
import { listOrganizations, organizationNames } from './organizations.ts';
import { partnershipNames } from './partnerships.ts';

/** E.164, or null: local numbers are read in `country` (DEFAULT_COUNTRY), anything with a + as international. */
export function normalizePhone(raw: string, country: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(raw, country);
  return parsed?.isValid() ? parsed.number : null;
}

const phoneIn = (country: CountryCode) =>
  z
    .string()
    .trim()
    .max(40)
    .transform((raw, ctx) => {
      const e164 = normalizePhone(raw, country);
      if (!e164) {
        ctx.addIssue({ code: 'custom', message: `"${raw}" is not a valid phone number.` });
        return z.NEVER;
      }
      return e164;
    });
const phone = phoneIn('US');

export const contactInput = z
  .object({
    firstName: oneLine(80),
    lastName: oneLine(80, 0).default(''),
    email: z.string().trim().toLowerCase().email().max(254).nullish(),
    phone: phone.nullish(),
    language: z.enum(['en', 'es']).default('en'),
    kind: z.enum(contactKinds),
    organizationId: z.string().min(1).max(64).nullish(),
    /** An organization by name, for imports written by hand. */
    organization: oneLine(160).nullish(),
    attributes: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Attribute names are lower_snake_case.'),
        z.string().trim().max(100),
      )
      .refine((a) => Object.keys(a).length <= 20, 'At most 20 attributes.')
      .default({}),
    smsConsent: z.boolean().default(false),
  })
  .refine((c) => c.email || c.phone, {
    message: 'A contact needs an email or a phone number.',
    path: ['email'],
  });
export type ContactInput = z.infer<typeof contactInput>;

/** `contactInput` reading local phone numbers in another country than the US. */
export function contactInputIn(country: CountryCode = 'US'): typeof contactInput {
  return country === 'US' ? contactInput : contactInput.safeExtend({ phone: phoneIn(country).nullish() });
}

type Row = {
  id: string;
  partnership_id: string;
  organization_id: string | null;
  kind: ContactsTable['kind'];
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  language: 'en' | 'es';
  attributes: string;
  sms_consent: number;
  // Absent on rows being created; set only by an opt-out (server/distribution/opt-out.ts).
  sms_opted_out_at?: string | null;
  email_opted_out_at?: string | null;
};

export function toContact(row: Row): Contact {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    organizationId: row.organization_id,
    kind: row.kind,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    language: row.language,
    attributes: JSON.parse(row.attributes) as Record<string, string>,
    smsConsent: row.sms_consent === 1,
    smsOptedOut: row.sms_opted_out_at != null,
    emailOptedOut: row.email_opted_out_at != null,
  };
}

/** Adds contacts; each item stands alone, so one bad row never blocks the good ones. */
export async function addContacts(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random'>,
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
    await deps.atomic(rows.map((r) => deps.db.insertInto('contacts').values({ ...r, created_at: now })));
  }
  report.created = rows.map(toContact);
  return report;
}

export async function listContacts(deps: Pick<Deps, 'db'>, partnershipId: string, query: ContactQuery) {
  let q = deps.db.selectFrom('contacts').selectAll().where('partnership_id', '=', partnershipId);
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.organizationId) q = q.where('organization_id', '=', query.organizationId);
  if (query.q) {
    const like = `%${query.q.replace(/[%_]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([
        eb('first_name', 'like', like),
        eb('last_name', 'like', like),
        eb('email', 'like', like),
        eb('phone', 'like', like),
      ]),
    );
  }
  const rows = await q
    .orderBy('last_name')
    .orderBy('first_name')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return rows.map(toContact);
}

export async function getContactsByIds(deps: Pick<Deps, 'db'>, ids: string[]): Promise<Map<string, Contact>> {
  const out = new Map<string, Contact>();
  // Chunked: D1 binds at most 100 parameters per statement.
  for (let i = 0; i < ids.length; i += 90) {
    const rows = await deps.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + 90))
      .execute();
    for (const row of rows) out.set(row.id, toContact(row));
  }
  return out;
}

/** Every first and last name among a partnership's contacts, each once (for masking names in comments). */
export async function contactNames(deps: Pick<Deps, 'db'>, partnershipId: string): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('contacts')
    .select('first_name as name')
    .where('partnership_id', '=', partnershipId)
    .union((db) =>
      db.selectFrom('contacts').select('last_name as name').where('partnership_id', '=', partnershipId),
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
  if (!q) return sql`c.id IN (${among})`;
  const like = `%${q.replace(/[%_]/g, '')}%`;
  return sql`c.id IN (${among})
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

/** Every contact's name, phone and email by id, as a subquery another owner's row joins to (outbox.ts). */
export function contactNamesAndAddresses(deps: Pick<Deps, 'db'>) {
  return deps.db.selectFrom('contacts').select(['id', 'first_name', 'last_name', 'phone', 'email']);
}

// A person is found by their phone or address, whichever partnership they were imported into: a STOP
// or an unsubscribe applies to every contact with it (server/distribution/opt-out.ts).
export type Reach = { phone: string } | { email: string };

const samePhone = (e164: string) => sql<boolean>`phone = ${e164}`;
// Addresses are stored lower-cased, but an older or hand-made row must not escape an opt-out.
const sameEmail = (email: string) => sql<boolean>`email = ${email} COLLATE NOCASE`;
const sameReach = (to: Reach) => ('phone' in to ? samePhone(to.phone) : sameEmail(to.email));

/** The language of each contact with this phone or address. */
export async function languagesAt(deps: Pick<Deps, 'db'>, to: Reach): Promise<Contact['language'][]> {
  const rows = await deps.db.selectFrom('contacts').select('language').where(sameReach(to)).execute();
  return rows.map((r) => r.language);
}

/** The ids of the contacts with this phone or address, as a subquery (`where(..., 'in', ...)`). */
export function contactIdsAt(deps: Pick<Deps, 'db'>, to: Reach) {
  return deps.db.selectFrom('contacts').select('id').where(sameReach(to));
}

/** STOP, for `deps.atomic`: only where not yet set, so the first opt-out's time stays. */
export function markSmsOptedOut(deps: Pick<Deps, 'db'>, e164: string, at: string) {
  return deps.db
    .updateTable('contacts')
    .set({ sms_opted_out_at: at })
    .where(samePhone(e164))
    .where('sms_opted_out_at', 'is', null);
}

/** START, for `deps.atomic`: texts may go again to this phone. */
export function clearSmsOptOut(deps: Pick<Deps, 'db'>, e164: string) {
  return deps.db
    .updateTable('contacts')
    .set({ sms_opted_out_at: null })
    .where(samePhone(e164))
    .where('sms_opted_out_at', 'is not', null);
}

/** An unsubscribe, for `deps.atomic`: only where not yet set, so the first one's time stays. */
export function markEmailOptedOut(deps: Pick<Deps, 'db'>, email: string, at: string) {
  return deps.db
    .updateTable('contacts')
    .set({ email_opted_out_at: at })
    .where(sameEmail(email))
    .where('email_opted_out_at', 'is', null);
}

/** Each contact with this phone: its language and its partnership's name (for HELP). */
export async function partnershipsOfPhone(deps: Pick<Deps, 'db'>, e164: string) {
  return deps.db
    .selectFrom('contacts')
    .innerJoin(partnershipNames(deps).as('partnership'), 'partnership.id', 'contacts.partnership_id')
    .select(['contacts.language', 'partnership.name'])
    .where(samePhone(e164))
    .execute();
}

/**
 * The contacts with this phone that still take texts, with their language, as a subquery an outbox
 * row joins to in the same query (distribution/outbox.ts).
 */
export function textableContacts(deps: Pick<Deps, 'db'>, e164: string) {
  return deps.db
    .selectFrom('contacts')
    .select(['id', 'language'])
    .where('phone', '=', e164)
    .where('sms_opted_out_at', 'is', null);
}

/** Every contact's phone by id, as a subquery an outbox row joins to in the same query (outbox.ts). */
export function contactPhones(deps: Pick<Deps, 'db'>) {
  return deps.db.selectFrom('contacts').select(['id', 'phone']);
}

/**
 * The contacts of a partnership, as a query to narrow and select from: an audience adds its
 * conditions (audience.ts), so what a launch loads and what the count shows are one query.
 */
export function contactsOf(deps: Pick<Deps, 'db'>, partnershipId: string) {
  return deps.db.selectFrom('contacts').where('partnership_id', '=', partnershipId);
}

/** Every contact of a partnership, to match an import's rows against. */
export async function contactsOfPartnership(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
): Promise<Contact[]> {
  const rows = await contactsOf(deps, partnershipId).selectAll().execute();
  return rows.map(toContact);
}

const insertColumns = [
  'id',
  'partnership_id',
  'organization_id',
  'kind',
  'first_name',
  'last_name',
  'email',
  'phone',
  'language',
  'attributes',
  'sms_consent',
  'created_at',
] as const;
/** A new contact as an import writes it, column by column. */
export type NewContactRow = { [K in (typeof insertColumns)[number]]: Insertable<ContactsTable>[K] };
type InsertValue = NewContactRow[keyof NewContactRow];

// An import makes up to 12,500 of these, differing only in their values, and building each through
// Kysely cost more than SQLite takes to run it: compiled once per number of rows (see compileOnce).
const insertContacts = compileOnce((db, ...values: InsertValue[]) =>
  db.insertInto('contacts').values(
    Array.from({ length: values.length / insertColumns.length }, (_, r) => {
      const row: Record<string, InsertValue> = {};
      insertColumns.forEach((column, k) => (row[column] = values[r * insertColumns.length + k]));
      return row as NewContactRow;
    }),
  ),
);

/** One statement inserting these new contacts (for an atomic batch). */
export function contactsInsert(db: Kysely<Database>, rows: NewContactRow[]): CompiledQuery {
  return insertContacts(db, ...rows.flatMap((row) => insertColumns.map((column) => row[column])));
}

/** Columns an update sets as given; `attributes` are patched into the stored JSON instead. */
export type ContactChanges = Omit<Updateable<ContactsTable>, 'id' | 'partnership_id' | 'attributes'> & {
  attributes?: Record<string, string>;
};

/**
 * One statement updating a contact of this partnership: the attribute keys given are set and the
 * others stay (json_patch), so an import naming some attributes never drops the rest.
 */
export function contactUpdate(
  db: Kysely<Database>,
  partnershipId: string,
  contactId: string,
  changes: ContactChanges,
) {
  const { attributes, ...columns } = changes;
  const set = attributes
    ? { ...columns, attributes: sql<string>`json_patch(attributes, ${JSON.stringify(attributes)})` }
    : columns;
  return db
    .updateTable('contacts')
    .set(set)
    .where('id', '=', contactId)
    .where('partnership_id', '=', partnershipId);
}
