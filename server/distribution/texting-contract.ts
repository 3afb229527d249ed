/**
 * What GET /api/campaigns/:id/text-answers answers: whether a campaign can be answered by text, how it
 * is set, and what one completed conversation costs in each language, for the campaign screen before
 * launch (issue 18). Pure, so the dashboard may import it.
 */
import type { Lang } from '../../surveys/languages.ts';
import type { SmsAnswers } from '../campaigns/contract.ts';

/** One language's completed conversation (surveys/sms/cost.ts), every SMS question answered at the first try. */
export interface ConversationCostLanguage {
  lang: Lang;
  /** Its name in itself, and in English. */
  name: string;
  english: string;
  encoding: 'GSM-7' | 'UCS-2';
  /** Messages we send: how it works, each question, the thanks. */
  messages: number;
  /** Their segments, each billed. */
  segments: number;
  /** Replies the worker sends (billed as inbound at most providers). */
  replies: number;
}

export interface CampaignTextAnswers {
  /** The campaign's survey version has SMS texts. */
  smsForm: boolean;
  /** Text message is among the campaign's channels. */
  smsChannel: boolean;
  smsAnswers: SmsAnswers;
  textKeyword: string | null;
  /** The word an invitation asks for to start answering by text. */
  startReply: string;
  /** The number a poster tells people to text the keyword to; null when none is configured. */
  textTo: string | null;
  /** Per language of the survey's SMS texts; empty without them. */
  conversation: ConversationCostLanguage[];
}
