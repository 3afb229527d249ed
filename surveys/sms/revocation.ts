/**
 * Replies in words other than a bare keyword, read as the FCC's 2024 consent-revocation rule asks (47
 * CFR 64.1200(a)(10)): "stop", "quit", "end", "revoke", "opt out", "cancel" and "unsubscribe" revoke
 * per se, and any other reply revokes when a reasonable person would read it as "stop texting me", in
 * any language (the FCC's commentary names "no más"). This is the one reader, for every page
 * language; what it knows of each (its leading words, courtesy, phrases, ordinary senses) is that
 * language's book in revocation/. The bare keywords (keywords.ts, from the words files) are honoured
 * before anything here is read. test/distribution/revocation-phrases*.ts hold each language's table
 * of readings, and say where the line falls and why.
 *
 * Three answers: `opt_out`; `unclear`, a reply that may mean stop and may not (it gets one clarifying
 * text, see clarifications.ts); `none`, ordinary conversation. A false opt-out costs one survey
 * invitation and a missed one a person's trust, so a doubt leans toward opt_out or unclear, never none;
 * but the words' ordinary senses ("I'll stop by", "end of shift", "para mañana", 停车) stay ordinary.
 * `language` is the language the words are in, so the answer goes out in it; null when they say
 * nothing of it (English, which carriers act on for everyone): the contact's own language then.
 */
import { ar } from './revocation/ar.js';
import type { Book, WordsLanguage } from './revocation/book.js';
import { en } from './revocation/en.js';
import { es } from './revocation/es.js';
import { ht } from './revocation/ht.js';
import { vi } from './revocation/vi.js';
import { zhHans } from './revocation/zh-Hans.js';

export type { WordsLanguage };

export interface Reading {
  action: 'opt_out' | 'unclear' | 'none';
  language: WordsLanguage | null;
}

type Language = WordsLanguage | null;

const books: Book[] = [en, es, vi, zhHans, ht, ar];

/** Twilio caps an SMS body at 1,600 characters: anything past that is not a reply to read. */
const maxBody = 1600;

/** A word two books both list is the earlier book's (English first). */
function firstWins<V>(entries: [string, V][]): Map<string, V> {
  const out = new Map<string, V>();
  for (const [key, value] of entries) if (!out.has(key)) out.set(key, value);
  return out;
}

const leads = firstWins(
  books.flatMap((b) => [
    ...b.loose.map((w): [string, { book: Book; loose: boolean }] => [w, { book: b, loose: true }]),
    ...b.bare.map((w): [string, { book: Book; loose: boolean }] => [w, { book: b, loose: false }]),
  ]),
);
const compounds = books.flatMap((b) => b.compounds ?? []);
const courtesy = new Set(books.flatMap((b) => b.courtesy));
const stopWhat = new Set(books.flatMap((b) => b.stopWhat));
const strong = firstWins(books.flatMap((b) => b.strong.map((w): [string, Book] => [w, b])));
const ordinary = books.flatMap((b) => b.ordinary ?? []);
const revoking = books.flatMap((b) => b.revoking.map((p): [RegExp, Language] => [p, b.language]));
const unclearCores = firstWins(
  books.flatMap((b) => b.unclearCores.map((c): [string, Language] => [c, b.language])),
);
const unclearPhrases = books.flatMap((b) => b.unclear.map((p): [RegExp, Language] => [p, b.language]));
const markers = firstWins(
  books.flatMap(({ language, markers = [] }) =>
    language ? markers.map((w): [string, WordsLanguage] => [w, language]) : [],
  ),
);
const scripts = books.flatMap(({ language, script }) => (script && language ? [{ script, language }] : []));
const toned = books.flatMap((b) => b.toned ?? []);
const stretchable = books.flatMap((b) => b.stretchable ?? []);
const spellable = new Set(books.flatMap((b) => b.spellable ?? []));
/** The languages written without spaces, and the words their runs of letters are cut into. */
const cutters = books.flatMap(({ lexicon, script }) =>
  lexicon && script
    ? [
        {
          letter: script,
          run: new RegExp(`(${script.source}+)`, 'u'),
          spaces: new RegExp(`(?<=${script.source})[\\p{Zs}\\t]+(?=${script.source})`, 'gu'),
          words: new Set(lexicon),
          longest: Math.max(...lexicon.map((w) => [...w].length)),
        },
      ]
    : [],
);
type Cutter = (typeof cutters)[number];

function canonical(word: string): string {
  if (leads.has(word)) return word;
  const squeezed = word.replace(/(\p{L})\1+/gu, '$1');
  for (const k of stretchable) {
    if (squeezed === k) return k;
    if (word.length % k.length === 0 && word === k.repeat(word.length / k.length)) return k;
  }
  return word;
}

/** "S.T.O.P." or "s t o p" back into one word, when the letters spell a keyword. */
function joinSpelled(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])\p{L}(?:[ .\-_]+\p{L}(?![\p{L}\p{N}])){2,}/gu, (run) => {
    const word = run.replace(/[^\p{L}]/gu, '');
    return spellable.has(word) ? word : run;
  });
}

