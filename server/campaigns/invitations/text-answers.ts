/**
 * The invitations a reply by text may be answering: pending, in an open campaign whose SMS
 * invitations offer answering by text, as a subquery the distribution area joins its outbox to
 * (distribution/outbox/reads.ts textedInvitations).
 */
import type { Deps } from '../../deps.ts';
import { textAnswerCampaignIds } from '../campaigns.ts';

export function textAnswerInvitations(deps: Pick<Deps, 'db'>) {
  return deps.db
    .selectFrom('invitations')
    .select(['id', 'campaign_id', 'token_hash', 'language', 'segment'])
    .where('completed', '=', 0)
    .where('campaign_id', 'in', textAnswerCampaignIds(deps));
}
