/**
 * Whether a page language's texts have been read by a native speaker, for one partnership: the
 * respondent's words (surveys/words/<tag>.ts) and each built-in template's translation
 * (surveys/templates/translations/<tag>.ts) record where they came from and any review the project
 * had; a partnership that has its own speaker read them records that too (language-reviews.ts).
 * Staff are told before they launch in a language nobody has reviewed.
 */
import { languageOf } from '../../surveys/language-list.ts';
import { langs } from '../../surveys/languages.ts';
import { isOwnSurvey } from '../../surveys/lines.ts';
import { latestTemplates, templateTextOrigin, words } from '../../surveys/index.ts';
import type { Deps } from '../deps.ts';
import type { LanguageReview, PageLanguageInfo, PartnershipLanguages } from './language-contract.ts';
import { languageReviewsOf } from './language-reviews.ts';
import { getPartnership } from './partnerships.ts';

const builtInIds = () => latestTemplates().map((d) => d.id);

/** Every page language with its texts' origins and this partnership's reviews of them. */
export async function partnershipLanguages(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
): Promise<PartnershipLanguages> {
  const partnership = await getPartnership(deps, partnershipId);
  const reviews = await languageReviewsOf(deps, partnershipId);
  const ids = builtInIds();
  return {
    fallback: partnership.fallbackLanguage,
    languages: langs.map((tag): PageLanguageInfo => {
      const l = languageOf(tag)!;
      const origin = templateTextOrigin(tag);
      return {
        tag,
        name: l.name,
        english: l.english,
        dir: l.dir,
        sms: l.sms,
        words: words[tag].origin,
        templates: ids.map((templateId) => ({ templateId, origin })),
        reviews: reviews.filter((r) => r.lang === tag),
      };
    }),
  };
}

export interface ReviewState {
  /** The respondent's words. */
  words: boolean;
  /** The survey's texts: null for a partnership's own survey, whose texts are its own. */
  survey: boolean | null;
}

const recorded = (reviews: readonly LanguageReview[], subject: string) =>
  reviews.some((r) => r.subject === subject);

/**
 * Whether `lang`'s texts of a campaign on `templateId` are reviewed: by the project (the words file's
 * or the translation's `origin.reviewed`) or by the partnership (a review it recorded). A built-in
 * template's English and Spanish are written with the template, so they count as the words file does.
 */
export function reviewState(info: PageLanguageInfo, templateId: string): ReviewState {
  const wordsDone = info.words.reviewed !== null || recorded(info.reviews, 'words');
  if (isOwnSurvey(templateId)) return { words: wordsDone, survey: null };
  if (info.tag === 'en' || info.tag === 'es') return { words: wordsDone, survey: wordsDone };
  const origin = info.templates.find((t) => t.templateId === templateId)?.origin ?? null;
  return { words: wordsDone, survey: origin?.reviewed != null || recorded(info.reviews, templateId) };
}

/**
 * What a review would have to be recorded of for `reviewState` to hold in full: 'words' and/or the
 * template's id. A built-in template's English and Spanish follow the words, so only they are named.
 */
export function toReview(info: PageLanguageInfo, templateId: string): string[] {
  const state = reviewState(info, templateId);
  const survey = state.survey === false && info.tag !== 'en' && info.tag !== 'es';
  return [...(state.words ? [] : ['words']), ...(survey ? [templateId] : [])];
}

/** What a partnership may record a review of: the words, or a built-in template's texts. */
export function isReviewSubject(subject: string): boolean {
  return subject === 'words' || builtInIds().includes(subject);
}
