import type { LocalizedText, SurveyDefinition, SurveyKind } from './schema.js';
import { allQuestions } from './logic.js';
import { employerSatisfactionV1 } from './templates/employer-satisfaction.js';
import { partnerRoiV1 } from './templates/partner-roi.js';
import { withLanguages } from './templates/translated.js';
import { ar } from './templates/translations/ar.js';
import { ht } from './templates/translations/ht.js';
import { vi } from './templates/translations/vi.js';
import { zhHans } from './templates/translations/zh-Hans.js';
import { workerVoiceV1 } from './templates/worker-voice.js';
import { withSmsForm } from './templates/worker-voice-sms.js';

export * from './schema.js';
export * from './languages.js';
export * from './language-list.js';
import { words } from './words/index.js';
import type { WordsOrigin } from './words/types.js';
export { words, pluralOf } from './words/index.js';
export type * from './words/types.js';
export * from './shape.js';
export * from './localize.js';
export * from './logic.js';
export * from './scoring.js';
export * from './i18n.js';
export * from './canonical.js';
export {
  answerTypes,
  favorableName,
  pointLabel,
  questionTypeModules,
  typeNamed,
  typeOf,
  type AnswerType,
  type Measure,
  type QuestionTypeModule,
  type Tone,
  type TypeLabels,
} from './types/index.js';
export { workerVoiceV1, employerSatisfactionV1, partnerRoiV1 };

// Version 2 of each template: version 1's questions, unchanged in English and Spanish, in four more
// languages. Version 1 stays as it was (answers given under it refer to it).
const translations = [
  ['vi', vi],
  ['zh-Hans', zhHans],
  ['ht', ht],
  ['ar', ar],
] as const;
export const workerVoiceV2 = withLanguages(workerVoiceV1, 2, translations);
export const employerSatisfactionV2 = withLanguages(employerSatisfactionV1, 2, translations);
export const partnerRoiV2 = withLanguages(partnerRoiV1, 2, translations);
// Version 3 of the worker survey: version 2 with its SMS short form (issue 18), eleven questions
// askable by text message in its six languages; its web page is version 2's.
export const workerVoiceV3 = withSmsForm(workerVoiceV2, 3);

/**
 * Where the built-in templates' texts in `lang` came from: English and Spanish are written in the
 * templates themselves and share the words files' origin; the others carry their translation's.
 * Null for a language no built-in template has.
 */
export function templateTextOrigin(lang: string): WordsOrigin | null {
  if (lang === 'en' || lang === 'es') return words[lang].origin;
  return translations.find(([tag]) => tag === lang)?.[1].origin ?? null;
}

export interface TemplateSummary {
  id: string;
  version: number;
  kind: SurveyKind;
  title: LocalizedText;
  estimatedMinutes: number;
  questionCount: number;
  /** Every published version of this template id, oldest first. */
  versions: number[];
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Every survey version respondents may have answered. Append new versions; never edit or remove one
 * (published.lock.json and its test hold the fingerprints). Frozen, because stored answers are only
 * meaningful against the exact definition they were given under.
 */
export const publishedTemplates: readonly SurveyDefinition[] = deepFreeze([
  workerVoiceV1,
  employerSatisfactionV1,
  partnerRoiV1,
  workerVoiceV2,
  employerSatisfactionV2,
  partnerRoiV2,
  workerVoiceV3,
]);

/** A published template by id, at `version`, or the latest version when `version` is omitted. */
export function getTemplate(id: string, version?: number): SurveyDefinition | undefined {
  let found: SurveyDefinition | undefined;
  for (const def of publishedTemplates) {
    if (def.id !== id) continue;
    if (version !== undefined ? def.version === version : !found || def.version > found.version) found = def;
  }
  return found;
}

/** The latest version of each published template, in the order the templates were first published. */
export function latestTemplates(): SurveyDefinition[] {
  const ids = [...new Set(publishedTemplates.map((d) => d.id))];
  return ids.flatMap((id) => getTemplate(id) ?? []);
}

/** What an administrator needs to pick a template, without the questions themselves. */
export function templateSummary(def: SurveyDefinition): TemplateSummary {
  return {
    id: def.id,
    version: def.version,
    kind: def.kind,
    title: def.title,
    estimatedMinutes: def.estimatedMinutes,
    questionCount: allQuestions(def).length,
    versions: publishedTemplates
      .filter((d) => d.id === def.id)
      .map((d) => d.version)
      .sort((a, b) => a - b),
  };
}
