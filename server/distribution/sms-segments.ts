/**
 * SMS length as carriers count it (3GPP TS 23.038). A message in the GSM 7-bit alphabet fits 160
 * characters in one segment (153 per segment once split); one character outside it (á, í, ó, ú, an
 * emoji) turns the whole message into UCS-2: 70 characters (67 per part). Each segment is billed.
 * Below that, the one rule for what each text we send may cost in each language (`smsBudget`) and
 * the two ways a text with names in it is fitted to it.
 */
import { languageOf } from '../../surveys/language-list.ts';
import type { Lang } from '../../surveys/languages.ts';

const gsmBasic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters sent as an escape plus a code: each costs two of the 160. */
const gsmExtension = '^{}\\[~]|€\f';

const basic = new Set(gsmBasic);
const extension = new Set(gsmExtension);

export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
}

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basic.has(ch) && !extension.has(ch)) return false;
  return true;
}

export function smsLength(text: string): SmsLength {
  if (isGsm7(text)) {
    let units = 0;
    for (const ch of text) units += extension.has(ch) ? 2 : 1;
    return { encoding: 'GSM-7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length; // UTF-16 code units: an emoji counts two
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** Room left in a single segment for a text that must stay in GSM-7. */
export const singleGsmSegment = 160;

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
    if (basic.has(ch)) out += ch;
    else if (fold[ch]) out += fold[ch];
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (base && [...base].every((c) => basic.has(c))) out += base;
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
