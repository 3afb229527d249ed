/**
 * The one clarifying text an unclear reply may get ("who is this?", "no": surveys/sms/revocation.ts), recorded in
 * sms_clarifications (migrations/0012). The reply answers the last campaign that texted the number,
 * so the allowance is one per number and campaign: a second unclear reply about the same campaign
 * gets nothing, and next quarter's campaign may ask once again. A number we never texted, or one
 * that has opted out, is never asked.
 */
import { sql, type Compilable, type CompiledQuery } from 'kysely';
import type { Deps } from '../deps.ts';
import { contactIdsAt } from '../partnerships/contacts/reach.ts';
import { lastTextTo } from './outbox/replies.ts';
import type { Lang } from '../../surveys/languages.ts';
import { replyLanguage } from './replies.ts';

/**
 * Records the question for the campaign that last texted this number, in one write with `also`;
 * returns the language to ask in, or null when no question may be sent.
 */
export async function askOnce(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock'>,
  e164: string,
  also: (Compilable<unknown> | CompiledQuery)[],
): Promise<Lang | null> {
  const { db } = deps;
  const last = await lastTextTo(deps, e164);
  if (!last) {
    await deps.atomic(also);
    return null;
  }
  const day = deps.clock.now().toISOString().slice(0, 10);
  // One statement decides and records, so two unclear replies at once still ask only once.
  const results = await deps.atomic([
    ...also,
    sql`INSERT INTO sms_clarifications (campaign_id, contact_id, asked_on)
      SELECT ${last.campaign_id}, ${last.contact_id}, ${day}
      WHERE NOT EXISTS (
        SELECT 1 FROM sms_clarifications
        WHERE campaign_id = ${last.campaign_id}
          AND contact_id IN ${contactIdsAt(deps, { phone: e164 })})`.compile(db),
  ]);
  if ((results.at(-1)?.numChangedRows ?? 0) === 0) return null;
  return replyLanguage([last.language]);
}

/** Forgets these contacts' clarifications (an erasure), for the caller's atomic write. */
export function clarificationsOfContactsDelete(deps: Pick<Deps, 'db'>, contactIds: string[]) {
  return sql`DELETE FROM sms_clarifications
    WHERE contact_id IN (SELECT value FROM json_each(${JSON.stringify(contactIds)}))`.compile(deps.db);
}