/** A run of letters cut into known words, longest first; a letter no known word starts with stands alone. */
function cutRun(run: string, c: Cutter): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    let n = Math.min(c.longest, chars.length - i);
    while (n > 1 && !c.words.has(chars.slice(i, i + n).join(''))) n--;
    out.push(chars.slice(i, i + n).join(''));
    i += n;
  }
  return out;
}

/** A word's runs in a language written without spaces (请不要发, STOP发短信) cut into that language's words. */
function cut(word: string): string[] {
  return cutters.reduce(
    (parts, c) =>
      parts.flatMap((part) =>
        part
          .split(c.run)
          .filter(Boolean)
          .flatMap((piece) => (c.letter.test(piece) ? cutRun(piece, c) : [piece])),
      ),
    [word],
  );
}

/**
 * The reply as sentences (split at punctuation, any script's) of upper-case, mark-free words. Toned
 * words are read first (see vi.ts); then marks go, and with them Arabic's short vowels and hamza; the
 * tatweel, and invisible joiners and direction marks, go too; đ, ة, ى and ٱ fold as they are typed.
 */
function sentences(body: string): string[][] {
  let text = body.slice(0, maxBody).normalize('NFC');
  for (const [pattern, into] of toned) text = text.replace(pattern, into);
  text = joinSpelled(
    text
      .replace(/[\u{1F6D1}\u26D4]/gu, ' STOP ') // 🛑 and ⛔ say stop in any language
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[\u0640\p{Cf}]/gu, '')
      .replace(/[đĐ]/g, 'D')
      .replace(/ة/g, 'ه')
      .replace(/ى/g, 'ي')
      .replace(/ٱ/g, 'ا')
      .toUpperCase()
      .replace(/['’ʼ`]/g, ''), // DON'T -> DONT
  );
  for (const c of cutters) text = text.replace(c.spaces, ''); // 不要 发 短信 is 不要发短信: cut anew
  return text
    .split(/[.!?;,:¡¿…\n\r()[\]"“”。、،؛؟]+/)
    .map((s) =>
      s
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .flatMap(cut)
        .map(canonical),
    )
    .filter((words) => words.length > 0);
}

const padded = (words: string[]) => ` ${words.join(' ')} `;

function blankOrdinary(words: string[]): string {
  let text = padded(words);
  for (const pattern of ordinary) text = text.replace(pattern, ' _');
  return text;
}

/** Several words that read as one ("no más", "hủy đăng ký") joined into it. */
function joinCompounds(text: string): string {
  let joined = text;
  for (const [pattern, into] of compounds) joined = joined.replace(pattern, into).replace(pattern, into);
  return joined;
}

/** Courtesy out, compounds joined, a word repeated in a row kept once. */
function core(text: string): string[] {
  const words = joinCompounds(text)
    .trim()
    .split(' ')
    .filter((w) => w && !courtesy.has(w));
  return words.filter((w, i) => w !== words[i - 1]);
}

function leadsRevocation(words: string[]): Language | undefined {
  const lead = leads.get(words[0] ?? '');
  if (!lead) return undefined;
  const rest = words.slice(1);
  if (rest.length > 0 && (!lead.loose || !rest.every((w) => stopWhat.has(w)))) return undefined;
  return lead.book.language;
}

/** The language of the first strong word not negated (by English's negators or its own language's). */
function strongWord(words: string[]): { language: Language } | undefined {
  for (const [i, w] of words.entries()) {
    const book = strong.get(w);
    if (!book) continue;
    const before = words[i - 1] ?? '';
    if (en.negators.includes(before) || book.negators.includes(before)) continue;
    return { language: book.language };
  }
  return undefined;
}

/** The language of the first word only one language has, or written in only one language's letters. */
function wordsLanguage(words: string[]): Language {
  for (const w of words) {
    const marked = markers.get(w);
    if (marked) return marked;
    for (const { script, language } of scripts) if (script.test(w)) return language;
  }
  return null;
}

export function readReply(body: string): Reading {
  const all = sentences(body);
  const words = all.flat();
  const found = (language: Language, action: Reading['action']): Reading => ({
    action,
    language: language ?? wordsLanguage(words),
  });
  const texts = all.map(blankOrdinary);
  for (const text of texts) {
    const led = leadsRevocation(core(text));
    if (led !== undefined) return found(led, 'opt_out');
    for (const [pattern, language] of revoking) if (pattern.test(text)) return found(language, 'opt_out');
  }
  const whole = core(padded(words)).join(' ');
  if (unclearCores.has(whole)) return found(unclearCores.get(whole)!, 'unclear');
  for (const text of texts) {
    for (const [pattern, language] of unclearPhrases)
      if (pattern.test(text)) return found(language, 'unclear');
  }
  const strongOne = strongWord(texts.flatMap((t) => joinCompounds(t).trim().split(' ')));
  if (strongOne) return found(strongOne.language, 'unclear');
  return { action: 'none', language: null };
}
