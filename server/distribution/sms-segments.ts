/**
 * What each text we send by SMS may cost in each language (`smsBudget`) and the two ways a text with
 * names in it is fitted to it. Counting segments is the survey core's (surveys/sms/segments.ts: the
 * survey editor counts a question's text message with it); it is re-exported here for server code.
 */
import { languageOf } from '../../surveys/language-list.ts';
import type { Lang } from '../../surveys/languages.ts';
import { isGsm7Basic, smsLength } from '../../surveys/sms/segments.ts';

export { isGsm7, singleGsmSegment, smsLength, type SmsLength } from '../../surveys/sms/segments.ts';

/**
 * Letters a name may carry that GSM-7 lacks, mapped to the nearest letter it has. Used only on
 * names we put into a text (María becomes Maria), so one accent never quadruples the cost.
 */
const fold: Record<string, string> = {
  á: 'a',
  í: 'i',
  ó: 'o',
  ú: 'u',
  â: 'a',
  ê: 'e',
  î: 'i',
  ô: 'o',
  û: 'u',
  ã: 'a',
  õ: 'o',
  ç: 'c',
  ë: 'e',
  ï: 'i',
  ÿ: 'y',
  Á: 'A',
  À: 'A',
  Â: 'A',
  Ã: 'A',
  Í: 'I',
  Ì: 'I',
  Ó: 'O',
  Ò: 'O',
  Ô: 'O',
  Õ: 'O',
  Ú: 'U',
  Ù: 'U',
  Û: 'U',
  È: 'E',
  Ê: 'E',
  Ë: 'E',
  Ï: 'I',
  Î: 'I',
  ý: 'y',
  Ý: 'Y',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
};

/** A name made safe for GSM-7: known accents folded, anything else dropped. */
export function toGsm7(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (isGsm7Basic(ch)) out += ch;
    else if (fold[ch]) out += fold[ch];
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (base && [...base].every(isGsm7Basic)) out += base;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Every text we send by SMS, by its name in the words files (surveys/words/types.ts). */
export type SmsTextKind = 'invitation' | 'reminder' | 'optOut' | 'optIn' | 'help' | 'clarify';

export interface SmsBudget {
  /** The language is written in GSM-7: its texts must stay in it, and names are folded into it. */
  gsm7: boolean;
  /** The most segments the text may take. */
  segments: number;
}

/**
 * What a text may cost. A GSM-7 language (English, Spanish, Haitian Creole) keeps every text to one
 * GSM-7 segment, as it always could. A UCS-2 language has 70 characters a segment, less than a link
 * and a sentence: its texts may take two, except the opt-out confirmation and the clarifying
 * question, which stay one segment in every language (the only texts allowed after a revocation, and
 * short by nature).
 */
export function smsBudget(lang: Lang, kind: SmsTextKind): SmsBudget {
  // An unknown encoding is taken as UCS-2: the budget that accepts a text in either alphabet.
  const gsm7 = (languageOf(lang)?.sms ?? 'UCS-2') === 'GSM-7';
  return { gsm7, segments: gsm7 || kind === 'optOut' || kind === 'clarify' ? 1 : 2 };
}

/** Whether `text` keeps to the budget, or to `segments` of it. */
export function fitsBudget(text: string, budget: SmsBudget, segments = budget.segments): boolean {
  const length = smsLength(text);
  return length.segments <= segments && (!budget.gsm7 || length.encoding === 'GSM-7');
}

/**
 * A name as a text in this budget carries it: folded into GSM-7 for a GSM-7 language (María becomes
 * Maria, so one accent never turns the text into UCS-2), as written otherwise (the text is UCS-2
 * anyway, and 阮文 or Nguyễn is the person's name).
 */
export function nameIn(budget: SmsBudget, name: string): string {
  return budget.gsm7 ? toGsm7(name) : name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The first of `candidates` (fullest first) that fits the fewest segments the budget allows: an
 * invitation that can fit one segment by losing words of the partnership's name does, since each
 * segment is paid for every person. Undefined when none fits at all.
 */
export function cheapestFit(budget: SmsBudget, candidates: () => Iterable<string>): string | undefined {
  for (let segments = 1; segments <= budget.segments; segments++)
    for (const text of candidates()) if (fitsBudget(text, budget, segments)) return text;
  return undefined;
}

/** The first of `candidates` (fullest first) within the budget: for replies, where what they say counts more than a segment. */
export function fullestFit(budget: SmsBudget, candidates: Iterable<string>): string | undefined {
  for (const text of candidates) if (fitsBudget(text, budget)) return text;
  return undefined;
}
