// Reading a worker's reply to one question asked by text, in the conversation's language: numbers in
// any digits (5, ٥, ۵, ５, 五), the yes and no words of the language and English (surveys/words/
// `replies`), an option's or a scale point's own words where only one fits, several choices in one
// reply ("1 3", "1,3", "1 and 3", "1 y 3", "1和3"), and the control words BACK and SKIP (`keywords`).
// Anything else, and any number out of range, is unclear. STOP, HELP and START never reach this
// reader: the server honours them (and opt-outs in other words) before a reply is read as an answer.
import type { AnswerValue, Lang, Question } from '../schema.js';
import { langs } from '../languages.js';
import { pointLabel, typeOf } from '../types/index.js';
import { answerTypes } from '../types/answers.js';
import { words } from '../words/index.js';
import type { AnswerKeys, SmsItem } from './form.js';

export type Reading =
  { kind: 'answer'; value: AnswerValue } | { kind: 'back' } | { kind: 'skip' } | { kind: 'unclear' };

const unclear: Reading = { kind: 'unclear' };

/** Arabic-Indic and Eastern Arabic-Indic digits as 0-9; full-width ones are unfolded by NFKD. */
const foldDigits = (s: string) =>
  s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));

/**
 * A reply as words are compared: compatibility forms unfolded (full-width ５, Ｙ), every digit made
 * ASCII, marks stripped (Sí, Có, Arabic tashkeel and hamza), tatweel and đ folded, capitals, spaces
 * collapsed and the punctuation around the reply gone. As keywords.ts compares keywords.
 */
export function normalizeReply(body: string): string {
  return foldDigits(body.normalize('NFKD'))
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const squeeze = (s: string) => s.replace(/[\s\-_.]+/g, '');

/** The words of `list` in `lang` and in English, normalized as replies are. */
function wordsOf(lang: Lang, pick: (w: (typeof words)['en']) => readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const l of new Set<Lang>([lang, 'en']))
    for (const w of pick(words[l])) {
      const n = normalizeReply(w);
      if (n) out.add(n);
    }
  return out;
}

let answerWords: Set<string> | null = null;
/**
 * Whether a reply is one of the yes or no words of any page language ("YES", "SÍ", "có"). Some of
 * them are also opt-in keywords (YES and SÍ opt back in), so the inbound reader asks this before it
 * treats a conversation's answer as a keyword.
 */
export function isAnswerWord(body: string): boolean {
  answerWords ??= new Set(
    langs.flatMap((l) => [...words[l].replies.yes, ...words[l].replies.no]).map(normalizeReply),
  );
  return answerWords.has(normalizeReply(body));
}

// Chinese numerals a reply may use for a single number (一 to 十).
const hanNumbers: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** A whole number the reply is, or null. Nine digits at most: anything longer is out of every range. */
function numberIn(token: string): number | null {
  if (/^\d{1,9}$/.test(token)) return Number(token);
  return Object.prototype.hasOwnProperty.call(hanNumbers, token) ? hanNumbers[token]! : null;
}

/**
 * The one label `reply` names: the label it is exactly, else the only label holding it as a whole
 * word (or, in a script written without spaces, as a run of two or more characters). Null when none
 * or several fit: "de" names no one of "De día", "De tarde", "De noche".
 */
function uniqueLabel<T>(reply: string, labels: readonly { value: T; label: string }[]): T | null {
  const norm = labels.map((l) => ({ value: l.value, label: normalizeReply(l.label) }));
  const exact = norm.filter((l) => l.label === reply);
  if (exact.length > 0) return exact.length === 1 ? exact[0]!.value : null;
  const spaced = /[\p{sc=Latin}\p{sc=Arabic}\p{sc=Cyrillic}]/u.test(reply);
  if (reply.length < (spaced ? 3 : 2)) return null;
  const within = norm.filter((l) =>
    spaced ? ` ${l.label} `.includes(` ${reply} `) : l.label.includes(reply),
  );
  return within.length === 1 ? within[0]!.value : null;
}

function readScale(q: Question, keys: Extract<AnswerKeys, { kind: 'scale' }>, lang: Lang, reply: string) {
  const n = numberIn(reply);
  if (n !== null) return n >= keys.lo && n <= keys.hi ? n : null;
  // Worded scale points (agree 1-5): "Agree", "De acuerdo".
  const type = typeOf(q);
  const labels = type.answer
    .values({})
    .map((v) => ({ value: Number(v), label: pointLabel(type, v, lang) ?? '' }))
    .filter((l) => l.label);
  return uniqueLabel(reply, labels);
}

