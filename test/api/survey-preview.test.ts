/**
 * The editor's preview: a draft served as the respondent page serves a link, framed only by this
 * origin, open only to the partnership's staff, and keeping nothing a previewer answers.
 */
import { describe, expect, it } from 'vitest';
import type { SurveyDraft } from '../../surveys/draft.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { adminClient, makeTestApp, staffClient, TestClient, type TestContext } from '../helpers/app.ts';
import { seedCampaign } from '../helpers/seed.ts';

const count = (ctx: TestContext, table: string) =>
  (ctx.raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const { partnershipId } = await seedCampaign(admin, { workers: 3 });
  const started = await admin.post(`/api/partnerships/${partnershipId}/surveys`, {
    name: 'Ours',
    from: { templateId: 'worker-voice', version: 1 },
  });
  const id = started.json.survey.id as string;
  const draft = (await admin.get(`/api/surveys/${id}`)).json.survey.draftDefinition as SurveyDraft;
  draft.sections[0]!.questions.unshift({
    id: 'childcare_access',
    type: 'agree5',
    required: true,
    dimension: 'security_conditions',
    text: { en: 'I can get child care for the hours I work.' },
  });
  expect((await admin.put(`/api/surveys/${id}/draft`, { draft })).status).toBe(200);
  return { ctx, admin, partnershipId, id, draft };
}

describe('the survey preview', () => {
  it('serves the draft as a respondent page in each language, framed only by this origin', async () => {
    const { admin, id } = await setup();
    const en = await admin.get(`/preview/surveys/${id}?lang=en`);
    expect(en.status).toBe(200);
    expect(en.text).toContain('<html lang="en"');
    expect(en.text).toContain('I can get child care for the hours I work.');
    expect(en.text).toContain('Preview: nothing answered here is saved or sent.');
    expect(en.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(en.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    const es = await admin.get(`/preview/surveys/${id}?lang=es`);
    expect(es.text).toContain('<html lang="es"');
    // The untranslated item shows that it is missing, never a blank question.
    expect(es.text).toContain('[Falta el texto en español]');
    // Every other page is still never framed.
    const other = await admin.get('/s/thanks');
    expect(other.headers.get('x-frame-options')).toBe('DENY');
    expect(other.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const moved = await admin.get(`/api/surveys/${id}/preview?lang=es`);
    expect([moved.status, moved.headers.get('location')]).toEqual([302, `/preview/surveys/${id}?lang=es`]);
  });

  it('checks answers as a submit would, and keeps nothing', async () => {
    const { ctx, admin, id } = await setup();
    const rows = () => ['sealed_drafts', 'pending_answers', 'responses'].map((t) => count(ctx, t));
    const before = rows();
    const post = (path: string, body: unknown) => admin.request('POST', path, body, { 'x-csrf-token': '' });
    const refused = await post(`/preview/surveys/${id}/submit`, { answers: {} });
    expect([refused.status, refused.json.error.code]).toEqual([422, 'VALIDATION_FAILED']);
    expect(Object.keys(refused.json.error.details)).toContain('childcare_access');
    const published = (await admin.get(`/api/templates/worker-voice`)).json.template;
    const answers = { ...validAnswers(published, seededRandom(1)), childcare_access: 4 };
    expect((await post(`/preview/surveys/${id}/submit`, { answers })).status).toBe(200);
    expect((await post(`/preview/surveys/${id}/draft`, { answers })).json).toEqual({ saved: true });
    // A form post with JavaScript off moves to the next part once this one is answered.
    const form = await admin.request('POST', `/preview/surveys/${id}`, '_step=1&_lang=en', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(422);
    expect(rows()).toEqual(before);
  });

  it('is open to the partnership staff only', async () => {
    const { ctx, admin, id } = await setup();
    expect((await new TestClient(ctx).get(`/preview/surveys/${id}`)).status).toBe(401);
    const other = await admin.post('/api/partnerships', {
      name: 'Elsewhere',
      sector: 'Care',
      region: 'North',
      timeZone: 'UTC',
      reviewYear: 'calendar',
    });
    const outsider = await staffClient(ctx, admin, 'analyst', [other.json.partnership.id]);
    expect((await outsider.get(`/preview/surveys/${id}`)).status).toBe(404);
    expect((await outsider.post(`/preview/surveys/${id}/submit`, { answers: {} })).status).toBe(404);
    expect((await admin.get('/preview/surveys/own-nosuchthing')).status).toBe(404);
  });
});
