/**
 * A survey's texts to a translator and back, and a whole survey between partnerships:
 * GET /api/surveys/:id/texts.xlf?lang=vi (XLIFF 2.0, into one of the survey's languages),
 * GET .../texts.csv, POST .../texts (either file, read by its content type, into the draft, with a
 * report per row), GET .../export.json, and
 * POST /api/partnerships/:id/surveys/import (a survey file as a new survey of the partnership).
 * The file formats are surveys/transfer/; this file maps their refusals to the error envelope.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { signedIn } from '../auth/guard.ts';
import type { Deps } from '../deps.ts';
import { AppError, type ErrorCode } from '../errors.ts';
import { auditNow } from '../audit/audited.ts';
import { jsonBody, parseWith, type AppEnv } from '../http.ts';
import { partnershipAccess, requirePartnership } from '../partnerships/access.ts';
import { draftFromDefinition, type SurveyDraft } from '../../surveys/draft.ts';
import { languageOf } from '../../surveys/language-list.ts';
import { langs } from '../../surveys/languages.ts';
import {
  exportCsv,
  exportSurveyJson,
  exportXliff,
  importCsv,
  importSurveyJson,
  importXliff,
  TransferError,
  type TransferErrorCode,
} from '../../surveys/transfer/index.ts';
import { draftChecks } from './checks.ts';
import type { OwnSurvey } from './contract.ts';
import { getOwnSurvey } from './own.ts';
import { saveOwnDraft, startImportedSurvey } from './publish.ts';
import { campaignTemplate } from './versions.ts';

const codes: Record<TransferErrorCode, ErrorCode> = {
  BAD_XML: 'BAD_REQUEST',
  BAD_CSV: 'BAD_CSV',
  BAD_JSON: 'BAD_JSON',
  UNSUPPORTED_FORMAT: 'VALIDATION_FAILED',
  SURVEY_MISMATCH: 'CONFLICT',
  UNKNOWN_LANGUAGE: 'VALIDATION_FAILED',
  UNKNOWN_KEY: 'VALIDATION_FAILED',
  DUPLICATE_KEY: 'VALIDATION_FAILED',
  UNREPRESENTABLE_TEXT: 'VALIDATION_FAILED',
  INVALID_SURVEY: 'VALIDATION_FAILED',
};

/** Runs a file reader or writer, its refusal as the envelope (the format's own code in details). */
function transfer<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof TransferError)) throw err;
    throw new AppError(codes[err.code], err.message, { format: err.code, issues: err.details ?? [] });
  }
}

async function ownFor(c: { var: AppEnv['Variables'] }, id: string, access: 'read' | 'write') {
  const own = await getOwnSurvey(c.var.deps, id);
  await requirePartnership(c, own.partnershipId, access);
  return own;
}

/** What a file is made from: the draft being edited, or else the newest published version. */
async function currentDraft(
  deps: Pick<Deps, 'db'>,
  own: OwnSurvey & { draftDefinition: SurveyDraft | null },
) {
  if (own.draftDefinition) return own.draftDefinition;
  return draftFromDefinition(await campaignTemplate(deps, own.id, own.versions.at(-1)!.version));
}

function download(c: Context, body: string, type: string, name: string) {
  return c.body(body, 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
  });
}

const xliffQuery = z.object({ lang: z.enum(langs).optional() });
const importBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  /** The survey file's text, as the dashboard read it from the chosen file. */
  content: z.string().min(2),
});

export const surveyTransferRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/texts.xlf', async (c) => {
    const own = await ownFor(c, c.req.param('id'), 'read');
    const draft = await currentDraft(c.var.deps, own);
    // Without a language: the survey's first after English, as the editor lists them.
    const lang = parseWith(xliffQuery, c.req.query()).lang ?? draft.languages.find((l) => l !== 'en') ?? 'en';
    // A file for a language the survey does not list could never be sent back: its texts are refused.
    if (!draft.languages.includes(lang))
      throw new AppError(
        'VALIDATION_FAILED',
        `The survey is not written in ${languageOf(lang)?.english ?? lang}: add it to the survey's languages first.`,
        { lang, languages: draft.languages },
      );
    // English is the source every translation is made from; an English file is translated from the
    // survey's next language.
    const source = lang === 'en' ? (draft.languages.find((l) => l !== 'en') ?? 'es') : 'en';
    const xml = transfer(() => exportXliff(draft, lang, source));
    return download(
      c,
      xml,
      'application/xliff+xml; charset=utf-8',
      `${own.id}-v${draft.version}-${lang}.xlf`,
    );
  })
  .get('/:id/texts.csv', async (c) => {
    const own = await ownFor(c, c.req.param('id'), 'read');
    const draft = await currentDraft(c.var.deps, own);
    return download(
      c,
      transfer(() => exportCsv(draft)),
      'text/csv; charset=utf-8',
      `${own.id}-v${draft.version}.csv`,
    );
  })
  .get('/:id/export.json', async (c) => {
    const own = await ownFor(c, c.req.param('id'), 'read');
    const draft = await currentDraft(c.var.deps, own);
    return download(
      c,
      exportSurveyJson(draft),
      'application/json; charset=utf-8',
      `${own.id}-v${draft.version}.json`,
    );
  })
  .post('/:id/texts', async (c) => {
    const own = await ownFor(c, c.req.param('id'), 'write');
    if (!own.draftDefinition || !own.draft)
      throw new AppError(
        'CONFLICT',
        'Start a draft of the next version first: translations go into a draft.',
      );
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const xml = ['application/xliff+xml', 'application/xml', 'text/xml'].includes(type);
    if (!xml && type !== 'text/csv')
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Send an XLIFF file (application/xliff+xml) or a CSV file (text/csv).',
      );
    const text = await c.req.text();
    const draft = own.draftDefinition;
    const result = transfer(() => (xml ? importXliff(draft, text) : importCsv(draft, text)));
    const { updated, refused, rows } = result;
    // Nothing changed: the draft is left as it was, and no one else's save is touched.
    if (updated === 0) return c.json({ report: { updated, refused, rows }, savedAt: own.draft.savedAt });
    const { savedAt } = await saveOwnDraft(c.var.deps, own, result.draft, own.draft.savedAt);
    // How many texts, not the texts.
    await auditNow(c, {
      action: 'survey.texts',
      object: { kind: 'survey', id: own.id },
      partnershipId: own.partnershipId,
      detail: { format: xml ? 'xliff' : 'csv', updated, refused },
    });
    return c.json({ report: { updated, refused, rows }, savedAt, checks: draftChecks(result.draft) });
  });

export const partnershipSurveyImportRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .post('/:id/surveys/import', partnershipAccess('write'), jsonBody(importBody), async (c) => {
    const { name, content } = c.req.valid('json');
    const draft = transfer(() => importSurveyJson(content));
    const survey = await startImportedSurvey(c.var.deps, c.req.param('id'), name, draft);
    const object = { kind: 'survey', id: survey.id };
    await auditNow(c, {
      action: 'survey.import',
      object,
      partnershipId: survey.partnershipId,
      detail: { name: survey.name },
    });
    return c.json({ survey, checks: draftChecks(survey.draftDefinition) }, 201);
  });
