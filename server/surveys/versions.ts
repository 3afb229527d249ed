/**
 * Published template versions. The code holds the built-in templates; the database keeps a
 * fingerprinted copy of each version a campaign uses, so a campaign always answers the exact questions
 * it launched with. A partnership's own survey (own.ts) is published straight into the same table.
 */
import { CompiledQuery, sql } from 'kysely';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { sha256Hex } from '../ids.ts';
import {
  canonicalJson,
  getTemplate,
  isLang,
  legacyLanguages,
  surveyDefinition,
  type Lang,
  type SurveyDefinition,
} from '../../surveys/index.ts';

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

export interface PublishedVersion {
  templateId: string;
  version: number;
  fingerprint: string;
  publishedAt: string;
  /** The languages the version is complete in (en and es for one that lists none). */
  languages: Lang[];
}

/** The stored versions of these template ids, without their definitions. */
export async function publishedVersions(deps: Pick<Deps, 'db'>, ids: string[]): Promise<PublishedVersion[]> {
  if (ids.length === 0) return [];
  const rows = await deps.db
    .selectFrom('template_versions')
    .select(['template_id', 'version', 'fingerprint', 'published_at'])
    // Only the list, not the whole definition: a stored version was checked when it was published.
    .select(sql<string | null>`json_extract(definition, '$.languages')`.as('languages'))
    .where('template_id', 'in', ids)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    templateId: r.template_id,
    version: r.version,
    fingerprint: r.fingerprint,
    publishedAt: r.published_at,
    languages: r.languages ? (JSON.parse(r.languages) as string[]).filter(isLang) : [...legacyLanguages],
  }));
}

/** The newest stored version of a template id, or null when none is. */
export async function latestStoredVersion(deps: Pick<Deps, 'db'>, id: string): Promise<number | null> {
  const row = await deps.db
    .selectFrom('template_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('template_id', '=', id)
    .executeTakeFirst();
  return row?.v ?? null;
}

/**
 * Stores a newly published version of an own survey, only while `guard` (raw SQL with its
 * parameters) holds: the publication's other writes share it, so all of them happen or none.
 */
export async function publishStatement(
  def: SurveyDefinition,
  at: string,
  guard: { sql: string; parameters: unknown[] },
): Promise<{ statement: CompiledQuery; fingerprint: string }> {
  const definition = canonicalJson(def);
  const fingerprint = await sha256Hex(definition);
  const statement = CompiledQuery.raw(
    `INSERT INTO template_versions (template_id, version, kind, definition, fingerprint, published_at)
     SELECT ?, ?, ?, ?, ?, ? WHERE ${guard.sql}`,
    [def.id, def.version, def.kind, definition, fingerprint, at, ...guard.parameters],
  );
  return { statement, fingerprint };
}
