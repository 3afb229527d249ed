// One own survey as the editor needs it: the survey with its draft, and the version a rewording is
// judged against (its newest published one, or the template it was started from).
import type { OwnSurveyWithDraft } from '../../../server/surveys/contract.ts';
import type { SurveyDefinition } from '../../../surveys/schema.ts';
import { isOwnSurvey } from '../../../surveys/lines.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';

export interface EditorData {
  survey: OwnSurveyWithDraft;
  previous: SurveyDefinition;
}

const versionOf = (id: string, version: number) =>
  read(server.api.surveys[':id'].versions[':version'].$get({ param: { id, version: String(version) } }));

/** The definition a draft of `survey` is compared with, as publishing compares it (server/surveys/publish.ts). */
async function previousOf(survey: OwnSurveyWithDraft): Promise<SurveyDefinition> {
  const latest = survey.versions.at(-1);
  if (latest) return (await versionOf(survey.id, latest.version)).template;
  const { templateId, version } = survey.basedOn;
  if (isOwnSurvey(templateId)) return (await versionOf(templateId, version)).template;
  const out = await read(
    server.api.templates[':id'].$get({ param: { id: templateId }, query: { version: String(version) } }),
  );
  return out.template;
}

export function useSurvey(id: string) {
  return useApi(`survey:${id}`, async (): Promise<EditorData> => {
    const { survey } = await read(server.api.surveys[':id'].$get({ param: { id } }));
    return { survey, previous: await previousOf(survey) };
  });
}
