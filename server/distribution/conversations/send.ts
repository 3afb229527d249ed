/**
 * Sending the replies of conversations by text now: from the webhook right after a step (on Node the
 * promise runs on after the answer; on Workers it is handed to waitUntil), and from every dispatcher
 * run, which also picks up any a crash or a passing failure left. Both take the SMS sender's one rate
 * limit. A phone that said STOP since its reply was queued gets nothing.
 */
import { phoneOptedOut } from '../../partnerships/contacts/reach.ts';
import { markedOptOuts } from '../../partnerships/contacts/marks.ts';
import { senderLimiter } from '../rate-limit.ts';
import { sendReplies, type QueueDeps, type ReplyReport } from './reply-queue.ts';

export async function sendDueReplies(deps: QueueDeps): Promise<ReplyReport> {
  const limiter = senderLimiter(deps.sms, deps.config.distribution.smsPerSecond);
  return sendReplies(deps, limiter, async (phone) => {
    if (await phoneOptedOut(deps, phone)) return true;
    return (await markedOptOuts(deps, { phones: [phone], emails: [] })).phones.size > 0;
  });
}
