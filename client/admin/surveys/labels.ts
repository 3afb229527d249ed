// Words staff read for the survey's kinds, question types and languages.
import { languageOf } from '../../../surveys/language-list.ts';
import { byLang } from '../../../surveys/languages.ts';
import type { Lang, QuestionType, SurveyKind } from '../../../surveys/schema.ts';

export const kindNames: Record<SurveyKind, string> = {
  'worker-voice': 'Worker voice',
  'employer-satisfaction': 'Employer satisfaction',
  'partner-roi': 'Partner return on investment',
};

export const typeNames: Record<QuestionType, string> = {
  agree5: 'Agree or disagree (5 points)',
  likelihood: 'How likely, 0 to 10',
  rating10: 'Rating, 1 to 10',
  yesno: 'Yes or no',
  single: 'Choose one',
  multi: 'Choose several',
  text: 'Written answer',
};

/** Each page language's English name, as staff read it in lists and headings. */
export const langNames: Readonly<Record<Lang, string>> = byLang((l) => languageOf(l)?.english ?? l);

/** Each page language's name in itself, for a speaker to find it (preview tabs, the language list). */
export const nativeNames: Readonly<Record<Lang, string>> = byLang((l) => languageOf(l)?.name ?? l);

/** The direction a language's fields and previews are written in. */
export const dirs: Readonly<Record<Lang, 'ltr' | 'rtl'>> = byLang((l) => languageOf(l)?.dir ?? 'ltr');

/** A date and time as staff read it, in their own time zone. */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}
