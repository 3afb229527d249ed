/**
 * What stands between a draft and publishing it: the checks' blocking findings (surveys/checks/, the
 * same code the editor runs as staff type), and the minutes the published version will say it takes.
 */
import { checkSurvey, type Finding, type SurveyCheck } from '../../surveys/checks/index.ts';
import type { SurveyDraft } from '../../surveys/draft.ts';

export type { SurveyCheck };

export function publishBlockers(draft: SurveyDraft): { findings: Finding[]; minutes: number } {
  const check = checkSurvey(draft);
  return {
    findings: check.findings.filter((f) => f.severity === 'blocking'),
    minutes: Math.max(1, Math.ceil(check.estimate.minutes)),
  };
}

/** The checks of a survey's draft, for the API to send beside it; none without a draft. */
export const draftChecks = (draft: SurveyDraft | null): SurveyCheck | null =>
  draft ? checkSurvey(draft) : null;
