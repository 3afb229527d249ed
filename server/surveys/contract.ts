/**
 * A partnership's own surveys over the API: what staff send to start, save and publish one, and
 * what they read back. Pure shapes (zod and types), shared with the dashboard.
 */
import { z } from 'zod';
import { surveyDraft, type SurveyDraft } from '../../surveys/draft.ts';
import type { Lang, SurveyKind } from '../../surveys/index.ts';
import type { VersionChanges } from '../../surveys/changes.ts';

const templateRef = z.strictObject({
  templateId: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'a template id'),
  version: z.int().positive().optional(),
});

/** POST /api/partnerships/:id/surveys: a new survey started from a template or another own survey. */
export const createOwnSurveyBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  from: templateRef,
});
export type CreateOwnSurveyBody = z.infer<typeof createOwnSurveyBody>;

/** PUT /api/surveys/:id/draft: the whole draft, as the editor holds it. */
export const saveDraftBody = z.strictObject({
  draft: surveyDraft,
  /** The draft's `savedAt` this edit started from: a save over someone else's newer one is refused. */
  basedOn: z.string().max(40).nullable().optional(),
});
export type SaveDraftBody = z.infer<typeof saveDraftBody>;

/** PATCH /api/surveys/:id: its name in lists and pickers (the title respondents see is in the draft). */
export const renameOwnSurveyBody = z.strictObject({ name: z.string().trim().min(1).max(120) });

export const versionParam = z.strictObject({ version: z.coerce.number().int().positive() });

export interface OwnSurveyVersion {
  version: number;
  fingerprint: string;
  publishedAt: string;
  /** The languages it is complete in: what a campaign sent with it offers. */
  languages: Lang[];
  changes: VersionChanges;
}

/** A partnership's own survey, as lists and the editor read it. */
export interface OwnSurvey {
  id: string;
  partnershipId: string;
  kind: SurveyKind;
  name: string;
  basedOn: { templateId: string; version: number };
  /** The built-in template whose reviews it continues, quarter after quarter. */
  line: string;
  versions: OwnSurveyVersion[];
  /** The next version being edited, if any, and when it was last saved. */
  draft: { savedAt: string; version: number } | null;
  createdAt: string;
}

export interface OwnSurveyWithDraft extends OwnSurvey {
  draftDefinition: SurveyDraft | null;
}
