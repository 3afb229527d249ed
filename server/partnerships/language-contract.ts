/**
 * Languages in the partnerships API: what a contact may speak, the fallback language a partnership
 * chooses, and the reviews of a language's texts it records (GET /api/partnerships/:id/languages,
 * POST .../languages/:lang/reviews). Pure, so the dashboard may import it: zod, surveys/ and other
 * contracts only.
 */
import { z } from 'zod';
import { languageOf, languageTags } from '../../surveys/language-list.ts';
import { isLang, langs, type Lang } from '../../surveys/languages.ts';
import type { WordsOrigin } from '../../surveys/words/types.ts';
import { oneLine } from '../fields/contract.ts';

const tagList = languageTags.join(', ');

/**
 * A contact's language: any tag of surveys/language-list.ts, not only the languages pages are
 * written in (a Somali speaker is recorded as such and gets the partnership's fallback).
 */
export const contactLanguage = z
  .string()
  .refine((tag) => languageOf(tag) !== undefined, `Use a language tag, one of: ${tagList}.`);

/** A page language (surveys/languages.ts): what a respondent can be sent and shown. */
export const pageLanguage = z
  .string()
  .refine(isLang, `Use one of the languages surveys are written in: ${langs.join(', ')}.`)
  .transform((tag) => tag as Lang);

/** What is reviewed: the respondent's words ('words'), or a built-in template's translation (its id). */
export const reviewSubject = z
  .string()
  .regex(/^(words|[a-z][a-z0-9-]{0,63})$/, 'Name words or a template id.');

/** POST /api/partnerships/:id/languages/:lang/reviews: who reviewed it; the day is the day it is recorded. */
export const languageReviewBody = z.object({
  subject: reviewSubject.default('words'),
  reviewerName: oneLine(120),
});
export type LanguageReviewBody = z.infer<typeof languageReviewBody>;

/** A review a partnership recorded. */
export interface LanguageReview {
  subject: string;
  lang: Lang;
  reviewerName: string;
  /** YYYY-MM-DD, in the partnership's time zone. */
  reviewedOn: string;
}

/** A built-in template's text in one language: where it came from, null where no translation exists. */
export interface TemplateTexts {
  templateId: string;
  origin: WordsOrigin | null;
}

/** A page language as GET /api/partnerships/:id/languages describes it. */
export interface PageLanguageInfo {
  tag: Lang;
  /** In itself. */
  name: string;
  english: string;
  dir: 'ltr' | 'rtl';
  sms: 'GSM-7' | 'UCS-2';
  /** The respondent's words (surveys/words/<tag>.ts). */
  words: WordsOrigin;
  templates: TemplateTexts[];
  /** What this partnership recorded, newest first. */
  reviews: LanguageReview[];
}

export interface PartnershipLanguages {
  fallback: Lang;
  languages: PageLanguageInfo[];
}
