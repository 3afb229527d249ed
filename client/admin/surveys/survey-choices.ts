// What a campaign can be sent with: the built-in surveys (their newest version) and each published
// version of the partnership's own surveys, by name and version. Used by the campaign form's picker,
// labelled in the campaigns area's words of the staff member's language.
import type { OwnSurvey } from '../../../server/surveys/contract.ts';
import type { WordsOf } from '../../shared/i18n/areas.ts';
import type { Lang, SurveyKind, TemplateSummary } from '../../../surveys/index.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';

export interface SurveyChoice {
  /** The picker's value: the template id, with "@version" for an own survey's version. */
  key: string;
  templateId: string;
  /** Pinned for an own survey's version; a built-in takes its newest. */
  version?: number;
  kind: SurveyKind;
  /** What a campaign is named after. */
  title: string;
  label: string;
  own: boolean;
  /** An own survey version's languages (a built-in's are in its definition). */
  languages?: Lang[];
}

export const choiceKey = (templateId: string, version?: number) =>
  version === undefined ? templateId : `${templateId}@${version}`;

export function surveyChoices(
  templates: TemplateSummary[],
  own: OwnSurvey[],
  words: WordsOf<'campaigns'>,
): SurveyChoice[] {
  return [
    ...templates.map((t) => ({
      key: t.id,
      templateId: t.id,
      kind: t.kind,
      title: t.title.en,
      // A built-in survey has its title in both dashboard languages.
      label: words('surveyChoiceBuiltIn', {
        title: t.title[words.locale] ?? t.title.en,
        questions: t.questionCount,
        minutes: t.estimatedMinutes,
      }),
      own: false,
    })),
    ...own.flatMap((s) =>
      [...s.versions].reverse().map((v) => ({
        key: choiceKey(s.id, v.version),
        templateId: s.id,
        version: v.version,
        kind: s.kind,
        title: s.name,
        label: words('surveyChoiceOwn', { name: s.name, version: v.version }),
        own: true,
        languages: v.languages,
      })),
    ),
  ];
}

/** The partnership's own surveys, for the picker; null as the id loads nothing. */
export function useOwnSurveys(partnershipId: string | null) {
  return useApi(partnershipId === null ? null : `own-surveys:${partnershipId}`, () =>
    read(server.api.partnerships[':id'].surveys.$get({ param: { id: partnershipId! } })),
  );
}
