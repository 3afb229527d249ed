/**
 * STOP in the middle of a conversation by text: every conversation the phone may have, in every
 * campaign not closed, is deleted in the opt-out's own write, so nothing of it stays and nothing is
 * stored as a response. The keys are computed for each campaign (a keyed hash apiece, microseconds),
 * because without the phone no row says whose it is. Replies already queued are dropped at send time,
 * when the sender finds the phone opted out.
 */
import type { Deps } from '../../deps.ts';
import { campaignIdsNotClosed } from '../../campaigns/campaigns.ts';
import { conversationKey } from './sealing.ts';
import { conversationsDelete } from './store.ts';

export async function conversationsOfPhoneDelete(deps: Pick<Deps, 'db' | 'config'>, phone: string) {
  const campaigns = await campaignIdsNotClosed(deps);
  const keys = await Promise.all(campaigns.map((id) => conversationKey(deps, phone, id)));
  return conversationsDelete(deps, keys);
}
