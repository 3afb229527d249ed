// The respondent page's words, per language, from the language files (surveys/words/).
import { byLang, type Lang } from './languages.js';
import { format } from './format.js';
import { pluralOf, words, type PageWords } from './words/index.js';

// The respondent's island imports `format` from its own file: `ui` below reads every language's
// words, so a bundler cannot tell it is unused and would ship them all to every phone.
export { format } from './format.js';

/** The page's words as the respondent page carries them (one language per page, in its data). */
export interface UiText
  extends Omit<
    PageWords,
    'dependsOn' | 'or' | 'offline' | 'tooFast' | 'startOver' | 'previewNotice' | 'previewMissing' | 'minutes'
  > {
  // The words of the question types' scales, in the page's language, so the island never bundles
  // another language's words.
  /** Labels for agree5 answers 1..5. */
  agreeScale: readonly [string, string, string, string, string];
  likelihoodLow: string;
  likelihoodHigh: string;
  ratingLow: string;
  ratingHigh: string;
  yes: string;
  no: string;
}

function uiText(lang: Lang): UiText {
  // `minutes` is a plural: the server writes the sentence into the page's survey (PageSurvey.length).
  const { dependsOn: _d, or: _o, offline: _f, tooFast: _t, startOver: _s, previewNotice: _p, previewMissing: _m, minutes: _n, ...page } =
    words[lang].page;
  const { agree5, likelihood, rating10, yesno } = words[lang].scales;
  return {
    ...page,
    agreeScale: agree5,
    likelihoodLow: likelihood[0],
    likelihoodHigh: likelihood[1],
    ratingLow: rating10[0],
    ratingHigh: rating10[1],
    yes: yesno[0],
    no: yesno[1],
  };
}

export const ui: Readonly<Record<Lang, UiText>> = /* @__PURE__ */ byLang(uiText);

/** "About 5 minutes" in `lang`, in the plural form its count takes there. */
export function minutesText(lang: Lang, n: number): string {
  return format(pluralOf(words[lang].page.minutes, n, lang), { n });
}
