/**
 * The survey a partnership may use for a campaign or a schedule: a built-in template at any
 * published version, or one of its own surveys' published versions. Another partnership's survey
 * answers exactly as an unknown one, so ids cannot be probed.
 */
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { SurveyDefinition } from '../../surveys/index.ts';
import { isOwnSurvey } from '../../surveys/lines.ts';
import { ownerOf } from './own.ts';
import { campaignTemplate, findPublished, latestStoredVersion } from './versions.ts';

export async function surveyFor(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  id: string,
  version?: number,
): Promise<SurveyDefinition> {
  if (!isOwnSurvey(id)) return findPublished(id, version);
  if ((await ownerOf(deps, id)) !== partnershipId) throw new AppError('NOT_FOUND', `No template ${id}.`);
  const latest = await latestStoredVersion(deps, id);
  if (latest === null)
    throw new AppError('SURVEY_NOT_PUBLISHED', 'This survey has no published version yet: publish it first.');
  if (version !== undefined && version > latest)
    throw new AppError('NOT_FOUND', `No template ${id} version ${version}.`);
  return campaignTemplate(deps, id, version ?? latest);
}
