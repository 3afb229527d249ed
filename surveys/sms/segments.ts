/**
 * SMS length as carriers count it (3GPP TS 23.038). A message in the GSM 7-bit alphabet fits 160
 * characters in one segment (153 per segment once split); one character outside it (á, í, ó, ú, an
 * emoji) turns the whole message into UCS-2: 70 characters (67 per part). Each segment is billed.
 * Here, beside the SMS form, because the survey editor counts a question's text message as staff
 * type it; the server's texts and their budgets (server/distribution/sms-segments.ts) count with it.
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

/** Whether one character is in the GSM-7 basic table (sent as one septet). */
export const isGsm7Basic = (ch: string): boolean => basic.has(ch);

/** The first character of `text` outside the GSM-7 alphabet: the one that makes it UCS-2. */
export function firstNonGsm7(text: string): string | undefined {
  for (const ch of text) if (!basic.has(ch) && !extension.has(ch)) return ch;
  return undefined;
}

/** Whether the whole text is in the GSM-7 alphabet. */
export const isGsm7 = (text: string): boolean => firstNonGsm7(text) === undefined;

/** How many units and segments `text` takes, and in which encoding. */
export function smsLength(text: string): SmsLength {
  if (isGsm7(text)) {
    let units = 0;
    for (const ch of text) units += extension.has(ch) ? 2 : 1;
    return { encoding: 'GSM-7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length; // UTF-16 code units: an emoji counts two
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** Room in a single segment for a text that must stay in GSM-7. */
export const singleGsmSegment = 160;

/** Room in a single segment for a text in UCS-2. */
export const singleUcs2Segment = 70;
