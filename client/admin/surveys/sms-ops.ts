// A question's text message (schema.ts `questionSms`): added empty, written per language, taken away
// whole. A choice numbers its answers by text in page order unless staff number a list of their own;
// the list is kept only while it differs from page order, so a draft never carries one for nothing.
import type { DraftQuestion } from '../../../surveys/draft.ts';
import type { Lang } from '../../../surveys/languages.ts';
import { questionAt, type Work } from './work.ts';

export function addSms(w: Work, si: number, qi: number) {
  questionAt(w, si, qi).sms = { text: { en: '' } };
}

export function removeSms(w: Work, si: number, qi: number) {
  delete questionAt(w, si, qi).sms;
}

export function setSmsText(w: Work, si: number, qi: number, lang: Lang, text: string) {
  questionAt(w, si, qi).sms!.text[lang] = text;
}

/** The values a choice's text message numbers 1, 2, 3 ..., in that order. */
export const numbered = (q: DraftQuestion): string[] =>
  q.sms?.options ?? (q.options ?? []).map((o) => o.value);

/** Numbers `values` by text: the page's own order for all of them is no list at all. */
export function setNumbered(w: Work, si: number, qi: number, values: string[]) {
  const q = questionAt(w, si, qi);
  const page = (q.options ?? []).map((o) => o.value);
  if (values.length === page.length && values.every((v, i) => v === page[i])) delete q.sms!.options;
  else q.sms!.options = values;
}

/**
 * An option's value changed (`to`) or the option went (null): its place in the numbered list follows.
 * A list left with fewer than two numbers gives way to numbering every answer.
 */
export function renumber(q: DraftQuestion, value: string, to: string | null) {
  const list = q.sms?.options;
  if (!list) return;
  const next = list.flatMap((v) => (v === value ? (to === null ? [] : [to]) : [v]));
  if (next.length < 2) delete q.sms!.options;
  else q.sms!.options = next;
}
