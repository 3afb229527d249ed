/**
 * Who may get a printed personal link, and why not. A link that a message carries is the worker's
 * own; printing would re-key it, so the SMS or email they received would stop working and the staff
 * member would hold the only working link. Such invitations, and completed ones, are never re-keyed.
 *
 * "Carried", as the reviews count channels (server/reviews/sources.ts): the invitation message is
 * queued, being sent, sent or delivered (the dispatcher rebuilds the current link at send time), or a
 * reminder already went out. A reminder still waiting does not count: when the invitation bounced, the
 * person needs a card, and the reminder will carry the card's link, the invitation's current one.
 */
import { sql, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Deps } from '../deps.ts';

/** The outbox statuses of an invitation message that has carried, or will carry, the current link. */
export const carryingStatuses = ['queued', 'sending', 'sent', 'delivered'] as const;
/** The statuses of a reminder that has carried it. */
const carriedStatuses = ['sending', 'sent', 'delivered'] as const;
const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql.lit(x)));

export const skipReasons = ['completed', 'delivered_by_sms', 'delivered_by_email', 'not_invited'] as const;
export type SkipReason = (typeof skipReasons)[number];

export interface PrintableContact {
  contactId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  language: 'en' | 'es';
  organization: string | null;
}

/** A picked contact as the campaign sees it: its invitation, and why no link may be printed, if so. */
export interface Picked {
  contact: PrintableContact | null;
  contactId: string;
  invitationId: string | null;
  linkVersion: number;
  skip: SkipReason | null;
}

const carried = (invitationId: RawBuilder<unknown>) =>
  sql<string | null>`(SELECT o.channel FROM outbox o
    WHERE o.invitation_id = ${invitationId}
      AND (o.status IN (${list(carriedStatuses)})
        OR (o.purpose = 'invitation' AND o.status IN (${list(carryingStatuses)})))
    ORDER BY o.purpose = 'invitation' DESC, o.sequence LIMIT 1)`;

/**
 * Each picked contact with its invitation in the campaign and the reason it gets no link, if any.
 * The ids go as one JSON parameter, since D1 binds at most 100 per statement.
 */
export async function classifyPicks(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  contactIds: string[],
): Promise<Picked[]> {
  const { rows } = await sql<{
    contact_id: string;
    invitation_id: string | null;
    completed: number | null;
    link_version: number | null;
    carried_by: 'sms' | 'email' | null;
    first_name: string | null;
    last_name: string | null;
    email: string | null;
    phone: string | null;
    language: 'en' | 'es' | null;
    organization: string | null;
  }>`
    SELECT p.value AS contact_id, i.id AS invitation_id, i.completed, i.link_version,
      ${carried(sql.ref('i.id'))} AS carried_by,
      c.first_name, c.last_name, c.email, c.phone, c.language, org.name AS organization
    FROM json_each(${JSON.stringify([...new Set(contactIds)])}) AS p
    LEFT JOIN invitations i ON i.campaign_id = ${campaignId} AND i.contact_id = p.value
    LEFT JOIN contacts c ON c.id = i.contact_id
    LEFT JOIN organizations org ON org.id = c.organization_id`.execute(deps.db);
  return rows.map((r) => ({
    contactId: r.contact_id,
    invitationId: r.invitation_id,
    linkVersion: r.link_version ?? 0,
    // Only an invitee's name: an id from another partnership must not answer with a name.
    contact:
      r.invitation_id && r.first_name !== null
        ? {
            contactId: r.contact_id,
            firstName: r.first_name,
            lastName: r.last_name ?? '',
            email: r.email,
            phone: r.phone,
            language: r.language ?? 'en',
            organization: r.organization,
          }
        : null,
    skip: !r.invitation_id
      ? 'not_invited'
      : r.completed
        ? 'completed'
        : r.carried_by === 'sms'
          ? 'delivered_by_sms'
          : r.carried_by === 'email'
            ? 'delivered_by_email'
            : null,
  }));
}

/** The SQL condition an invitation must meet to be re-keyed for print, checked again in the write. */
export function printable(invitationId: RawBuilder<unknown>) {
  return sql<boolean>`${carried(invitationId)} IS NULL`;
}

/** The contacts a staff member picked for printed links: only these are re-keyed. */
export const issueLinksBody = z.object({
  contactIds: z
    .array(z.string().min(1).max(64))
    .min(1, 'Pick at least one person.')
    .max(500, 'Print at most 500 links at a time.'),
});
export type IssueLinksBody = z.infer<typeof issueLinksBody>;

export const printableQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PrintableQuery = z.infer<typeof printableQuery>;

function printableInvitees(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  query: Omit<PrintableQuery, 'limit' | 'offset'>,
) {
  let q = deps.db
    .selectFrom('invitations as i')
    .innerJoin('contacts as c', 'c.id', 'i.contact_id')
    .where('i.campaign_id', '=', campaignId)
    .where('i.completed', '=', 0)
    .where(printable(sql.ref('i.id')));
  if (query.q) {
    const like = `%${query.q.replace(/[%_]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql<string>`c.first_name || ' ' || c.last_name`, 'like', like),
        eb('c.email', 'like', like),
        eb('c.phone', 'like', like),
      ]),
    );
  }
  return q;
}

/**
 * The campaign's invitees no message has reached and who have not answered, by name: the people a
 * printed link is for. `total` counts every match, of which `contacts` is one page.
 */
export async function listPrintable(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  query: PrintableQuery,
): Promise<{ contacts: PrintableContact[]; total: number }> {
  const base = printableInvitees(deps, campaignId, query);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .leftJoin('organizations as org', 'org.id', 'c.organization_id')
    .select([
      'c.id',
      'c.first_name',
      'c.last_name',
      'c.email',
      'c.phone',
      'c.language',
      'org.name as organization',
    ])
    .orderBy('c.last_name')
    .orderBy('c.first_name')
    .orderBy('c.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return {
    total: Number(count?.n ?? 0),
    contacts: rows.map((r) => ({
      contactId: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      phone: r.phone,
      language: r.language,
      organization: r.organization,
    })),
  };
}

/** Every contact `listPrintable` would list, for the CLI's --all-unreached. */
export async function unreachedContactIds(deps: Pick<Deps, 'db'>, campaignId: string): Promise<string[]> {
  const rows = await printableInvitees(deps, campaignId, {}).select('c.id').orderBy('c.id').execute();
  return rows.map((r) => r.id);
}
