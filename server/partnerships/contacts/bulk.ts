/**
 * A partnership's contacts in bulk: the query an audience narrows (what a launch loads and what its
 * count shows), and the statements a CSV import writes in its atomic batch.
 */
import { sql, type CompiledQuery, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { Deps } from '../../deps.ts';
import { compileOnce } from '../../db/compile-once.ts';
import type { ContactsTable, Database } from '../../db/schema.ts';
import { type Contact } from '../contract.ts';
import { toContact } from './input.ts';

/**
 * The contacts of a partnership, as a query to narrow and select from: an audience adds its
 * conditions (audience.ts), so what a launch loads and what the count shows are one query.
 */
export function contactsOf(deps: Pick<Deps, 'db'>, partnershipId: string) {
  return deps.db
    .selectFrom('contacts')
    .where('partnership_id', '=', partnershipId)
    .where('erased_on', 'is', null);
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
