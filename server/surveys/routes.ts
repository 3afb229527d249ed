/**
 * A partnership's own surveys: /api/partnerships/:id/surveys (listed, started) and /api/surveys/:id
 * (read, renamed, deleted before publishing, its draft saved, started again or discarded, published,
 * and each published version read). Admins and analysts change them; viewers read; an employer's
 * account sees none of it, as with campaigns.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { AppError } from '../errors.ts';
import { audited, auditNow } from '../audit/audited.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { partnershipAccess, requirePartnership } from '../partnerships/access.ts';
import { draftChecks } from './checks.ts';
import { createOwnSurveyBody, renameOwnSurveyBody, saveDraftBody } from './contract.ts';
import {
  deleteUnpublishedStatement,
  getOwnSurvey,
  listOwnSurveys,
  renameStatement,
  uniqueSurveyName,
} from './own.ts';
import {
  discardOwnDraft,
  publishOwnSurvey,
  saveOwnDraft,
  startNextDraft,
  startOwnSurvey,
} from './publish.ts';
import { campaignTemplate } from './versions.ts';

export const partnershipSurveyRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/surveys', partnershipAccess('read'), async (c) =>
    c.json({ surveys: await listOwnSurveys(c.var.deps, c.req.param('id')) }),
  )
  .post('/:id/surveys', partnershipAccess('write'), jsonBody(createOwnSurveyBody), async (c) => {
    const survey = await startOwnSurvey(c.var.deps, c.req.param('id'), c.req.valid('json'));
    const object = { kind: 'survey', id: survey.id };
    await auditNow(c, {
      action: 'survey.create',
      object,
      partnershipId: survey.partnershipId,
      detail: { name: survey.name },
    });
    return c.json({ survey }, 201);
  });

/** The survey, once the caller is known to reach its partnership (unknown and foreign ids alike: 404). */
async function ownFor(c: { var: AppEnv['Variables'] }, id: string, access: 'read' | 'write') {
  const own = await getOwnSurvey(c.var.deps, id);
  await requirePartnership(c, own.partnershipId, access);
  return own;
}

/** ownFor as middleware before a body's validator: a viewer's bad body answers 403, an unknown id 404. */
const writable: MiddlewareHandler<AppEnv> = async (c, next) => {
  await ownFor(c, c.req.param('id')!, 'write');
  await next();
};

export const surveyRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id', async (c) => {
    const survey = await ownFor(c, c.req.param('id'), 'read');
    return c.json({ survey, checks: draftChecks(survey.draftDefinition) });
  })
  .patch('/:id', writable, jsonBody(renameOwnSurveyBody), async (c) => {
    const { name } = c.req.valid('json');
    const { deps } = c.var;
    const before = await getOwnSurvey(deps, c.req.param('id'));
    await uniqueSurveyName(name, () => renameStatement(deps, before.id, name).execute());
    const survey = await getOwnSurvey(deps, before.id);
    const detail = { name: { before: before.name, after: survey.name } };
    const object = { kind: 'survey', id: survey.id };
    await auditNow(c, { action: 'survey.rename', object, partnershipId: survey.partnershipId, detail });
    return c.json({ survey });
  })
  .delete('/:id', async (c) => {
    const own = await ownFor(c, c.req.param('id'), 'write');
    if (own.versions.length > 0)
      throw new AppError('CONFLICT', 'A published survey stays: campaigns and reviews may rely on it.');
    const what = {
      action: 'survey.delete',
      object: { kind: 'survey', id: own.id },
      partnershipId: own.partnershipId,
      detail: { name: own.name },
    };
    await audited(c, what, (deps) => deps.atomic([deleteUnpublishedStatement(deps, own.id)]));
    return c.json({ ok: true });
  })
  .put('/:id/draft', writable, jsonBody(saveDraftBody), async (c) => {
    const own = await getOwnSurvey(c.var.deps, c.req.param('id'));
    const { draft, basedOn } = c.req.valid('json');
    const { savedAt } = await saveOwnDraft(c.var.deps, own, draft, basedOn);
    return c.json({ savedAt, checks: draftChecks(draft) });
  })
  .post('/:id/draft', async (c) => {
    const own = await ownFor(c, c.req.param('id'), 'write');
    await startNextDraft(c.var.deps, own);
    return c.json({ survey: await getOwnSurvey(c.var.deps, own.id) }, 201);
  })
  .delete('/:id/draft', async (c) => {
    const own = await ownFor(c, c.req.param('id'), 'write');
    await discardOwnDraft(c.var.deps, own);
    return c.json({ survey: await getOwnSurvey(c.var.deps, own.id) });
  })
  .post('/:id/publish', async (c) => {
    const own = await ownFor(c, c.req.param('id'), 'write');
    const published = await publishOwnSurvey(c.var.deps, own, c.var.user.id);
    await auditNow(c, {
      action: 'survey.publish',
      object: { kind: 'survey', id: own.id },
      partnershipId: own.partnershipId,
      detail: { version: published.version },
    });
    return c.json({ published, survey: await getOwnSurvey(c.var.deps, own.id) }, 201);
  })
  // Where the preview lives (respond/preview.tsx), for callers that look for it beside the survey.
  .get('/:id/preview', async (c) => {
    const own = await ownFor(c, c.req.param('id'), 'read');
    const query = new URL(c.req.url).search;
    return c.redirect(`/preview/surveys/${own.id}${query}`, 302);
  })
  .get('/:id/versions/:version', async (c) => {
    const own = await ownFor(c, c.req.param('id'), 'read');
    const version = Number(c.req.param('version'));
    if (!own.versions.some((v) => v.version === version))
      throw new AppError('NOT_FOUND', `No version ${c.req.param('version')} of this survey.`);
    return c.json({ template: await campaignTemplate(c.var.deps, own.id, version) });
  });
