/**
 * A contact as a phone number or an email address reaches them: the statements opt-outs, START and
 * HELP pass to their atomic writes, and the subqueries the outbox joins to.
 */
import { sql } from 'kysely';
import type { Deps } from '../../deps.ts';
import { type Contact } from '../contract.ts';
import { partnershipNames } from '../partnerships.ts';

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
    .select(['contacts.language', 'partnership.name', 'partnership.help_contact'])
    .where(samePhone(e164))
    .execute();
}

/**
 * The contacts with this phone that still take texts, with their language, as a subquery an outbox
 * row joins to in the same query (distribution/outbox/replies.ts).
 */
export function textableContacts(deps: Pick<Deps, 'db'>, e164: string) {
  return deps.db
    .selectFrom('contacts')
    .select(['id', 'language'])
    .where('phone', '=', e164)
    .where('sms_opted_out_at', 'is', null);
}

/** Every contact's phone by id, as a subquery an outbox row joins to in the same query (distribution/outbox/). */
export function contactPhones(deps: Pick<Deps, 'db'>) {
  return deps.db.selectFrom('contacts').select(['id', 'phone']);
}

/** Whether texts to this phone are refused: a contact on it said STOP (the marks are asked apart). */
export async function phoneOptedOut(deps: Pick<Deps, 'db'>, e164: string): Promise<boolean> {
  const row = await deps.db
    .selectFrom('contacts')
    .select('id')
    .where(samePhone(e164))
    .where('sms_opted_out_at', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}
