/**
 * The one clarifying text an unclear reply may get ("who is this?", "no": revocation.ts), recorded in
 * sms_clarifications (migrations/0012). The reply answers the last campaign that texted the number,
 * so the allowance is one per number and campaign: a second unclear reply about the same campaign
 * gets nothing, and next quarter's campaign may ask once again. A number we never texted, or one
 * that has opted out, is never asked.
 */
import { sql, type Compilable, type CompiledQuery } from 'kysely';
import type { Deps } from '../deps.ts';
import type { ReplyLanguage } from './replies.ts';

/** The outbox states in which a text has left us (or is leaving): what a reply can be answering. */
const texted = ['sending', 'sent', 'delivered'] as const;

/**
 * Records the question for the campaign that last texted this number, in one write with `also`;
 * returns the language to ask in, or null when no question may be sent.
 */
export async function askOnce(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock'>,
  e164: string,
  also: (Compilable<unknown> | CompiledQuery)[],
): Promise<ReplyLanguage | null> {
  const { db } = deps;
  const last = await db
    .selectFrom('outbox')
    .innerJoin('contacts', 'contacts.id', 'outbox.contact_id')
    .select(['outbox.campaign_id', 'outbox.contact_id', 'contacts.language'])
    .where('contacts.phone', '=', e164)
    .where('contacts.sms_opted_out_at', 'is', null)
    .where('outbox.channel', '=', 'sms')
    .where('outbox.status', 'in', texted)
    .orderBy('outbox.due_at', 'desc')
    .limit(1)
    .executeTakeFirst();
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
          AND contact_id IN (SELECT id FROM contacts WHERE phone = ${e164}))`.compile(db),
  ]);
  if ((results.at(-1)?.numChangedRows ?? 0) === 0) return null;
  return last.language === 'es' ? 'es' : 'en';
}
