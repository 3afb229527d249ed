/**
 * A campaign's answering by text (issue 18): whether its SMS invitations offer a link, a conversation
 * by text or both, and the keyword a poster tells people to text. The rules a setting must keep are
 * here, for creating and changing a draft alike; distribution/text-answers.ts words the invitations.
 * The keyword is compared with every word a text already means (surveys/sms/keywords.ts, pure: the
 * opt-out, opt-in and HELP lists and the wider opt-out reading) and with the conversation's own words
 * (BACK, SKIP, yes, no), in every page language, so a poster never tells anyone to text a word that
 * would stop, restart or steer a conversation instead.
 */
import { langs } from '../../surveys/languages.ts';
import type { SurveyDefinition } from '../../surveys/schema.ts';
import { smsForm } from '../../surveys/sms/form.ts';
import { words } from '../../surveys/words/index.ts';
import type { Deps } from '../deps.ts';
import { classifyInbound, normalizeKeyword } from '../../surveys/sms/keywords.ts';
import { AppError } from '../errors.ts';
import { keywordHolder } from './campaigns.ts';
import type { Campaign, SmsAnswers } from './contract.ts';

/**
 * What a campaign offers by text now: a link in its SMS invitations, a reply that starts a
 * conversation, and the poster keyword (only while the open link is on: a keyword answer is an
 * open-link answer, under its limits).
 */
export function textAnswersOf(c: Pick<Campaign, 'smsAnswers' | 'textKeyword' | 'openLink'>) {
  return {
    link: c.smsAnswers !== 'text',
    text: c.smsAnswers !== 'link',
    keyword: c.openLink.enabled ? c.textKeyword : null,
  };
}

const squeeze = (word: string) => word.replace(/[\s\-_.]+/g, '');

/** The conversation's control and reply words, every language's, as keywords are compared. */
const conversationWords = new Set(
  langs
    .flatMap((l) => {
      const w = words[l];
      return [...w.keywords.back, ...w.keywords.skip, ...w.replies.yes, ...w.replies.no, ...w.replies.and];
    })
    .map((w) => squeeze(normalizeKeyword(w)))
    .filter(Boolean),
);

/** A keyword as typed, as it is stored and compared with inbound texts; null (or blank) for none. */
export function keywordAsStored(typed: string | null): string | null {
  return typed === null || typed.trim() === '' ? null : normalizeKeyword(typed);
}

const refused = (message: string) =>
  new AppError('TEXT_KEYWORD_REFUSED', message, [{ path: 'textKeyword', message, kind: 'invalid' }]);

/** The keyword as stored, or TEXT_KEYWORD_REFUSED: its shape, then the words texts already use. */
export function checkedKeyword(typed: string): string {
  const keyword = normalizeKeyword(typed);
  if (!/^[\p{L}\p{N}]{2,20}$/u.test(keyword) || /^\p{N}+$/u.test(keyword))
    throw refused('A keyword is 2 to 20 letters or digits, in one word, and not only digits.');
  if (classifyInbound(keyword).action !== 'none' || conversationWords.has(keyword))
    throw refused(
      `"${keyword}" already means something in a text (such as STOP, HELP, START, BACK, SKIP or yes): choose another keyword.`,
    );
  return keyword;
}

const unavailable = (message: string) => new AppError('TEXT_ANSWERS_UNAVAILABLE', message);

/** What a draft's settings will be once created or changed, for the checks below. */
export interface TextSettings {
  campaignId: string;
  def: SurveyDefinition;
  channels: readonly ('sms' | 'email')[];
  openLinkEnabled: boolean;
  smsAnswers: SmsAnswers;
  /** The keyword it will have: as typed when given now (checked), as stored otherwise. */
  textKeyword: string | null;
}

/**
 * Checks the settings as a whole and answers the keyword as stored. Text or both needs SMS among the
 * channels and SMS texts in the survey version; a keyword given now (`keywordGiven`) needs the open
 * link on, SMS texts, a good shape and no other campaign not yet closed holding it. A keyword stored
 * earlier was checked then, so an edit of something else never fails on it.
 */
export async function checkTextSettings(
  deps: Pick<Deps, 'db'>,
  s: TextSettings,
  keywordGiven: boolean,
): Promise<string | null> {
  const texts = smsForm(s.def) !== null;
  if (s.smsAnswers !== 'link' && !s.channels.includes('sms'))
    throw unavailable('Answering by text needs text message (SMS) among the ways to send.');
  if (s.smsAnswers !== 'link' && !texts)
    throw unavailable(
      `Answering by text needs a survey version with SMS texts: ${s.def.id} version ${s.def.version} has none.`,
    );
  if (!keywordGiven || s.textKeyword === null || s.textKeyword.trim() === '') return s.textKeyword || null;
  const keyword = checkedKeyword(s.textKeyword!);
  if (!s.openLinkEnabled)
    throw new AppError(
      'TEXT_KEYWORD_NEEDS_OPEN_LINK',
      'A poster keyword needs the open link on: an answer by keyword counts as an open-link answer. Turn the open link on first.',
    );
  if (!texts)
    throw unavailable(
      `A poster keyword starts an answer by text, which needs a survey version with SMS texts: ${s.def.id} version ${s.def.version} has none.`,
    );
  if (await keywordHolder(deps, keyword, s.campaignId)) throw keywordTaken(keyword);
  return keyword;
}

export const keywordTaken = (keyword: string) => {
  const message = `Another campaign not yet closed has the keyword "${keyword}": choose another.`;
  return new AppError('TEXT_KEYWORD_TAKEN', message, [{ path: 'textKeyword', message, kind: 'invalid' }]);
};
