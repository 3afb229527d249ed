/**
 * Answers to keywords, in every page language: the `sms` texts of its words file (surveys/words/),
 * each within its language's budget (sms-segments.ts). Every text tells how to stop and how to come
 * back with START, the word Twilio's own opt-out list also honours, so it works whichever side
 * recorded the opt-out. The opt-out confirmation is the one text 47 CFR 64.1200(a)(12) allows after a
 * revocation: it confirms and says how to come back, and nothing more (no link, no survey). The
 * clarifying text for an unclear reply only says how to stop.
 */
import { format } from '../../surveys/format.ts';
import { isLang, langs, type Lang } from '../../surveys/languages.ts';
import { words } from '../../surveys/words/index.ts';
import { fullestFit, nameIn, smsBudget, toGsm7 } from './sms-segments.ts';

export const productName = 'Sector Voice';

const fixed = (language: Lang, text: 'optOut' | 'optIn' | 'clarify') =>
  format(words[language].sms[text], { product: productName });

export function optOutReply(language: Lang): string {
  return fixed(language, 'optOut');
}

export function optInReply(language: Lang): string {
  return fixed(language, 'optIn');
}

/** The one text an unclear reply ("who is this?", "no") may get: how to stop, nothing else. */
export function clarifyReply(language: Lang): string {
  return fixed(language, 'clarify');
}

/** The name whole, then cut one character at a time with "...", then none (the words' fallback). */
function* shortenings(name: string): Generator<string> {
  const chars = [...name];
  yield name;
  for (let keep = chars.length - 1; keep > 0; keep--) yield `${chars.slice(0, keep).join('').trimEnd()}...`;
  yield '';
}

/**
 * Says who we are: the partnership's name when the sender is one of its contacts (folded into GSM-7
 * for a GSM-7 language) and where to ask (the partnership's help contact), shortening the name with
 * "..." as far as the language's budget needs. A contact is never cut: one that the language's
 * alphabet cannot carry as written (GSM-7 has no í: maría@ would arrive as another address), or that
 * leaves no room, is left out rather than sent wrong.
 */
export function helpReply(
  language: Lang,
  partnershipName: string | null,
  helpContact: string | null = null,
): string {
  const budget = smsBudget(language, 'help');
  const w = words[language].sms;
  const name = nameIn(budget, partnershipName ?? '');
  const contact = helpContact && (!budget.gsm7 || toGsm7(helpContact) === helpContact) ? helpContact : null;
  const render = (org: string, asking: string | null) =>
    format(w.help, {
      product: productName,
      org: org || w.helpOrgFallback,
      contact: asking ? format(w.helpContact, { contact: asking }) : '',
    });
  function* candidates() {
    if (contact) for (const org of shortenings(name)) yield render(org, contact);
    for (const org of shortenings(name)) yield render(org, null);
  }
  // The bare text is written to fit (a test holds every language to it): never no answer at all.
  return fullestFit(budget, candidates()) ?? render('', null);
}

/**
 * The language to answer a phone or address in, from the languages of the contacts that have it: a
 * page language other than English that one of them speaks (the most common such, then the first in
 * `langs`), since a person listed in their own language anywhere is sure to read it; else English.
 * A language no page is written in (Somali) counts as none.
 */
export function replyLanguage(languages: readonly string[]): Lang {
  const counts = new Map<Lang, number>();
  for (const l of languages) if (isLang(l) && l !== 'en') counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: Lang = 'en';
  for (const l of langs) if ((counts.get(l) ?? 0) > (counts.get(best) ?? 0)) best = l;
  return best;
}
