// A `{name}` token is filled in when the text is shown (surveys/i18n.ts `format` fills the same
// pattern), so a translation that drops or misspells one shows a raw token or loses the value. No
// built-in template text uses one today; any `{word}` counts, so a partnership's own text may.
import { languageOf } from '../language-list.js';
import { byLang, type Lang } from '../languages.js';

const token = /\{(\w+)\}/g;

export const languageNames: Readonly<Record<Lang, string>> = byLang((l) => languageOf(l)?.english ?? l);

/** The distinct placeholders of a text, sorted, as written (`{name}`). */
export function placeholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(token), (m) => m[0]))].sort();
}

/**
 * Why `text` cannot stand for `reference` (written in `refLang`): a placeholder missing or added. The
 * same set is required, not the same count: a translation may need to say a name twice.
 */
export function placeholderProblem(reference: string, refLang: Lang, text: string): string | undefined {
  const want = placeholders(reference);
  const have = placeholders(text);
  const missing = want.filter((p) => !have.includes(p));
  const added = have.filter((p) => !want.includes(p));
  const problems = [
    ...(missing.length ? [`placeholder ${missing.join(', ')} missing`] : []),
    ...(added.length ? [`placeholder ${added.join(', ')} is not in the ${languageNames[refLang]} text`] : []),
  ];
  return problems.length ? `${problems.join('; ')} (keep {…} tokens exactly as they are)` : undefined;
}

/** A warning, not a refusal, when the line breaks differ: a translation may rightly reflow a text. */
export function lineBreakWarning(reference: string, refLang: Lang, text: string): string | undefined {
  const count = (s: string) => s.split('\n').length - 1;
  const want = count(reference);
  const have = count(text);
  return want === have
    ? undefined
    : `${have} line break${have === 1 ? '' : 's'} where the ${languageNames[refLang]} text has ${want}`;
}
