// What a completed conversation by text costs, for the campaign screen (before launch) and the
// `sms_conversation_segments` bench figure. Segments are counted by the caller's `smsLength`
// (server/distribution/sms-segments.ts, the carriers' GSM-7/UCS-2 rule): surveys/ imports nothing of
// the server, so the one counting function is handed in rather than written twice.
import type { Lang } from '../schema.js';
import { words } from '../words/index.js';
import type { SmsForm } from './form.js';

export interface ConversationCost {
  /** Messages we send: the start, every question, the thanks. */
  messages: number;
  /** Segments of those messages, each billed. */
  segments: number;
  /** Replies the worker sends, one a question (billed as inbound, their length theirs). */
  replies: number;
}

/**
 * The messages and segments we send in a conversation in `lang` where every SMS question is shown
 * and answered at the first try: the most a completed conversation costs without a reply asked
 * again (each of those adds one short message). Skip logic can only make it cheaper.
 */
export function conversationCost(
  form: SmsForm,
  lang: Lang,
  smsLength: (text: string) => { segments: number },
): ConversationCost {
  const w = words[lang].smsSurvey;
  const texts = [w.start, ...form.items.map((i) => i.question.sms!.text[lang] ?? ''), w.thanks];
  return {
    messages: texts.length,
    segments: texts.reduce((n, t) => n + smsLength(t).segments, 0),
    replies: form.items.length,
  };
}
