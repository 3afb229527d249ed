/**
 * Starting, saving and publishing a partnership's own survey. Publishing freezes the draft as the next
 * version exactly as built-in versions are frozen (canonical JSON and its fingerprint in
 * template_versions), records what changed, and clears the draft, in one atomic write guarded on the
 * draft being the one that was checked.
 */
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { newToken } from '../ids.ts';
import { hasChanges, versionChanges, type VersionChanges } from '../../surveys/changes.ts';
import { ownSurveyId, surveyLine } from '../../surveys/lines.ts';
import { definitionCandidate, draftFromDefinition, type SurveyDraft } from '../../surveys/draft.ts';
import { surveyDefinition, type SurveyDefinition } from '../../surveys/index.ts';
import { publishBlockers } from './checks.ts';
import type { CreateOwnSurveyBody, OwnSurvey } from './contract.ts';
import { surveyFor } from './lookup.ts';
import {
  draftStillSaved,
  getOwnSurvey,
  insertOwnSurvey,
  saveDraftStatement,
  uniqueSurveyName,
  versionNoteStatement,
  discardDraftStatement,
} from './own.ts';
import { campaignTemplate, publishStatement } from './versions.ts';

type PublishDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random'>;

/** A template id for a new own survey on `line`: about 62 random bits after the line's name. */
function ownId(deps: Pick<Deps, 'random'>, line: string): string {
  const letters = newToken(deps.random)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .padEnd(12, '0')
    .slice(0, 12);
  return ownSurveyId(line, letters);
}

/** A new survey of the partnership, started as a draft of its version 1 from a template or own survey. */
export async function startOwnSurvey(
  deps: PublishDeps,
  partnershipId: string,
  body: CreateOwnSurveyBody,
): Promise<OwnSurvey> {
  const base = await surveyFor(deps, partnershipId, body.from.templateId, body.from.version);
  return insertStarted(deps, partnershipId, body.name, base, draftFromDefinition(base));
}

/**
 * A survey file from another partnership or installation, as a new survey here: its own id and
 * version 1, on the line of its kind, compared at publishing with that kind's built-in template.
 */
export async function startImportedSurvey(
  deps: PublishDeps,
  partnershipId: string,
  name: string,
  draft: SurveyDraft,
): Promise<OwnSurvey & { draftDefinition: SurveyDraft | null }> {
  const base = await surveyFor(deps, partnershipId, draft.kind);
  return insertStarted(deps, partnershipId, name, base, draft);
}

async function insertStarted(
  deps: PublishDeps,
  partnershipId: string,
  name: string,
  base: SurveyDefinition,
  draft: SurveyDraft,
) {
  const line = surveyLine(base.id);
  const id = ownId(deps, line);
  const now = deps.clock.now().toISOString();
  await uniqueSurveyName(name, () =>
    insertOwnSurvey(deps, {
      template_id: id,
      partnership_id: partnershipId,
      kind: base.kind,
      name,
      based_on_id: base.id,
      based_on_version: base.version,
      line,
      draft: JSON.stringify({ ...draft, id, version: 1 }),
      draft_saved_at: now,
      created_at: now,
    }).execute(),
  );
  return getOwnSurvey(deps, id);
}

/** The version a draft is compared against: the survey's newest, or what it was started from. */
async function previousVersion(deps: Pick<Deps, 'db'>, own: OwnSurvey): Promise<SurveyDefinition> {
  const latest = own.versions.at(-1);
  if (latest) return campaignTemplate(deps, own.id, latest.version);
  return surveyFor(deps, own.partnershipId, own.basedOn.templateId, own.basedOn.version);
}

/**
 * Saves the whole draft. Its id and kind are the survey's; its version must be the next one (an
 * editor still showing a version that has since been published is told so, not renumbered).
 */
export async function saveOwnDraft(
  deps: PublishDeps,
  own: OwnSurvey,
  draft: SurveyDraft,
  basedOn: string | null | undefined,
): Promise<{ savedAt: string }> {
  const next = (own.versions.at(-1)?.version ?? 0) + 1;
  if (draft.version !== next) {
    throw new AppError(
      'VERSION_PUBLISHED',
      `Version ${draft.version} of this survey is published and never changes; edits become version ${next}.`,
    );
  }
  if (draft.id !== own.id || draft.kind !== own.kind)
    throw new AppError('VALIDATION_FAILED', 'A draft keeps its survey id and kind.', [
      { path: draft.id !== own.id ? 'draft.id' : 'draft.kind', message: 'Not this survey.' },
    ]);
  // Saved times must differ between saves for the guard to tell them apart: add a millisecond if needed.
  let savedAt = deps.clock.now().toISOString();
  if (own.draft?.savedAt && savedAt <= own.draft.savedAt)
    savedAt = new Date(Date.parse(own.draft.savedAt) + 1).toISOString();
  const [result] = await deps.atomic([saveDraftStatement(deps, own.id, draft, savedAt, basedOn)]);
  if (!result || result.numChangedRows === 0)
    throw new AppError('DRAFT_CHANGED', 'Someone saved this survey since you opened it: load it again.');
  return { savedAt };
}

/** A draft of the next version from the newest published one, when none is being edited. */
export async function startNextDraft(deps: PublishDeps, own: OwnSurvey): Promise<{ savedAt: string }> {
  if (own.draft) return { savedAt: own.draft.savedAt };
  const latest = await previousVersion(deps, own);
  const draft = { ...draftFromDefinition(latest), version: (own.versions.at(-1)?.version ?? 0) + 1 };
  return saveOwnDraft(deps, own, draft, null);
}

export async function discardOwnDraft(deps: PublishDeps, own: OwnSurvey): Promise<void> {
  if (own.versions.length === 0)
    throw new AppError('CONFLICT', 'A survey never published has only its draft: delete the survey instead.');
  await deps.atomic([discardDraftStatement(deps, own.id)]);
}

export interface Publication {
  version: number;
  fingerprint: string;
  changes: VersionChanges;
}

export async function publishOwnSurvey(
  deps: PublishDeps,
  own: OwnSurvey & { draftDefinition: SurveyDraft | null },
  by: string | null,
): Promise<Publication> {
  const draft = own.draftDefinition;
  if (!draft || !own.draft) throw new AppError('CONFLICT', 'There is no draft to publish.');
  const { findings, minutes } = publishBlockers(draft);
  if (findings.length > 0) {
    throw new AppError(
      'CHECKS_FAILED',
      `Publishing needs ${findings.length} ${findings.length === 1 ? 'fix' : 'fixes'} first.`,
      findings,
    );
  }
  const def = surveyDefinition.parse(definitionCandidate({ ...draft, estimatedMinutes: minutes }));
  const changes = versionChanges(await previousVersion(deps, own), def, draft);
  if (own.versions.length > 0 && !hasChanges(changes))
    throw new AppError('CONFLICT', `This draft is the same as version ${own.versions.at(-1)!.version}.`);
  const at = deps.clock.now().toISOString();
  const guard = draftStillSaved(own.id, own.draft.savedAt);
  const { statement, fingerprint } = await publishStatement(def, at, guard);
  const note = versionNoteStatement({ id: own.id, version: def.version, changes, by, at }, guard);
  const results = await deps.atomic([
    statement,
    note,
    discardDraftStatement(deps, own.id, own.draft.savedAt),
  ]);
  if (results[2]?.numChangedRows !== 1)
    throw new AppError('DRAFT_CHANGED', 'The draft changed while publishing: look at it again.');
  return { version: def.version, fingerprint, changes };
}
