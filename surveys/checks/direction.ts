// Agree scales keep one direction: agreeing is the good end unless an item is marked reversed, and then
// scoring flips it. A reversed item gets a note so staff see it is flipped; an unmarked item that reads
// negatively ("I am afraid to speak up") gets a warning, because its answers would be scored backwards.
import type { DraftQuestion, SurveyDraft } from '../draft.js';
import type { Lang } from '../schema.js';
import { typeOf } from '../types/index.js';
import { questionPlace } from './structure.js';
import { checkedLangs } from './texts.js';
import { langName, note, warning, type Finding } from './types.js';

interface Cues {
  /** Words that negate a sentence wherever they stand. */
  negators: string[];
  /** Words or phrases naming something bad; "without" before one, or a hypothetical, cancels it. */
  adverse: string[];
  /** Phrases with a negator that do not negate ("no matter who they are"). */
  neutral: string[];
  /** Up to two words before an adverse cue that turn it good: "without fear", "sin miedo". */
  without: string[];
  /** Up to three words before an adverse cue that make it hypothetical: "connections that would be hard to get". */
  hypothetical: string[];
}

// Lists are "|"-separated so a phrase ("hard to") sits beside single words.
const list = (s: string) => s.split('|');

// English and Spanish only for now: in another language the check stays silent rather than guess.
const cues: Partial<Record<Lang, Cues>> = {
  en: {
    negators: list('not|never|no|nobody|nothing|none|neither|nor|cannot|hardly|rarely'),
    adverse: list(
      'unfair|unfairly|unsafe|afraid|scared|fear|worry|worried|difficult|unable|lack|lacks|unclear|' +
        'unpredictable|disrespect|disrespected|harassed|harassment|discriminated|discrimination|ignored|' +
        'stressful|stressed|overworked|underpaid|dangerous|exhausted|unhappy|worse|worst|hard to|too much|' +
        'too many|too little|left out',
    ),
    neutral: list('no matter|not only'),
    without: list('without'),
    hypothetical: list('would|could|might'),
  },
  es: {
    negators: list('no|nunca|jamás|nadie|nada|ningún|ninguna|ninguno|ni|tampoco|apenas'),
    adverse: list(
      'injusto|injusta|injustamente|inseguro|insegura|peligroso|peligrosa|miedo|temor|preocupa|preocupado|' +
        'preocupada|difícil|falta|faltan|mal|malo|mala|peor|estrés|estresado|estresada|discriminación|' +
        'discriminado|discriminada|acoso|ignoran|ignorado|ignorada|agotado|agotada|cuesta trabajo|me cuesta',
    ),
    neutral: list('sin importar|no solo|no sólo'),
    without: list('sin'),
    hypothetical: list('sería|podría|costaría'),
  },
};

const words = (text: string) =>
  (
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}']+/gu) ?? []
  ).map((w) => w.replace(/^'+|'+$/g, ''));

const startsAt = (tokens: string[], i: number, phrase: string) => {
  const parts = phrase.split(' ');
  return parts.every((p, k) => tokens[i + k] === p) ? parts.length : 0;
};

/** The negative cues of one text, in order: empty when it reads as positively worded. */
export function negativeCues(text: string, lang: Lang): string[] {
  const c = cues[lang];
  if (!c) return [];
  const tokens = words(text);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const skip = Math.max(0, ...c.neutral.map((p) => startsAt(tokens, i, p)));
    if (skip > 0) {
      i += skip - 1;
      continue;
    }
    if (c.negators.includes(token) || (lang === 'en' && token.endsWith("n't"))) {
      found.push(token);
      continue;
    }
    const phrase = c.adverse.find((p) => startsAt(tokens, i, p) > 0);
    if (phrase === undefined) continue;
    const before = (n: number) => tokens.slice(Math.max(0, i - n), i);
    const cancelled =
      before(2).some((w) => c.without.includes(w)) || before(3).some((w) => c.hypothetical.includes(w));
    if (!cancelled) found.push(phrase);
  }
  return found;
}

function looksReversed(q: DraftQuestion, d: SurveyDraft): { lang: Lang; cues: string[] } | undefined {
  for (const lang of checkedLangs(d)) {
    const text = q.text[lang];
    const found = text === undefined ? [] : negativeCues(text, lang);
    if (found.length > 0) return { lang, cues: found };
  }
  return undefined;
}

/** REVERSED_ITEM notes and LOOKS_REVERSED warnings for the draft's agree items. */
export function checkDirection(d: SurveyDraft): Finding[] {
  const out: Finding[] = [];
  d.sections.forEach((s, si) =>
    s.questions.forEach((q, qi) => {
      // Only a type that can be reversed has a good end that wording could turn around.
      if (!typeOf(q).rules.reverse) return;
      if (q.reverse) {
        out.push(
          note(
            'REVERSED_ITEM',
            questionPlace(s, si, q, qi, ['reverse']),
            `Question ${q.id} is reversed: disagreeing is the good end, and its answers are flipped before ` +
              `scoring. If you reword it so that agreeing is good, unmark it.`,
            { question: q.id },
          ),
        );
        return;
      }
      const seen = looksReversed(q, d);
      if (!seen) return;
      const quoted = seen.cues.map((w) => `"${w}"`).join(', ');
      out.push(
        warning(
          'LOOKS_REVERSED',
          { ...questionPlace(s, si, q, qi, ['text', seen.lang]), lang: seen.lang },
          `Question ${q.id} reads as negatively worded in ${langName(seen.lang)} (${quoted}), so agreeing ` +
            `may be the bad end, yet it is scored as if agreeing were good: mark it reversed or reword it.`,
          { question: q.id, lang: seen.lang, cues: quoted },
        ),
      );
    }),
  );
  return out;
}
