/**
 * What a conversation by text needs of the campaigns area: the invitations a text may be answering
 * (pending, in an open campaign whose SMS invitations offer answering by text), as a subquery the
 * distribution area joins its outbox to, and the campaigns a phone's conversations may live in.
 */
import type { Deps } from '../deps.ts';

/** Pending invitations of open campaigns that answer by text, with what a conversation needs of them. */
export function textAnswerInvitations(deps: Pick<Deps, 'db'>) {
  return deps.db
    .selectFrom('invitations')
    .innerJoin('campaigns', 'campaigns.id', 'invitations.campaign_id')
    .select([
      'invitations.id',
      'invitations.campaign_id',
      'invitations.token_hash',
      'invitations.language',
      'invitations.segment',
    ])
    .where('invitations.completed', '=', 0)
    .where('campaigns.status', '=', 'open')
    .where('campaigns.sms_answers', 'in', ['text', 'both']);
}

/** Campaigns not closed: every campaign a phone may have a conversation in (STOP deletes them all). */
export async function campaignIdsNotClosed(deps: Pick<Deps, 'db'>): Promise<string[]> {
  const rows = await deps.db.selectFrom('campaigns').select('id').where('status', '<>', 'closed').execute();
  return rows.map((r) => r.id);
}

/** Open campaigns a poster keyword starts a conversation in: a keyword set and the open link on. */
export async function keywordCampaigns(deps: Pick<Deps, 'db'>): Promise<{ id: string; keyword: string }[]> {
  const rows = await deps.db
    .selectFrom('campaigns')
    .select(['id', 'text_keyword'])
    .where('status', '=', 'open')
    .where('text_keyword', 'is not', null)
    .where('open_link_hash', 'is not', null)
    .execute();
  return rows.map((r) => ({ id: r.id, keyword: r.text_keyword! }));
}
