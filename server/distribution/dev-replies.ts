/**
 * A worker's text typed in the development outbox: what Twilio's inbound webhook would bring, acted on
 * by the same answerInbound, so a new user can answer a survey by text with no phone and no provider.
 * Here the development SMS sender plays Twilio too: the webhook's own reply (STOP's confirmation, HELP)
 * goes through it, and the conversation's queued replies are sent at once as the webhook sends them.
 * The typed text is kept only in that sender's in-memory log, like the texts it "sent".
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Deps } from '../deps.ts';
import type { DevConversation, DevReplyBody } from './contract.ts';
import { sendDueReplies } from './conversations/send.ts';
import { devTextsOf, type LoggedText } from './dev-senders.ts';
import { answerInbound, type Texting } from './inbound.ts';

type DevReplyDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config' | 'sms' | 'log'>;

/** The thread of one phone as the dev outbox shows it. */
export function devConversation(phone: string, texts: LoggedText[]): DevConversation {
  return { phone, texts: texts.map(({ seq, direction, body }) => ({ seq, direction, body })) };
}

/** Acts on the text as an inbound message with a fresh sid; answers the phone's thread after it. */
export async function typedReply(
  deps: DevReplyDeps,
  text: DevReplyBody,
  texting?: Texting,
): Promise<DevConversation> {
  const log = devTextsOf(deps.sms);
  log?.received(text.from, text.body);
  // A sid of Twilio's shape, never seen before: each typed text is a new message, not a replay.
  const sid = `SM${bytesToHex(deps.random.bytes(16))}`;
  const reply = await answerInbound(deps, { sid, from: text.from, body: text.body }, texting);
  if (reply !== null) await deps.sms.send({ to: text.from, body: reply });
  await sendDueReplies(deps);
  return devConversation(text.from, log?.thread(text.from) ?? []);
}
