/**
 * What an inbound SMS asks for. A message that is nothing but a keyword counts first, as Twilio and
 * the carriers' own filtering do: the English keywords, and every page language's own (退订, توقف,
 * ALTO) beside them; case, accents, surrounding spaces and punctuation aside. Opting in and HELP stay
 * that strict: coming back must be deliberate. Anything else is read for a revocation in other words
 * (revocation.ts, in every page language): "Stop please", "No más", "不要再发了" opt out, "who is
 * this?" is unclear, "stop by tomorrow?" is conversation. A bare keyword always wins over that reading.
 */
import { langs } from '../languages.js';
import { words } from '../words/index.js';
import { readReply, type WordsLanguage } from './revocation.js';

export type KeywordAction = 'opt_out' | 'opt_in' | 'help' | 'unclear' | 'none';

export interface Keyword {
  action: KeywordAction;
  /** The word's language when it is a page language's own word; null when it says nothing about the sender's language (an English word). */
  language: WordsLanguage | null;
}

/**
 * As inbound texts are compared: compatibility forms unfolded (full-width ＳＴＯＰ from a CJK
 * keyboard), marks stripped (Sí, Dừng, and Arabic's short vowels), capitals, and the punctuation and
 * spaces around the word gone ("Stop.", " ¡ALTO! ", "退订。"). Vietnamese đ has no mark to strip, and
 * the Arabic tatweel only stretches a word: both are folded by hand.
 */
export function normalizeKeyword(body: string): string {
  return body
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Opt-out also accepts the word split by spaces or hyphens ("STOP ALL", "opt-out", "dar de baja"). */
const joined = (word: string) => word.replace(/[\s\-_.]+/g, '');

/**
 * Each word of one list in every page language, normalized as texts are, with the language it
 * tells (null for English). English comes first and keeps a word both lists share: carriers act on
 * the English words, so they say nothing about the sender. The lists themselves, and why each word
 * is on one, are in the words files (surveys/words/); a false opt-out costs one survey invitation, a
 * missed one a person's trust, so they lean generous.
 */
function table(
  list: 'optOut' | 'optIn' | 'help',
  key: (word: string) => string,
): Map<string, WordsLanguage | null> {
  const out = new Map<string, WordsLanguage | null>();
  for (const lang of [...langs].sort((a, b) => Number(b === 'en') - Number(a === 'en')))
    for (const word of words[lang].keywords[list]) {
      const k = key(normalizeKeyword(word));
      if (k && !out.has(k)) out.set(k, lang === 'en' ? null : lang);
    }
  return out;
}

const optOut = table('optOut', joined);
// Opting back in and HELP match one exact word only: coming back must be deliberate.
const optIn = table('optIn', (w) => w);
const help = table('help', (w) => w);

export function classifyInbound(body: string): Keyword {
  const word = normalizeKeyword(body);
  // A split word only ever joins back into a keyword when the sender meant one.
  const asOne = joined(word);
  if (optOut.has(asOne)) return { action: 'opt_out', language: optOut.get(asOne) ?? null };
  if (optIn.has(word)) return { action: 'opt_in', language: optIn.get(word) ?? null };
  if (help.has(word)) return { action: 'help', language: help.get(word) ?? null };
  return readReply(body);
}

/** The keyword lists as texts are compared, every language's together, for the README and for tests that walk every variant. */
export const keywords = {
  optOut: [...optOut.keys()],
  optIn: [...optIn.keys()],
  help: [...help.keys()],
};
