/**
 * A partnership's contacts a page at a time, searched and filtered in SQL: by last name, first name
 * and id, so a page is a range of one of 0014's indexes however long the list, and the next page
 * starts after the last row seen (a cursor) or at an offset (a page number from a link).
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Deps } from '../../deps.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { ContactPage, ContactQuery } from '../contract.ts';
import { toContact } from './input.ts';

type Eb = ExpressionBuilder<Database, 'contacts'>;

const encode = (key: [string, string, string]) => {
  let bin = '';
  for (const b of new TextEncoder().encode(JSON.stringify(key))) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

function decode(cursor: string): [string, string, string] {
  try {
    const bin = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const key = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0))),
    ) as unknown;
    if (Array.isArray(key) && key.length === 3 && key.every((k) => typeof k === 'string')) {
      return key as [string, string, string];
    }
  } catch {
    // refused below, as any cursor this list did not give
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is not one this list gave.', [
    { path: 'cursor', message: 'Start again from the first page.' },
  ]);
}

/** The search: a name or an email containing `q`, or, when `q` is a phone's digits, a phone with them. */
function matching(eb: Eb, q: string) {
  const like = `%${q.replace(/[%_\\]/g, '')}%`;
  const digits = q.replace(/[\s().+-]/g, '');
  // Digits are a phone (or an address): names hold none, and testing them costs a third of a search.
  if (/^\d{3,}$/.test(digits)) return eb.or([eb('phone', 'like', `%${digits}%`), eb('email', 'like', like)]);
  return eb.or([eb(sql<string>`first_name || ' ' || last_name`, 'like', like), eb('email', 'like', like)]);
}

function filtered(deps: Pick<Deps, 'db'>, partnershipId: string, query: ContactQuery) {
  let q = deps.db
    .selectFrom('contacts')
    .where('partnership_id', '=', partnershipId)
    .where('erased_on', 'is', null);
  const organization = query.organization ?? query.organizationId;
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (organization === 'none') q = q.where('organization_id', 'is', null);
  else if (organization) q = q.where('organization_id', '=', organization);
  if (query.language) q = q.where('language', '=', query.language);
  if (query.consent) q = q.where('sms_consent', '=', query.consent === 'yes' ? 1 : 0);
  if (query.optedOut === 'sms') q = q.where('sms_opted_out_at', 'is not', null);
  if (query.optedOut === 'email') q = q.where('email_opted_out_at', 'is not', null);
  if (query.optedOut === 'any')
    q = q.where((eb) =>
      eb.or([eb('sms_opted_out_at', 'is not', null), eb('email_opted_out_at', 'is not', null)]),
    );
  if (query.optedOut === 'none')
    q = q.where('sms_opted_out_at', 'is', null).where('email_opted_out_at', 'is', null);
  if (query.q) q = q.where((eb) => matching(eb, query.q!));
  return q;
}

/** One page of the contacts the query selects, with how many it selects in all. */
export async function pageOfContacts(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  query: ContactQuery,
): Promise<ContactPage> {
  const base = filtered(deps, partnershipId, query);
  let rows = base.selectAll();
  if (query.cursor) {
    const [last, first, id] = decode(query.cursor);
    rows = rows.where(sql<boolean>`(last_name, first_name, id) > (${last}, ${first}, ${id})`);
  } else if (query.page) {
    rows = rows.offset((query.page - 1) * query.limit);
  }
  const found = await rows
    .orderBy('last_name')
    .orderBy('first_name')
    .orderBy('id')
    .limit(query.limit + 1)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const page = found.slice(0, query.limit);
  const end = page[page.length - 1];
  return {
    contacts: page.map(toContact),
    total: Number(count.n),
    page: query.cursor ? null : (query.page ?? 1),
    limit: query.limit,
    nextCursor: found.length > query.limit && end ? encode([end.last_name, end.first_name, end.id]) : null,
  };
}
