// A built-in template's next version in more languages: the same questions, ids and rules, with the
// texts of each translation written in and the languages listed. Published versions never change,
// so adding a language is a new version (surveys/index.ts appends it; the lock pins it).
import { definitionCandidate, draftFromDefinition } from '../draft.js';
import type { Lang } from '../languages.js';
import { surveyDefinition, type SurveyDefinition } from '../schema.js';
import { applyTexts } from '../transfer/texts.js';
import type { TemplateTranslation } from './translations/types.js';

/**
 * `def` as version `version`, with every text of each translation added. Throws when a translation
 * lacks a text or names one the template does not have: a version is complete in its languages.
 */
export function withLanguages(
  def: SurveyDefinition,
  version: number,
  translations: readonly (readonly [Lang, TemplateTranslation])[],
): SurveyDefinition {
  let draft = { ...draftFromDefinition(def), version };
  for (const [lang, translation] of translations) {
    const texts = translation.texts[def.id];
    if (!texts) throw new Error(`The ${lang} translation has no texts for ${def.id}`);
    draft = applyTexts(
      draft,
      lang,
      Object.entries(texts).map(([key, text]) => ({ key, text })),
    );
    draft.languages = [...draft.languages, lang];
  }
  return surveyDefinition.parse(definitionCandidate(draft));
}
