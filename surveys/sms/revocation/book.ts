/**
 * What the reader (../revocation.ts) needs to know of one language to read a reply in it: one book
 * per language, each in its own file, all read by the one reader. Words are as the reader sees them:
 * capitals, marks stripped, đ as D, Arabic's hamza seats bare, ة as ه and ى as ي; Chinese cut into
 * words by `lexicon`. Patterns run on a sentence padded with a space at each end, words one space apart.
 */
import type { Lang } from '../../languages.js';

/** A language words can tell: English words say nothing, since carriers act on them for everyone. */
export type WordsLanguage = Exclude<Lang, 'en'>;

export interface Book {
  /** null for English. */
  language: WordsLanguage | null;
  /** Words that revoke when they lead a reply, alone or followed by words that say what to stop. */
  loose: string[];
  /** Words that revoke when they lead a reply followed by courtesy only: they have other senses. */
  bare: string[];
  /** Several words read as one lead or courtesy word ("no más", "vui lòng"), joined first. */
  compounds?: [RegExp, string][];
  /** Courtesy and urgency: they change nothing about what a reply asks. */
  courtesy: string[];
  /** What a loose lead may be followed by: what to stop, and who. */
  stopWhat: string[];
  /** Words a reader takes as "stop" wherever they stand, unless negated: alone, they make a reply unclear. */
  strong: string[];
  /** Words that negate this language's strong words right after them (English's negate any). */
  negators: string[];
  /** Ordinary senses, blanked before anything is read ("bus stop", 停车). */
  ordinary?: RegExp[];
  /** Phrases that revoke. */
  revoking: RegExp[];
  /** Whole replies (courtesy aside) that may mean stop and may not: "no", "không". */
  unclearCores: string[];
  /** Phrases that may mean stop and may not: "who is this?". */
  unclear: RegExp[];
  /** Words only this language has, which tell the reply's language when its phrase does not. */
  markers?: string[];
  /** Letters only this language (of the page languages) writes in. */
  script?: RegExp;
  /** Before marks are stripped: toned words whose bare form is another word's, and what to read instead. */
  toned?: [RegExp, string][];
  /** Words that runs of these letters are cut into, longest first (the language writes no spaces). */
  lexicon?: string[];
  /** Typed long ("stooop") or over and over ("stopstop"), these are still the word. */
  stretchable?: string[];
  /** Spelled out letter by letter ("S.T.O.P."), these are still the word. */
  spellable?: string[];
}
