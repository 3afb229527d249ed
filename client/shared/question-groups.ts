/**
 * Which review measure each question feeds, so a reader opens a measure and finds the answers behind
 * it, rather than scrolling past every question at once. The survey definition says it (an item's
 * `dimension`, a question's `measure`); the review JSON does not repeat it.
 */
import type { PublicQuestion } from '../../server/reviews/contract.ts';
import type { WordsOf } from './i18n/areas.ts';

export interface QuestionRole {
  id: string;
  dimension?: string;
  measure?: string;
  reverse?: boolean;
}

export interface DefinitionShape {
  sections: readonly { questions: readonly QuestionRole[] }[];
}

/** The measure key a question adds to, when the review has that measure. */
function measureOf(q: QuestionRole, measures: readonly string[]): string | null {
  const candidates = [
    q.dimension && `dim.${q.dimension}`,
    q.measure === 'nps' && `nps.${q.id}`,
    q.measure && `index.${q.measure}`,
    q.measure && `share.${q.measure}`,
  ];
  return candidates.find((c): c is string => Boolean(c) && measures.includes(c as string)) ?? null;
}

export interface QuestionGroup {
  /** A measure key, or null for the questions that feed none. */
  measure: string | null;
  questions: (PublicQuestion & { reverse?: boolean })[];
}

/**
 * The questions under each measure, in the measures' order, then the rest. Without a definition
 * (it failed to load), every question is in the one group of the rest, so nothing goes missing.
 */
export function groupQuestions(
  questions: readonly PublicQuestion[],
  measures: readonly string[],
  definition: DefinitionShape | null,
): QuestionGroup[] {
  const roles = new Map<string, QuestionRole>();
  for (const s of definition?.sections ?? []) for (const q of s.questions) roles.set(q.id, q);
  const byMeasure = new Map<string | null, QuestionGroup['questions']>();
  for (const q of questions) {
    const role = roles.get(q.id);
    const key = role ? measureOf(role, measures) : null;
    if (!byMeasure.has(key)) byMeasure.set(key, []);
    byMeasure.get(key)!.push(role?.reverse ? { ...q, reverse: true } : q);
  }
  const groups: QuestionGroup[] = [];
  for (const m of measures) {
    const qs = byMeasure.get(m);
    if (qs) groups.push({ measure: m, questions: qs });
  }
  const rest = byMeasure.get(null);
  if (rest) groups.push({ measure: null, questions: rest });
  return groups;
}

/** A measure key as a fragment of an element id. */
export const slug = (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, '-');

/** Words for a hidden figure, by why it is hidden (the reason may be absent: then the size rule). */
export function hiddenText(t: WordsOf<'review'>, reason: string | null | undefined, k: number): string {
  if (reason === 'protects-another') return t('hiddenProtects');
  if (reason === 'withheld') return t('hiddenWithheld');
  return t('hiddenSmall', { k });
}
