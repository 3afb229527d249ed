// The page's words the island reads beyond `ui`, picked from the language files (surveys/words/).
// Server code imports this; the island gets its language's `ExtraText` in the page data.
import { byLang, type Lang } from '../../surveys/languages.ts';
import { words, type PageWords } from '../../surveys/words/index.ts';

export type ExtraText = Pick<PageWords, 'dependsOn' | 'or' | 'offline' | 'tooFast' | 'startOver'>;

export const extraText: Readonly<Record<Lang, ExtraText>> = /* @__PURE__ */ byLang((l) => {
  const { dependsOn, or, offline, tooFast, startOver } = words[l].page;
  return { dependsOn, or, offline, tooFast, startOver };
});
