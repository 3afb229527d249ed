/**
 * Which contacts a campaign reaches: by kind, organization and attribute values. One SQL condition
 * serves the launch (which loads the contacts) and the count shown before it (which only counts), so
 * the number on the screen is the number of people a launch invites.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Deps } from '../deps.ts';
import { contactsOf } from './contacts/bulk.ts';
import { toContact } from './contacts/input.ts';
import type { AudienceCount, Contact } from './contract.ts';

export interface AudienceFilter {
  kinds?: Contact['kind'][];
  organizationIds?: string[];
  attributes?: Record<string, string[]>;
}

type Channel = 'sms' | 'email';

/**
 * The contacts of a partnership that match. Each list is bound as one JSON parameter, because D1
 * binds at most 100 per statement and an audience may name 200 organizations. A contact without an
 * attribute counts as having the empty value.
 */
function matching(deps: Pick<Deps, 'db'>, partnershipId: string, audience: AudienceFilter) {
  let q = contactsOf(deps, partnershipId);
  if (audience.kinds?.length)
    q = q.where(sql<boolean>`kind IN (SELECT value FROM json_each(${JSON.stringify(audience.kinds)}))`);
  if (audience.organizationIds?.length)
    q = q.where(
      sql<boolean>`organization_id IN (SELECT value FROM json_each(${JSON.stringify(audience.organizationIds)}))`,
    );
  if (Object.keys(audience.attributes ?? {}).length)
    q = q.where(
      sql<boolean>`NOT EXISTS (
        SELECT 1 FROM json_each(${JSON.stringify(audience.attributes)}) AS wanted
        WHERE coalesce(json_extract(contacts.attributes, '$."' || wanted.key || '"'), '')
          NOT IN (SELECT value FROM json_each(wanted.value)))`,
    );
  return q;
}

export async function listContactsForAudience(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  audience: AudienceFilter,
): Promise<Contact[]> {
  const rows = await matching(deps, partnershipId, audience).selectAll().orderBy('id').execute();
  return rows.map(toContact);
}

// What chooseChannel (distribution/outbox/queue.ts) asks of a contact, as SQL; test/api/audience.test.ts
// holds the two together by launching what was counted.
const reachable: Record<Channel, RawBuilder<boolean>> = {
  sms: sql`(coalesce(phone, '') <> '' AND sms_consent = 1 AND sms_opted_out_at IS NULL)`,
  email: sql`(coalesce(email, '') <> '' AND email_opted_out_at IS NULL)`,
};

/** The channel a launch would choose, as SQL: the first of `channels` that reaches the contact. */
function chosenChannel(channels: Channel[]) {
  return channels.length
    ? sql<Channel | 'none'>`CASE ${sql.join(
        channels.map((ch) => sql`WHEN ${reachable[ch]} THEN ${sql.lit(ch)}`),
        sql` `,
      )} ELSE 'none' END`
    : sql<Channel | 'none'>`'none'`;
}

/** How many contacts a launch would invite, and on which channel, counted in the database. */
export async function countAudience(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  audience: AudienceFilter,
  channels: Channel[],
): Promise<AudienceCount> {
  const rows = await matching(deps, partnershipId, audience)
    .select([chosenChannel(channels).as('channel'), sql<number>`count(*)`.as('n')])
    .groupBy(sql`1`)
    .execute();
  const out: AudienceCount = { total: 0, sms: 0, email: 0, none: 0 };
  for (const r of rows) {
    out[r.channel] += Number(r.n);
    out.total += Number(r.n);
  }
  return out;
}

/** The same count by the language each contact speaks (a tag of surveys/language-list.ts) too. */
export async function countAudienceLanguages(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  audience: AudienceFilter,
  channels: Channel[],
): Promise<{ language: string; channel: Channel | 'none'; people: number }[]> {
  const rows = await matching(deps, partnershipId, audience)
    .select(['language', chosenChannel(channels).as('channel'), sql<number>`count(*)`.as('n')])
    .groupBy([sql`1`, sql`2`])
    .execute();
  return rows.map((r) => ({ language: r.language, channel: r.channel, people: Number(r.n) }));
}
