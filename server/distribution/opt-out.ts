/**
 * Opt-outs, recorded on the contact for good and checked again by the dispatcher at send time. A STOP
 * arrives with nothing but a phone number, and the person it belongs to asked the number we text from
 * to stop, whichever partnership they were imported into: so it applies to every contact with that
 * phone. Queued messages to them become `opted_out` in the same atomic write, so none slips out
 * between the opt-out and the dispatcher's own check.
 */
import { sql, type Compilable, type RawBuilder } from 'kysely';
import type { Deps } from '../deps.ts';
import type { ReplyLanguage } from './replies.ts';

type OptOutDeps = Pick<Deps, 'db' | 'atomic' | 'clock'>;

/** More statements to write in the same atomic write (the webhook's record of the message's sid). */
type Also = Compilable<unknown>[];

export interface OptOutResult {
  /** Contacts whose opt-out (or opt-in) this call recorded; 0 when nothing changed. */
  changed: number;
  /** Contacts with that phone or address, whatever their state. */
  contacts: number;
  /** Spanish when any of those contacts prefers it: the one language they are sure to read. */
  language: ReplyLanguage;
}

const samePhone = (e164: string) => sql<boolean>`phone = ${e164}`;
// Addresses are stored lower-cased, but an older or hand-made row must not escape an opt-out.
const sameEmail = (email: string) => sql<boolean>`email = ${email} COLLATE NOCASE`;

async function languagesOf(deps: Pick<Deps, 'db'>, match: RawBuilder<boolean>) {
  const rows = await deps.db.selectFrom('contacts').select('language').where(match).execute();
  const language: ReplyLanguage = rows.some((r) => r.language === 'es') ? 'es' : 'en';
  return { contacts: rows.length, language };
}

export async function optOutPhone(deps: OptOutDeps, e164: string, also: Also = []): Promise<OptOutResult> {
  const { db } = deps;
  const found = await languagesOf(deps, samePhone(e164));
  if (found.contacts === 0) {
    await deps.atomic(also);
    return { changed: 0, ...found };
  }
  const results = await deps.atomic([
    ...also,
    db
      .updateTable('outbox')
      .set({ status: 'opted_out', error_code: 'STOP' })
      .where('status', '=', 'queued')
      .where('channel', '=', 'sms')
      .where('contact_id', 'in', db.selectFrom('contacts').select('id').where(samePhone(e164))),
    // Only where not yet set: the first opt-out's time stays, and a repeat changes nothing.
    db
      .updateTable('contacts')
      .set({ sms_opted_out_at: deps.clock.now().toISOString() })
      .where(samePhone(e164))
      .where('sms_opted_out_at', 'is', null),
  ]);
  return { changed: results.at(-1)?.numChangedRows ?? 0, ...found };
}

/**
 * START: texts may go again. Rows already moved to `opted_out` stay there (the person said no to
 * them); new invitations and reminders are sent.
 */
export async function optInPhone(deps: OptOutDeps, e164: string, also: Also = []): Promise<OptOutResult> {
  const found = await languagesOf(deps, samePhone(e164));
  if (found.contacts === 0) {
    await deps.atomic(also);
    return { changed: 0, ...found };
  }
  const results = await deps.atomic([
    ...also,
    deps.db
      .updateTable('contacts')
      .set({ sms_opted_out_at: null })
      .where(samePhone(e164))
      .where('sms_opted_out_at', 'is not', null),
  ]);
  return { changed: results.at(-1)?.numChangedRows ?? 0, ...found };
}

/**
 * The unsubscribe link and the RFC 8058 one-click POST. Like STOP, it covers every contact with the
 * same address: the person asked this sender to stop writing to that mailbox.
 */
export async function optOutEmail(deps: OptOutDeps, contactId: string): Promise<OptOutResult> {
  const { db } = deps;
  const contact = await db
    .selectFrom('contacts')
    .select('email')
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!contact?.email) return { changed: 0, contacts: 0, language: 'en' };
  const email = contact.email;
  const found = await languagesOf(deps, sameEmail(email));
  const sameAddress = db.selectFrom('contacts').select('id').where(sameEmail(email));
  const [, marked] = await deps.atomic([
    db
      .updateTable('outbox')
      .set({ status: 'opted_out', error_code: 'UNSUBSCRIBED' })
      .where('status', '=', 'queued')
      .where('channel', '=', 'email')
      .where('contact_id', 'in', sameAddress),
    db
      .updateTable('contacts')
      .set({ email_opted_out_at: deps.clock.now().toISOString() })
      .where(sameEmail(email))
      .where('email_opted_out_at', 'is', null),
  ]);
  return { changed: marked?.numChangedRows ?? 0, ...found };
}

/**
 * Who a number belongs to, for HELP: the language to answer in and the partnership's name when all
 * its contacts belong to one (several would make any one name wrong for someone).
 */
export async function describePhone(deps: Pick<Deps, 'db'>, e164: string) {
  const rows = await deps.db
    .selectFrom('contacts')
    .innerJoin('partnerships', 'partnerships.id', 'contacts.partnership_id')
    .select(['contacts.language', 'partnerships.name'])
    .where(samePhone(e164))
    .execute();
  const names = new Set(rows.map((r) => r.name));
  const language: ReplyLanguage = rows.some((r) => r.language === 'es') ? 'es' : 'en';
  return { contacts: rows.length, language, partnershipName: names.size === 1 ? [...names][0]! : null };
}
