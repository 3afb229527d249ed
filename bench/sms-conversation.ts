/**
 * `sms_conversation_segments`: what one completed conversation by text costs for the built-in worker
 * survey's SMS short form, per language: the messages we send (opening, each question, thanks) and
 * their billed segments, each question answered at the first try (surveys/sms/cost.ts), segments
 * counted as carriers count them (server/distribution/sms-segments.ts). No timing: a fixed figure to
 * watch when a text is reworded.
 */
import { smsLength } from '../server/distribution/sms-segments.ts';
import { getTemplate } from '../surveys/index.ts';
import { conversationCost, smsForm } from '../surveys/sms/index.ts';
import type { Figure } from './run.ts';

export function smsConversationSegments(): Figure[] {
  const def = getTemplate('worker-voice');
  const form = def && smsForm(def);
  if (!form) throw new Error('the latest worker survey has no SMS form');
  return form.languages.flatMap((lang) => {
    const cost = conversationCost(form, lang, smsLength);
    return [
      { name: `sms_conversation_segments_${lang}`, value: cost.segments, unit: 'segments' },
      { name: `sms_conversation_messages_${lang}`, value: cost.messages, unit: 'messages' },
    ];
  });
}
