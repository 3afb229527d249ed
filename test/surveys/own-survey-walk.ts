/**
 * One walk through a partnership's own survey over HTTP, shared by the tests against `npm start`'s
 * server and the Worker under workerd: start, refuse a missing translation, publish (a guarded batch
 * of INSERT ... SELECT on D1), launch a campaign on it, preview it, start the next version.
 * `query` reads the database where the runtime keeps it (the SQLite file, or the local D1).
 */
import { expect } from 'vitest';
import type { SurveyDraft } from '../../surveys/draft.ts';
import type { TestClient } from '../helpers/app.ts';

type Query = <T>(sql: string) => Promise<T[]>;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function ownSurveyWalk(admin: TestClient, partnershipId: string, query: Query) {
  const started = await admin.post(`/api/partnerships/${partnershipId}/surveys`, {
    name: 'Our worker survey',
    from: { templateId: 'worker-voice', version: 1 },
  });
  expect(started.status, started.text).toBe(201);
  const id = started.json.survey.id as string;
  const read = await admin.get(`/api/surveys/${id}`);
  const draft = read.json.survey.draftDefinition as SurveyDraft;
  expect(read.json.checks.blocking).toBe(0);
  draft.sections[1]!.questions.push({
    id: 'childcare_access',
    type: 'yesno',
    required: false,
    text: { en: 'Can you get child care for the hours you work?' },
  });
  const saved = await admin.request('PUT', `/api/surveys/${id}/draft`, { draft });
  expect(saved.json.checks.findings[0]).toMatchObject({
    code: 'MISSING_TEXT',
    questionId: 'childcare_access',
  });
  const refused = await admin.post(`/api/surveys/${id}/publish`);
  expect([refused.status, refused.json.error.code]).toEqual([422, 'CHECKS_FAILED']);
  expect(await query(`SELECT version FROM template_versions WHERE template_id = '${id}'`)).toEqual([]);

  draft.sections[1]!.questions.at(-1)!.text.es =
    '¿Puede conseguir cuidado infantil para sus horas de trabajo?';
  expect((await admin.request('PUT', `/api/surveys/${id}/draft`, { draft })).status).toBe(200);
  const published = await admin.post(`/api/surveys/${id}/publish`);
  expect(published.status, published.text).toBe(201);
  const stored = await query<{ version: number; fingerprint: string }>(
    `SELECT version, fingerprint FROM template_versions WHERE template_id = '${id}'`,
  );
  expect(stored).toEqual([{ version: 1, fingerprint: published.json.published.fingerprint }]);
  expect(await query(`SELECT draft FROM own_surveys WHERE template_id = '${id}'`)).toEqual([{ draft: null }]);
  expect(await query(`SELECT version FROM own_survey_versions WHERE template_id = '${id}'`)).toEqual([
    { version: 1 },
  ]);

  const campaign = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Our survey now',
    templateId: id,
    period: `${day(0).slice(0, 4)}-Q${Math.ceil(Number(day(0).slice(5, 7)) / 3)}`,
    opensOn: day(0),
    closesOn: day(20),
  });
  expect(campaign.status, campaign.text).toBe(201);
  expect(campaign.json.campaign).toMatchObject({ templateId: id, templateVersion: 1 });
  expect((await admin.post(`/api/campaigns/${campaign.json.campaign.id}/launch`)).status).toBe(200);

  const preview = await admin.get(`/preview/surveys/${id}?lang=es`);
  expect(preview.status).toBe(200);
  expect(preview.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(preview.text).toContain('¿Puede conseguir cuidado infantil para sus horas de trabajo?');

  // Version 1 is frozen: its edits are version 2's draft.
  const stale = await admin.request('PUT', `/api/surveys/${id}/draft`, { draft });
  expect([stale.status, stale.json.error.code]).toEqual([409, 'VERSION_PUBLISHED']);
  expect((await admin.post(`/api/surveys/${id}/draft`)).status).toBe(201);
  const csv = await admin.get(`/api/surveys/${id}/texts.csv`);
  expect(csv.text).toContain('question.childcare_access.text,');
  // The XML library runs in this runtime too.
  const xlf = await admin.get(`/api/surveys/${id}/texts.xlf?lang=es`);
  expect(xlf.text).toContain('<unit id="question.childcare_access.text">');
  return { id, campaignId: campaign.json.campaign.id as string };
}