function readYesNo(lang: Lang, reply: string): string | null {
  const word = squeeze(reply);
  const isIn = (list: Set<string>) => [...list].some((w) => squeeze(w) === word);
  const isYes = isIn(wordsOf(lang, (w) => [...w.replies.yes, w.scales.yesno[0]]));
  const isNo = isIn(wordsOf(lang, (w) => [...w.replies.no, w.scales.yesno[1]]));
  return isYes === isNo ? null : isYes ? 'yes' : 'no';
}

/** The numbers of a reply made only of numbers and joining words ("1 3", "1, 3", "1 y 3", "1和3"); null otherwise. */
function numbersIn(lang: Lang, reply: string): number[] | null {
  const joins = wordsOf(lang, (w) => w.replies.and);
  // A joining word written between digits without spaces ("1和3", "1و3") is a separator too.
  let spaced = reply;
  for (const j of joins) if (!/^[A-Z]+$/.test(j)) spaced = spaced.split(j).join(' ');
  // Any run of spaces and punctuation separates ("1, 3", "1/3", "1、3").
  const tokens = spaced.split(/[^\p{L}\p{N}]+/u).filter((t) => t && !joins.has(t));
  if (tokens.length === 0) return null;
  const numbers = tokens.map(numberIn);
  return numbers.every((n) => n !== null) ? (numbers as number[]) : null;
}

function readChoice(
  q: Question,
  keys: Extract<AnswerKeys, { kind: 'choice' }>,
  lang: Lang,
  reply: string,
): string | string[] | null {
  const labels = keys.values.map((value) => ({
    value,
    label: q.options?.find((o) => o.value === value)?.label[lang] ?? '',
  }));
  const numbers = numbersIn(lang, reply);
  if (numbers) {
    if (numbers.some((n) => n < 1 || n > keys.values.length)) return null;
    const chosen = numbers.map((n) => keys.values[n - 1]!);
    if (!keys.several) return chosen.length === 1 ? chosen[0]! : null;
    return chosen;
  }
  const whole = uniqueLabel(reply, labels);
  if (whole !== null) return keys.several ? [whole] : whole;
  if (!keys.several) return null;
  // Several options by their words, split where the reply is: "child care, housing", "guarderia y salud".
  const joins = [...wordsOf(lang, (w) => w.replies.and)].filter((j) => /^[A-Z]+$/.test(j));
  const parts = reply
    .split(new RegExp(`\\s*(?:[,;/+&、，]|\\s(?:${joins.join('|')})\\s)\\s*`, 'u'))
    .filter((p) => p);
  const found = parts.map((p) => uniqueLabel(p, labels));
  return parts.length > 1 && found.every((v) => v !== null) ? (found as string[]) : null;
}

/**
 * What a reply to `item` says, in `lang`. Never throws; whatever is read is checked by the question's
 * own type (the check a page's answer gets), so an answer here is one a page could have sent.
 */
export function readReply(item: SmsItem, lang: Lang, body: string): Reading {
  const reply = normalizeReply(body);
  // A minus sign is no punctuation to strip: "-1" is no answer on any of our scales or lists.
  if (/^\s*[-\u2212]\s*\p{Nd}/u.test(body) && item.keys.kind !== 'text') return unclear;
  // A control word counts spaced or not ("QUAY LAI", "quaylai"), as opt-out words do.
  const says = (list: Set<string>) => [...list].some((w) => squeeze(w) === squeeze(reply));
  if (says(wordsOf(lang, (w) => w.keywords.back))) return { kind: 'back' };
  if (says(wordsOf(lang, (w) => w.keywords.skip))) return { kind: 'skip' };
  const q = item.question;
  const keys = item.keys;
  let raw: unknown;
  switch (keys.kind) {
    case 'scale':
      raw = readScale(q, keys, lang, reply);
      break;
    case 'yesno':
      raw = readYesNo(lang, reply);
      break;
    case 'choice':
      raw = readChoice(q, keys, lang, reply);
      break;
    case 'text':
      // A comment is kept as typed; the type's check trims it and refuses one too long.
      raw = body;
      break;
  }
  if (raw === null || raw === undefined) return unclear;
  const checked = answerTypes[q.type].check(q, raw);
  return checked && 'value' in checked ? { kind: 'answer', value: checked.value } : unclear;
}
