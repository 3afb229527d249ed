/**
 * Opt-outs that outlive their contact: when a contact who replied STOP or unsubscribed is erased, or
 * moves to another phone or address, the old one is kept as a keyed MAC (server/mac.ts, under the link
 * secret), never in the clear. A contact added, imported or edited onto a marked phone or address
 * starts opted out, and the dispatcher checks the marks again before it sends.
 */
import { sql } from 'kysely';
import type { Deps } from '../../deps.ts';
import { mac } from '../../mac.ts';

export type MarkChannel = 'sms' | 'email';

// 16 bytes: collisions are out of reach, and without the secret the phone space cannot be walked.
const markOf = (deps: Pick<Deps, 'config'>, channel: MarkChannel, value: string) =>
  mac(
    deps.config.distribution.linkSecret,
    `opt-out-mark-${channel}`,
    channel === 'email' ? value.toLowerCase() : value,
    16,
  );

/** The statement keeping these opted-out phones and addresses, for the caller's atomic write. */
export async function optOutMarksInsert(
  deps: Pick<Deps, 'db' | 'config'>,
  marks: { channel: MarkChannel; value: string }[],
) {
  if (marks.length === 0) return null;
  const rows = await Promise.all(
    marks.map(async (m) => ({ mac: await markOf(deps, m.channel, m.value), channel: m.channel })),
  );
  return sql`INSERT INTO opt_out_marks (mac, channel)
    SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(rows.map((r) => [r.mac, r.channel]))})
    WHERE true ON CONFLICT (mac) DO NOTHING`.compile(deps.db);
}

/** Which of these phones and addresses are marked opted out: one query for any number. */
export async function markedOptOuts(
  deps: Pick<Deps, 'db' | 'config'>,
  addresses: { phones: string[]; emails: string[] },
): Promise<{ phones: Set<string>; emails: Set<string> }> {
  const out = { phones: new Set<string>(), emails: new Set<string>() };
  const asked = [
    ...[...new Set(addresses.phones)].map((v) => ({ channel: 'sms' as const, value: v })),
    ...[...new Set(addresses.emails.map((e) => e.toLowerCase()))].map((v) => ({
      channel: 'email' as const,
      value: v,
    })),
  ];
  if (asked.length === 0) return out;
  const byMac = new Map<string, (typeof asked)[number]>();
  for (const a of asked) byMac.set(await markOf(deps, a.channel, a.value), a);
  // Chunked so a 100,000-row import's JSON parameter stays far below any statement limit.
  const macs = [...byMac.keys()];
  for (let i = 0; i < macs.length; i += 5000) {
    const rows = await deps.db
      .selectFrom('opt_out_marks')
      .select('mac')
      .where(sql<boolean>`mac IN (SELECT value FROM json_each(${JSON.stringify(macs.slice(i, i + 5000))}))`)
      .execute();
    for (const r of rows) {
      const a = byMac.get(r.mac)!;
      (a.channel === 'sms' ? out.phones : out.emails).add(a.value);
    }
  }
  return out;
}

/**
 * The statement that opts out, as they arrive, this partnership's contacts on any of these phones or
 * addresses that is marked (an add or an import puts it after its inserts, in the same atomic write).
 * Null when none is marked.
 */
export async function optOutsOnArrival(
  deps: Pick<Deps, 'db' | 'config'>,
  partnershipId: string,
  addresses: { phones: string[]; emails: string[] },
  at: string,
) {
  const marked = await markedOptOuts(deps, addresses);
  if (marked.phones.size === 0 && marked.emails.size === 0) return null;
  const phones = JSON.stringify([...marked.phones]);
  const emails = JSON.stringify([...marked.emails]);
  return sql`UPDATE contacts SET
      sms_opted_out_at = CASE WHEN phone IN (SELECT value FROM json_each(${phones}))
        THEN coalesce(sms_opted_out_at, ${at}) ELSE sms_opted_out_at END,
      email_opted_out_at = CASE WHEN lower(email) IN (SELECT value FROM json_each(${emails}))
        THEN coalesce(email_opted_out_at, ${at}) ELSE email_opted_out_at END
    WHERE partnership_id = ${partnershipId} AND erased_on IS NULL
      AND (phone IN (SELECT value FROM json_each(${phones}))
        OR lower(email) IN (SELECT value FROM json_each(${emails})))`.compile(deps.db);
}
