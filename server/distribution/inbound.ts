/**
 * One inbound SMS, acted on once: what it asks (surveys/sms/keywords.ts), the change it makes, and the one text
 * we answer with, or null for none. STOP, START, HELP and the wider opt-out wording come first, at
 * every step of a conversation by text; any other text from a phone answering by text is the next
 * step of its conversation (conversations/answer.ts), whose replies go through their own queue. The message's sid is recorded in the same atomic write as its
 * change (webhook-events.ts), so a replayed or duplicated webhook changes nothing and texts nobody.
 */
import type { Compilable } from 'kysely';
import type { Deps } from '../deps.ts';
import { askOnce } from './clarifications.ts';
import { classifyInbound } from '../../surveys/sms/keywords.ts';
import { isAnswerWord } from '../../surveys/sms/reply.ts';
import { describePhone, optInPhone, optOutPhone } from './opt-out.ts';
import { clarifyReply, helpReply, optInReply, optOutReply } from './replies.ts';
import { messageSidPattern, recordSeen, seenBefore, sidKey } from './webhook-events.ts';

export interface InboundSms {
  /** MessageSid, or SmsSid on older callbacks. */
  sid: string | null;
  from: string;
  body: string;
}

type InboundDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>;

/** A text that may be the next step of a conversation by text. */
export interface InboundText {
  from: string;
  body: string;
  /** The hash of the message's sid (webhook-events.ts sidKey). */
  sidHash: string;
}

/**
 * Conversations by text (respond/texting/), which sit above this area, as the app factory hands them
 * in: `answer` steps the phone's conversation with a text, false when it is none; `forget` is STOP's
 * statement deleting every conversation of the phone.
 */
export interface Texting {
  answer(deps: InboundDeps, text: InboundText): Promise<boolean>;
  forget(deps: InboundDeps, phone: string): Promise<Compilable<unknown>>;
}

const e164 = /^\+[1-9]\d{6,14}$/;

export async function answerInbound(
  deps: InboundDeps,
  sms: InboundSms,
  texting?: Texting,
): Promise<string | null> {
  const reading = classifyInbound(sms.body);
  // A sender that is not a phone (WhatsApp, a short code) is not ours to act on, nor is a message
  // without the sid that tells it from a replay (Twilio always sends one).
  if (!e164.test(sms.from) || !sms.sid || !messageSidPattern.test(sms.sid)) return null;
  const key = sidKey(sms.sid);
  // YES and SÍ are opt-in keywords and answers too: a phone in a conversation is not opted out (STOP
  // ended it), so its yes goes to the conversation; START, HELP and every opt-out word still win.
  const answerFirst =
    reading.action === 'none' ||
    reading.action === 'unclear' ||
    (reading.action === 'opt_in' && isAnswerWord(sms.body));
  if (answerFirst) {
    // An answer ("5", "no", "sí") to a conversation by text. Any other conversation gets no reply and
    // leaves nothing behind, not even its sid: a replay of it does nothing either.
    if (await seenBefore(deps, key)) return null;
    if (await texting?.answer(deps, { from: sms.from, body: sms.body, sidHash: key })) return null;
    if (reading.action === 'none') return null;
  } else if (await seenBefore(deps, key)) return null;
  try {
    return await act(deps, reading, sms.from, key, texting);
  } catch (error) {
    // A copy of this message recorded the sid first (the insert failed on it, taking the change
    // with it): this one is the replay.
    if (await seenBefore(deps, key)) return null;
    throw error;
  }
}

async function act(
  deps: InboundDeps,
  reading: ReturnType<typeof classifyInbound>,
  from: string,
  key: string,
  texting: Texting | undefined,
): Promise<string | null> {
  // A consent change is kept for good: its replay months later is exactly the attack.
  const seen = [
    ...recordSeen(deps, key, reading.action === 'opt_out' || reading.action === 'opt_in'),
    // Someone who says stop mid-conversation leaves nothing of it: no state, no response.
    ...(reading.action === 'opt_out' && texting ? [await texting.forget(deps, from)] : []),
  ];
  switch (reading.action) {
    case 'help': {
      await deps.atomic(seen);
      const who = await describePhone(deps, from);
      return helpReply(reading.language ?? who.language, who.partnershipName, who.helpContact);
    }
    case 'unclear': {
      const language = await askOnce(deps, from, seen);
      return language && clarifyReply(reading.language ?? language);
    }
    case 'opt_out':
    case 'opt_in': {
      const result =
        reading.action === 'opt_out'
          ? await optOutPhone(deps, from, seen)
          : await optInPhone(deps, from, seen);
      // One confirmation per change: a repeat, or a number we do not know, gets no text. Someone who
      // said stop gets exactly one text about it, never a second.
      if (result.changed === 0) return null;
      const language = reading.language ?? result.language;
      return reading.action === 'opt_out' ? optOutReply(language) : optInReply(language);
    }
    default:
      return null;
  }
}
