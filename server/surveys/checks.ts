/**
 * What stands between a draft and publishing it: the blocking findings of the checks, and the
 * estimated minutes the published version will say it takes.
 */
import { definitionCandidate, type SurveyDraft } from '../../surveys/draft.ts';
import { surveyDefinition } from '../../surveys/index.ts';

export interface Blocker {
  code: string;
  path: (string | number)[];
  message: string;
}

export function publishBlockers(draft: SurveyDraft): { findings: Blocker[]; minutes: number } {
  const parsed = surveyDefinition.safeParse(definitionCandidate({ ...draft, estimatedMinutes: 1 }));
  const findings = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({
        code: 'INVALID',
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      }));
  return { findings, minutes: draft.estimatedMinutes ?? 5 };
}
