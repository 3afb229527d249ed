// Words staff read for the survey's kinds, question types and languages, as keys of the surveys
// area's messages; written out per member so tsc refuses a kind, type or language without words.
import type { Key, WordsOf } from '../../shared/i18n/areas.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { languageOf } from '../../../surveys/language-list.ts';
import { byLang } from '../../../surveys/languages.ts';
import type { Lang, QuestionType, SurveyKind } from '../../../surveys/schema.ts';
import type { Formats } from '../i18n/use-formats.ts';

type Words = WordsOf<'surveys'>;

export const kindKeys: Readonly<Record<SurveyKind, Key<'surveys'>>> = {
  'worker-voice': 'kindWorkerVoice',
  'employer-satisfaction': 'kindEmployerSatisfaction',
  'partner-roi': 'kindPartnerRoi',
};

export const typeKeys: Readonly<Record<QuestionType, Key<'surveys'>>> = {
  agree5: 'typeAgree5',
  likelihood: 'typeLikelihood',
  rating10: 'typeRating10',
  yesno: 'typeYesno',
  single: 'typeSingle',
  multi: 'typeMulti',
  text: 'typeText',
};

/** Each page language's name in the staff member's language, as they read it in lists and labels. */
export const langKeys: Readonly<Record<Lang, Key<'surveys'>>> = {
  en: 'langEn',
  es: 'langEs',
  vi: 'langVi',
  'zh-Hans': 'langZhHans',
  ht: 'langHt',
  ar: 'langAr',
};

/** Each page language's name in itself, for a speaker to find it (preview tabs, the language list). */
export const nativeNames: Readonly<Record<Lang, string>> = byLang((l) => languageOf(l)?.name ?? l);

/** The direction a language's fields and previews are written in. */
export const dirs: Readonly<Record<Lang, 'ltr' | 'rtl'>> = byLang((l) => languageOf(l)?.dir ?? 'ltr');

/**
 * A language name standing alone (a checkbox, a button): Spanish writes "vietnamita" in a sentence
 * but "Vietnamita" as a label; English names are capitalized already.
 */
export const upperFirst = (s: string, locale: Locale) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** "English 3.4, Spanish 4": a figure per language, as the checks give reading grades and minutes. */
export function byLanguage(t: Words, f: Formats, values: Partial<Record<Lang, number>>): string {
  return (Object.entries(values) as [Lang, number][])
    .map(([lang, v]) => t('langFigure', { language: t(langKeys[lang]), figure: f.figure(v) }))
    .join(t('langSeparator'));
}

/**
 * Product texts that come in the staff member's language (a template's title, an item bank topic, a
 * built-in dimension), else in English. The survey being edited is never shown this way: its texts
 * are its own, English beside the working language.
 */
export const inLocale = (text: Partial<Record<Lang, string>>, locale: Locale): string =>
  text[locale]?.trim() || text.en || '';
