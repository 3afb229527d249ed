/**
 * SMS length as carriers count it (3GPP TS 23.038). A message in the GSM 7-bit alphabet fits 160
 * characters in one segment (153 per segment once split); one character outside it (á, í, ó, ú, an
 * emoji) turns the whole message into UCS-2: 70 characters (67 per part). Each segment is billed.
 */

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
