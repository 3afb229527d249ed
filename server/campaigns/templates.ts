/**
 * Published template versions. The code holds the templates; the database keeps a fingerprinted copy
 * of each version a campaign uses, so a campaign always answers the exact questions it launched with.
 */
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { sha256Hex } from '../ids.ts';
import { canonicalJson, getTemplate, surveyDefinition, type SurveyDefinition } from '../../surveys/index.ts';

/** Records a version on first use; refuses a version whose content differs from what was published. */
export async function pinTemplateVersion(deps: Pick<Deps, 'db' | 'clock'>, def: SurveyDefinition) {
  const definition = canonicalJson(def);
  const fingerprint = await sha256Hex(definition);
  const stored = await deps.db
    .selectFrom('template_versions')
    .select('fingerprint')
    .where('template_id', '=', def.id)
    .where('version', '=', def.version)
    .executeTakeFirst();
  if (stored && stored.fingerprint !== fingerprint) {
    throw new AppError(
      'TEMPLATE_CHANGED',
      `Template ${def.id} version ${def.version} differs from the copy already in use; publish a new version instead.`,
    );
  }
  if (!stored) {
    await deps.db
      .insertInto('template_versions')
      .values({
        template_id: def.id,
        version: def.version,
        kind: def.kind,
        definition,
        fingerprint,
        published_at: deps.clock.now().toISOString(),
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export function findPublished(id: string, version?: number): SurveyDefinition {
  const def = getTemplate(id, version);
  if (!def)
    throw new AppError('NOT_FOUND', version ? `No template ${id} version ${version}.` : `No template ${id}.`);
  return def;
}

// Versions never change once stored, so a parsed copy can be kept for the life of the process.
const parsedVersions = new Map<string, SurveyDefinition>();

/** The definition a campaign launched with, read from the stored copy. */
export async function campaignTemplate(
  deps: Pick<Deps, 'db'>,
  id: string,
  version: number,
): Promise<SurveyDefinition> {
  const key = `${id}@${version}`;
  const cached = parsedVersions.get(key);
  if (cached) return cached;
  const row = await deps.db
    .selectFrom('template_versions')
    .select(['definition'])
    .where('template_id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `Template ${key} is not stored.`);
  const def = surveyDefinition.parse(JSON.parse(row.definition));
  parsedVersions.set(key, def);
  return def;
}
