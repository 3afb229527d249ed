/**
 * The words of every invitation and reminder, per channel and language: the `sms` and `email` texts of
 * the language's words file (surveys/words/). Personalized with the first name and the partnership's
 * name only: never with anything from answers, and never with anyone else's details. An SMS keeps to
 * its language's budget (sms-segments.ts): names are shortened, and folded into GSM-7 where the
 * language is written in it, so that it fits.
 */
import { format } from '../../surveys/format.ts';
import { directionOf } from '../../surveys/language-list.ts';
import type { Lang } from '../../surveys/languages.ts';
import { words } from '../../surveys/words/index.ts';
import type { SmsAnswers } from '../campaigns/contract.ts';
import type { EmailMessage } from '../deps.ts';
import { escapeMarkup } from '../escape.ts';
import { cheapestFit, nameIn, smsBudget } from './sms-segments.ts';
import { startReply } from './text-answers.ts';

export type Purpose = 'invitation' | 'reminder';

export interface MessageContext {
  purpose: Purpose;
  language: Lang;
  firstName: string;
  partnershipName: string;
  /** The respondent's own survey link. */
  link: string;
  /** Last day the link works, YYYY-MM-DD. */
  closesOn: string;
  /** Results are shown only for groups at least this large. */
  minGroupSize: number;
  /**
   * How the campaign's texts offer the survey: the link ('link', the default), a reply that starts
   * answering by text and no link ('text'), or either ('both'). Emails always carry the link.
   */
  smsAnswers?: SmsAnswers;
}

export interface EmailContext extends MessageContext {
  unsubscribeUrl: string;
  postalAddress: string;
}

/** The longest first name a text carries; a longer one is cut, not left out. */
const firstNameLength = 15;

/** The partnership's name, then that name less one word from its end at a time, down to one word. */
function* shortenings(name: string): Generator<string> {
  const words = name.split(' ');
  for (let keep = words.length; keep >= 1; keep--) yield words.slice(0, keep).join(' ');
}

/**
 * A first word too long even alone, cut at the words inside it, longest first: a name written without
 * spaces (河谷制造业合作伙伴) still has words, found as the language finds them (Intl.Segmenter).
 */
function* insideWord(word: string, lang: Lang): Generator<string> {
  const ends = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(word)]
    .filter((s) => s.isWordLike)
    .map((s) => s.index + s.segment.length)
    .filter((end) => end < word.length);
  for (const end of ends.reverse()) yield word.slice(0, end);
}

/** The words file's text for a purpose and a campaign's way of answering (surveys/words/ `sms`). */
const smsTemplate = (purpose: Purpose, answers: SmsAnswers) =>
  answers === 'link' ? purpose : (`${purpose}${answers === 'text' ? 'Text' : 'Both'}` as const);

/**
 * The SMS for one person, within its language's budget: the fewest segments the text can take, and
 * in them as much as fits of the partnership's name (losing words from its end) and of the first
 * name (up to 15 characters, left out once the partnership's name is down to one word). Throws only
 * when even the bare text with the link does not fit, which means PUBLIC_URL is far too long for SMS.
 * A 'text' campaign's text carries no link; a 'both' one's carries the link and the reply word.
 */
export function smsText(ctx: MessageContext): string {
  const budget = smsBudget(ctx.language, ctx.purpose);
  const template = words[ctx.language].sms[smsTemplate(ctx.purpose, ctx.smsAnswers ?? 'link')];
  const render = (org: string, name: string) =>
    format(template, { org, name: name && ` ${name}`, link: ctx.link, reply: startReply });
  const first = [...nameIn(budget, ctx.firstName)].slice(0, firstNameLength).join('').trim();
  const org = nameIn(budget, ctx.partnershipName) || 'Survey';
  const firstWord = org.split(' ')[0]!;
  const text = cheapestFit(budget, function* () {
    for (const shorter of shortenings(org)) yield render(shorter, first);
    yield render(firstWord, '');
    for (const shorter of insideWord(firstWord, ctx.language)) yield render(shorter, '');
  });
  if (text !== undefined) return text;
  throw new Error(
    `An SMS with this link cannot fit ${budget.segments === 1 ? 'one segment' : `${budget.segments} segments`} in ${ctx.language}: shorten PUBLIC_URL (${ctx.link.length} characters).`,
  );
}

/** The email for one person: plain text and HTML saying the same, with RFC 8058 one-click unsubscribe headers. */
export function emailMessage(to: string, ctx: EmailContext): EmailMessage {
  const w = words[ctx.language].email;
  const org = ctx.partnershipName;
  const name = ctx.firstName.trim();
  const greeting = name ? format(w.greeting, { name }) : w.greetingNoName;
  const lead = ctx.purpose === 'invitation' ? w.leadInvitation : w.leadReminder;
  const subject = ctx.purpose === 'invitation' ? w.subjectInvitation : w.subjectReminder;
  const paragraphs = [
    format(lead, { org }),
    format(w.privacy, { min: ctx.minGroupSize }),
    format(w.personal, { date: ctx.closesOn }),
  ];
  const text = [
    greeting,
    '',
    paragraphs[0],
    '',
    ctx.link,
    '',
    paragraphs[1],
    paragraphs[2],
    '',
    '--',
    org,
    ctx.postalAddress,
    `${w.unsubscribe}: ${ctx.unsubscribeUrl}`,
    '',
  ].join('\n');
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeMarkup(s)}</p>`;
  const html = `<!doctype html><html lang="${ctx.language}" dir="${directionOf(ctx.language)}"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:560px;margin:0 auto;padding:16px">
${p(greeting)}${p(paragraphs[0]!)}
<p style="margin:24px 0"><a href="${escapeMarkup(ctx.link)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block">${escapeMarkup(w.button)}</a></p>
<p dir="ltr" style="margin:0 0 16px;font-size:14px">${escapeMarkup(ctx.link)}</p>
${p(paragraphs[1]!)}${p(paragraphs[2]!)}
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0">
<p style="margin:0;font-size:13px;color:#555">${escapeMarkup(org)}<br>${escapeMarkup(ctx.postalAddress)}<br><a href="${escapeMarkup(ctx.unsubscribeUrl)}" style="color:#555">${escapeMarkup(w.unsubscribe)}</a></p>
</body></html>`;
  return {
    to,
    subject: format(subject, { org }),
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${ctx.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
