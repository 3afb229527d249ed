/**
 * The own_surveys and own_survey_versions tables: a partnership's own surveys, their draft being
 * edited, and what each published version changed. The versions themselves are template_versions
 * rows (versions.ts), joined here through its reader.
 */
import { CompiledQuery } from 'kysely';
import type { Deps } from '../deps.ts';
import type { OwnSurveysTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { surveyDraft, type SurveyDraft } from '../../surveys/draft.ts';
import type { VersionChanges } from '../../surveys/changes.ts';
import { getTemplate } from '../../surveys/index.ts';
import { isOwnSurvey } from '../../surveys/lines.ts';
import type { OwnSurvey, OwnSurveyVersion } from './contract.ts';
import { publishedVersions } from './versions.ts';

type Db = Pick<Deps, 'db'>;

function toOwnSurvey(row: OwnSurveysTable, versions: OwnSurveyVersion[]): OwnSurvey {
  const latest = versions.at(-1)?.version ?? 0;
  return {
    id: row.template_id,
    partnershipId: row.partnership_id,
    kind: row.kind,
    name: row.name,
    basedOn: { templateId: row.based_on_id, version: row.based_on_version },
    line: row.line,
    versions,
    draft: row.draft && row.draft_saved_at ? { savedAt: row.draft_saved_at, version: latest + 1 } : null,
    createdAt: row.created_at,
  };
}

async function versionsOf(deps: Db, ids: string[]): Promise<Map<string, OwnSurveyVersion[]>> {
  const out = new Map<string, OwnSurveyVersion[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const pinned = await publishedVersions(deps, ids);
  const notes = await deps.db
    .selectFrom('own_survey_versions')
    .select(['template_id', 'version', 'changes'])
    .where('template_id', 'in', ids)
    .execute();
  const changesOf = new Map(notes.map((n) => [`${n.template_id}@${n.version}`, n.changes]));
  for (const v of pinned) {
    const changes = changesOf.get(`${v.templateId}@${v.version}`);
    out.get(v.templateId)?.push({
      version: v.version,
      fingerprint: v.fingerprint,
      publishedAt: v.publishedAt,
      languages: v.languages,
      changes: changes ? (JSON.parse(changes) as VersionChanges) : emptyChanges,
    });
  }
  for (const list of out.values()) list.sort((a, b) => a.version - b.version);
  return out;
}

const emptyChanges: VersionChanges = {
  from: null,
  added: [],
  removed: [],
  reworded: [],
  replaced: [],
  changed: [],
  moved: 0,
  retitled: false,
};

export async function listOwnSurveys(deps: Db, partnershipId: string): Promise<OwnSurvey[]> {
  const rows = await deps.db
    .selectFrom('own_surveys')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .orderBy('name')
    .execute();
  const versions = await versionsOf(
    deps,
    rows.map((r) => r.template_id),
  );
  return rows.map((r) => toOwnSurvey(r, versions.get(r.template_id)!));
}

async function ownRow(deps: Db, id: string) {
  return deps.db.selectFrom('own_surveys').selectAll().where('template_id', '=', id).executeTakeFirst();
}

/** One own survey with its draft; unknown ids answer 404 (partnership access is checked by the caller). */
export async function getOwnSurvey(
  deps: Db,
  id: string,
): Promise<OwnSurvey & { draftDefinition: SurveyDraft | null }> {
  const row = await ownRow(deps, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such survey.');
  const versions = await versionsOf(deps, [id]);
  return {
    ...toOwnSurvey(row, versions.get(id)!),
    draftDefinition: row.draft ? surveyDraft.parse(JSON.parse(row.draft)) : null,
  };
}

/** Which partnership owns a survey id, or null for a built-in template (or an unknown id). */
export async function ownerOf(deps: Db, id: string): Promise<string | null> {
  const row = await deps.db
    .selectFrom('own_surveys')
    .select('partnership_id')
    .where('template_id', '=', id)
    .executeTakeFirst();
  return row?.partnership_id ?? null;
}

/** Runs a write that may meet the (partnership_id, name) unique index, as a 409 like the check's. */
export async function uniqueSurveyName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (/UNIQUE constraint failed/i.test(String(err)))
      throw new AppError('CONFLICT', `A survey named "${name}" already exists in this partnership.`);
    throw err;
  }
}

export function insertOwnSurvey(deps: Db, row: OwnSurveysTable) {
  return deps.db.insertInto('own_surveys').values(row);
}

export function renameStatement(deps: Db, id: string, name: string) {
  return deps.db.updateTable('own_surveys').set({ name }).where('template_id', '=', id);
}

/**
 * Saves the draft, only if it is still the one the editor started from (`basedOn`, its savedAt or
 * null for none): two people editing at once do not silently overwrite each other.
 */
export function saveDraftStatement(
  deps: Db,
  id: string,
  draft: SurveyDraft,
  savedAt: string,
  basedOn: string | null | undefined,
) {
  let q = deps.db
    .updateTable('own_surveys')
    .set({ draft: JSON.stringify(draft), draft_saved_at: savedAt })
    .where('template_id', '=', id);
  if (basedOn !== undefined)
    q = basedOn === null ? q.where('draft', 'is', null) : q.where('draft_saved_at', '=', basedOn);
  return q;
}

/** Clears the draft; with `savedAt`, only if it is still that save (publishing checked that one). */
export function discardDraftStatement(deps: Db, id: string, savedAt?: string) {
  const q = deps.db
    .updateTable('own_surveys')
    .set({ draft: null, draft_saved_at: null })
    .where('template_id', '=', id);
  return savedAt === undefined ? q : q.where('draft_saved_at', '=', savedAt);
}

/** The guard a publication's writes share: the draft is still the one that was checked. */
export function draftStillSaved(id: string, savedAt: string) {
  return {
    sql: 'EXISTS (SELECT 1 FROM own_surveys WHERE template_id = ? AND draft_saved_at = ?)',
    parameters: [id, savedAt],
  };
}

/** What a published version changed, written only while `guard` holds (the publication's guard). */
export function versionNoteStatement(
  note: { id: string; version: number; changes: VersionChanges; by: string | null; at: string },
  guard: { sql: string; parameters: unknown[] },
) {
  return CompiledQuery.raw(
    `INSERT INTO own_survey_versions (template_id, version, changes, published_by, published_at)
     SELECT ?, ?, ?, ?, ? WHERE ${guard.sql}`,
    [note.id, note.version, JSON.stringify(note.changes), note.by, note.at, ...guard.parameters],
  );
}

/** Deletes a survey that no version was ever published of (nothing can have used it). */
export function deleteUnpublishedStatement(deps: Db, id: string) {
  return deps.db.deleteFrom('own_surveys').where('template_id', '=', id);
}

/**
 * What the reviews say about the survey versions they count: an own survey's name and what each
 * version changed; a built-in template's title, with no changes to list.
 */
export async function versionNotes(
  deps: Db,
  refs: { templateId: string; version: number }[],
): Promise<Map<string, { name: string; changes: VersionChanges | null }>> {
  const out = new Map<string, { name: string; changes: VersionChanges | null }>();
  const own = [...new Set(refs.map((r) => r.templateId).filter(isOwnSurvey))];
  const names = own.length
    ? await deps.db
        .selectFrom('own_surveys')
        .select(['template_id', 'name'])
        .where('template_id', 'in', own)
        .execute()
    : [];
  const notes = own.length
    ? await deps.db
        .selectFrom('own_survey_versions')
        .select(['template_id', 'version', 'changes'])
        .where('template_id', 'in', own)
        .execute()
    : [];
  for (const r of refs) {
    const key = `${r.templateId}@${r.version}`;
    const name =
      names.find((n) => n.template_id === r.templateId)?.name ??
      getTemplate(r.templateId, r.version)?.title.en ??
      r.templateId;
    const note = notes.find((n) => n.template_id === r.templateId && n.version === r.version);
    out.set(key, { name, changes: note ? (JSON.parse(note.changes) as VersionChanges) : null });
  }
  return out;
}
