/**
 * Opt-outs, recorded on the contact for good and checked again by the dispatcher at send time. A STOP
 * arrives with nothing but a phone number, and the person it belongs to asked the number we text from
 * to stop, whichever partnership they were imported into: so it applies to every contact with that
 * phone. Queued messages to them become `opted_out` in the same atomic write, so none slips out
 * between the opt-out and the dispatcher's own check.
 */
import type { Compilable } from 'kysely';
import type { Deps } from '../deps.ts';
import { getContactsByIds } from '../partnerships/contacts/people.ts';
import {
  clearSmsOptOut,
  contactIdsAt,
  languagesAt,
  markEmailOptedOut,
  markSmsOptedOut,
  partnershipsOfPhone,
  type Reach,
} from '../partnerships/contacts/reach.ts';
import { optOutQueued } from './outbox/replies.ts';
import type { Lang } from '../../surveys/languages.ts';
import { replyLanguage } from './replies.ts';

type OptOutDeps = Pick<Deps, 'db' | 'atomic' | 'clock'>;

/** More statements to write in the same atomic write (the webhook's record of the message's sid). */
type Also = Compilable<unknown>[];

export interface OptOutResult {
  /** Contacts whose opt-out (or opt-in) this call recorded; 0 when nothing changed. */
  changed: number;
  /** Contacts with that phone or address, whatever their state. */
  contacts: number;
  /** The language to confirm in: see replyLanguage. */
  language: Lang;
}

async function languagesOf(deps: Pick<Deps, 'db'>, to: Reach) {
  const languages = await languagesAt(deps, to);
  return { contacts: languages.length, language: replyLanguage(languages) };
}

export async function optOutPhone(deps: OptOutDeps, e164: string, also: Also = []): Promise<OptOutResult> {
  const found = await languagesOf(deps, { phone: e164 });
  if (found.contacts === 0) {
    await deps.atomic(also);
    return { changed: 0, ...found };
  }
  const results = await deps.atomic([
    ...also,
    optOutQueued(deps, 'sms', 'STOP', contactIdsAt(deps, { phone: e164 })),
    // Only where not yet set: the first opt-out's time stays, and a repeat changes nothing.
    markSmsOptedOut(deps, e164, deps.clock.now().toISOString()),
  ]);
  return { changed: results.at(-1)?.numChangedRows ?? 0, ...found };
}

/**
 * START: texts may go again. Rows already moved to `opted_out` stay there (the person said no to
 * them); new invitations and reminders are sent.
 */
export async function optInPhone(deps: OptOutDeps, e164: string, also: Also = []): Promise<OptOutResult> {
  const found = await languagesOf(deps, { phone: e164 });
  if (found.contacts === 0) {
    await deps.atomic(also);
    return { changed: 0, ...found };
  }
  const results = await deps.atomic([...also, clearSmsOptOut(deps, e164)]);
  return { changed: results.at(-1)?.numChangedRows ?? 0, ...found };
}

/**
 * The unsubscribe link and the RFC 8058 one-click POST. Like STOP, it covers every contact with the
 * same address: the person asked this sender to stop writing to that mailbox.
 */
export async function optOutEmail(deps: OptOutDeps, contactId: string): Promise<OptOutResult> {
  const contact = (await getContactsByIds(deps, [contactId])).get(contactId);
  if (!contact?.email) return { changed: 0, contacts: 0, language: 'en' };
  const email = contact.email;
  const found = await languagesOf(deps, { email });
  const [, marked] = await deps.atomic([
    optOutQueued(deps, 'email', 'UNSUBSCRIBED', contactIdsAt(deps, { email })),
    markEmailOptedOut(deps, email, deps.clock.now().toISOString()),
  ]);
  return { changed: marked?.numChangedRows ?? 0, ...found };
}

/**
 * Who a number belongs to, for HELP: the language to answer in, and the partnership's name and help
 * contact when all its contacts belong to one (several would make any one of them wrong for someone).
 */
export async function describePhone(deps: Pick<Deps, 'db'>, e164: string) {
  const rows = await partnershipsOfPhone(deps, e164);
  const names = new Set(rows.map((r) => r.name));
  const asking = new Set(rows.map((r) => JSON.stringify([r.name, r.help_contact])));
  return {
    contacts: rows.length,
    language: replyLanguage(rows.map((r) => r.language)),
    partnershipName: names.size === 1 ? [...names][0]! : null,
    helpContact: asking.size === 1 ? rows[0]!.help_contact : null,
  };
}
