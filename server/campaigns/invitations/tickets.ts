/**
 * Poster tickets: invitations with no contact, minted one per visitor of an open link
 * (campaigns/open-link.ts) or per phone texting a poster's keyword, under the campaign's caps.
 */
import { expressionBuilder, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Whether an invitation holds this token hash: a poster ticket minted in the same atomic write. */
export function invitationWithTokenHash(tokenHash: string): Expression<SqlBool> {
  const { exists, selectFrom } = expressionBuilder<Database, never>();
  return exists(selectFrom('invitations').select('id').where('token_hash', '=', tokenHash));
}

/** A poster ticket: an invitation with no contact, minted in the hour `hour` (see open-link.ts). */
export interface Ticket {
  id: string;
  campaignId: string;
  tokenHash: string;
  hour: string;
  mintedAt: string;
}

/**
 * The ticket's insert, made only while `allowed` holds (the client's own limits) and the campaign's
 * tickets this hour and in all stay under its caps: one conditional statement, so concurrent visits
 * overshoot neither.
 */
export function ticketInsert(
  db: Kysely<Database>,
  ticket: Ticket,
  caps: { hourly: number; total: number },
  allowed: Expression<SqlBool>,
) {
  return db
    .insertInto('invitations')
    .columns(['id', 'campaign_id', 'contact_id', 'token_hash', 'minted_hour', 'minted_at'])
    .expression(
      db
        .selectNoFrom((eb) => [
          eb.val(ticket.id).as('id'),
          eb.val(ticket.campaignId).as('campaign_id'),
          eb.val(null).as('contact_id'),
          eb.val(ticket.tokenHash).as('token_hash'),
          eb.val(ticket.hour).as('minted_hour'),
          eb.val(ticket.mintedAt).as('minted_at'),
        ])
        .where((w) =>
          w.and([
            allowed,
            w(
              w
                .selectFrom('invitations')
                .select(w.fn.countAll().as('n'))
                .where('campaign_id', '=', ticket.campaignId)
                .where('minted_hour', '=', ticket.hour),
              '<',
              caps.hourly,
            ),
            w(
              w
                .selectFrom('invitations')
                .select(w.fn.countAll().as('n'))
                .where('campaign_id', '=', ticket.campaignId)
                .where('minted_hour', 'is not', null),
              '<',
              caps.total,
            ),
          ]),
        ),
    );
}
