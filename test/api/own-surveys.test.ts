/**
 * A partnership's own survey through the API: started from a built-in template, edited as a draft,
 * refused at publishing while a text or a skip rule is broken, published as a frozen version that a
 * campaign launches and a worker answers. Every refusal is an envelope with nothing written; another
 * partnership's survey answers as an unknown one; viewers read and change nothing.
 */
import { describe, expect, it } from 'vitest';
import type { SurveyDraft } from '../../surveys/draft.ts';
import { canonicalJson, getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { adminClient, makeTestApp, staffClient, type TestClient, type TestContext } from '../helpers/app.ts';
import { receivedTokens, seedCampaign } from '../helpers/seed.ts';

const count = (ctx: TestContext, table: string) =>
  (ctx.raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** The child-care item a partnership adds to its worker survey, in English only at first. */
const childCare = {
  id: 'childcare_access',
  type: 'agree5' as const,
  required: true,
  dimension: 'security_conditions',
  text: { en: 'I can get child care for the hours I work.' } as { en: string; es?: string },
};

async function started(admin: TestClient, partnershipId: string, name = 'Our worker survey') {
  const res = await admin.post(`/api/partnerships/${partnershipId}/surveys`, {
    name,
    from: { templateId: 'worker-voice', version: 1 },
  });
  expect(res.status, res.text).toBe(201);
  return res.json.survey as { id: string; draft: { savedAt: string; version: number } };
}

async function draftOf(admin: TestClient, id: string) {
  const res = await admin.get(`/api/surveys/${id}`);
  expect(res.status, res.text).toBe(200);
  return res.json.survey as {
    draftDefinition: SurveyDraft;
    draft: { savedAt: string } | null;
    versions: unknown[];
  };
}

async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const seeded = await seedCampaign(admin, { workers: 6 });
  return { ctx, admin, partnershipId: seeded.partnershipId };
}

describe('own surveys', () => {
  it('lists each published version with the languages it is complete in', async () => {
    const { admin, partnershipId } = await setup();
    const res = await admin.post(`/api/partnerships/${partnershipId}/surveys`, {
      name: 'In six languages',
      from: { templateId: 'worker-voice', version: 2 },
    });
    expect(res.status, res.text).toBe(201);
    const published = await admin.post(`/api/surveys/${res.json.survey.id}/publish`);
    expect(published.status, published.text).toBe(201);
    const listed = (await admin.get(`/api/partnerships/${partnershipId}/surveys`)).json.surveys;
    expect(listed[0].versions).toMatchObject([
      { version: 1, languages: ['en', 'es', 'vi', 'zh-Hans', 'ht', 'ar'] },
    ]);
  });

  it('starts from a template, refuses to publish a missing translation, then publishes a frozen version', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const survey = await started(admin, partnershipId);
    expect(survey.id).toMatch(/^own-worker-voice-[a-z0-9]{12}$/);
    const listed = (await admin.get(`/api/partnerships/${partnershipId}/surveys`)).json.surveys;
    expect(listed).toMatchObject([
      {
        id: survey.id,
        name: 'Our worker survey',
        kind: 'worker-voice',
        line: 'worker-voice',
        basedOn: { templateId: 'worker-voice', version: 1 },
        versions: [],
        draft: { version: 1 },
      },
    ]);

    const { draftDefinition: draft, draft: saved } = await draftOf(admin, survey.id);
    // The draft starts as the template itself, under the survey's own id.
    expect({ ...draft, id: 'worker-voice', languages: undefined }).toMatchObject({
      ...getTemplate('worker-voice', 1),
      languages: undefined,
    });
    draft.sections[1]!.questions.push(childCare);
    const put = await admin.put(`/api/surveys/${survey.id}/draft`, { draft, basedOn: saved!.savedAt });
    expect(put.status, put.text).toBe(200);
    // The save answers with the checks the editor shows: the missing Spanish text blocks, beside its item.
    expect(put.json.checks.blocking).toBe(1);
    expect(put.json.checks.findings[0]).toMatchObject({
      code: 'MISSING_TEXT',
      severity: 'blocking',
      questionId: 'childcare_access',
      lang: 'es',
    });

    const before = count(ctx, 'template_versions');
    const refused = await admin.post(`/api/surveys/${survey.id}/publish`);
    expect([refused.status, refused.json.error.code]).toEqual([422, 'CHECKS_FAILED']);
    const at = draft.sections[1]!.questions.length - 1;
    expect(refused.json.error.details).toContainEqual(
      expect.objectContaining({ path: ['sections', 1, 'questions', at, 'text', 'es'] }),
    );
    expect(count(ctx, 'template_versions')).toBe(before);
    expect((await draftOf(admin, survey.id)).draft).not.toBeNull();

    draft.sections[1]!.questions.at(-1)!.text.es =
      'Puedo conseguir cuidado infantil para las horas que trabajo.';
    expect((await admin.put(`/api/surveys/${survey.id}/draft`, { draft })).status).toBe(200);
    const published = await admin.post(`/api/surveys/${survey.id}/publish`);
    expect(published.status, published.text).toBe(201);
    expect(published.json.published).toMatchObject({
      version: 1,
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      changes: { from: { templateId: 'worker-voice', version: 1 }, added: ['childcare_access'], removed: [] },
    });
    expect(published.json.survey).toMatchObject({
      draft: null,
      versions: [{ version: 1, languages: ['en', 'es'] }],
    });
    const v1 = (await admin.get(`/api/surveys/${survey.id}/versions/1`)).json.template;
    expect(v1.sections[1].questions.at(-1).id).toBe('childcare_access');

    // Version 1 never changes: a save that still says version 1 is told, and nothing is written.
    const stale = await admin.put(`/api/surveys/${survey.id}/draft`, { draft });
    expect([stale.status, stale.json.error.code]).toEqual([409, 'VERSION_PUBLISHED']);
    const next = await admin.post(`/api/surveys/${survey.id}/draft`);
    expect(next.status, next.text).toBe(201);
    const v2 = (await draftOf(admin, survey.id)).draftDefinition;
    expect(v2.version).toBe(2);
    v2.sections[1]!.questions.at(-1)!.text.en = 'I can find child care for my work hours.';
    expect((await admin.put(`/api/surveys/${survey.id}/draft`, { draft: v2 })).status).toBe(200);
    const second = await admin.post(`/api/surveys/${survey.id}/publish`);
    expect(second.json.published.changes).toMatchObject({ reworded: ['childcare_access'], added: [] });
    expect(canonicalJson((await admin.get(`/api/surveys/${survey.id}/versions/1`)).json.template)).toBe(
      canonicalJson(v1),
    );
  });

  it('refuses a skip rule pointing at a later question, and an edit over someone else’s save', async () => {
    const { admin, partnershipId } = await setup();
    const survey = await started(admin, partnershipId);
    const { draftDefinition: draft, draft: saved } = await draftOf(admin, survey.id);
    const later = draft.sections.at(-1)!.questions.at(-1)!.id;
    draft.sections[0]!.questions[0]!.showIf = { question: later, in: ['yes'] };
    expect(
      (await admin.put(`/api/surveys/${survey.id}/draft`, { draft, basedOn: saved!.savedAt })).status,
    ).toBe(200);
    const refused = await admin.post(`/api/surveys/${survey.id}/publish`);
    expect(refused.json.error.code).toBe('CHECKS_FAILED');
    expect(refused.json.error.details).toContainEqual(
      expect.objectContaining({ path: ['sections', 0, 'questions', 0, 'showIf', 'question'] }),
    );
    // The editor that loaded the first save sends its change: someone saved since, so it is refused.
    const overwrite = await admin.put(`/api/surveys/${survey.id}/draft`, { draft, basedOn: saved!.savedAt });
    expect([overwrite.status, overwrite.json.error.code]).toEqual([409, 'DRAFT_CHANGED']);
  });

  it('lets a campaign launch a published version, and a worker answer the added question', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const survey = await started(admin, partnershipId);
    const notYet = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
      name: 'Own survey Q2',
      templateId: survey.id,
      period: 'PY2026-Q2',
      opensOn: '2026-08-10',
      closesOn: '2026-09-30',
    });
    expect([notYet.status, notYet.json.error.code]).toEqual([409, 'SURVEY_NOT_PUBLISHED']);
    const { draftDefinition: draft } = await draftOf(admin, survey.id);
    draft.sections[1]!.questions.push({
      ...childCare,
      text: { en: childCare.text.en, es: 'Puedo conseguir cuidado infantil.' },
    });
    await admin.put(`/api/surveys/${survey.id}/draft`, { draft });
    expect((await admin.post(`/api/surveys/${survey.id}/publish`)).status).toBe(201);

    const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
      name: 'Own survey Q2',
      templateId: survey.id,
      period: 'PY2026-Q2',
      opensOn: '2026-08-10',
      closesOn: '2026-09-30',
    });
    expect(camp.status, camp.text).toBe(201);
    expect(camp.json.campaign).toMatchObject({ templateId: survey.id, templateVersion: 1 });
    await admin.post(`/api/campaigns/${camp.json.campaign.id}/launch`);
    const [token] = await receivedTokens(ctx, camp.json.campaign.id);
    const v1 = (await admin.get(`/api/surveys/${survey.id}/versions/1`)).json.template;
    const answers = validAnswers(v1, seededRandom(3));
    expect(answers.childcare_access).toBeDefined();
    ctx.clock.set('2026-08-12T15:00:00Z');
    const res = await ctx.app.request(`/s/${token}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers }),
    });
    expect(res.status, await res.text()).toBe(200);
  });

  it('keeps other partnerships, viewers and bad input out, writing nothing', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const survey = await started(admin, partnershipId);
    const other = await admin.post('/api/partnerships', {
      name: 'Elsewhere',
      sector: 'Care',
      region: 'North',
      timeZone: 'UTC',
      reviewYear: 'calendar',
    });
    const outsider = await staffClient(ctx, admin, 'analyst', [other.json.partnership.id]);
    const viewer = await staffClient(ctx, admin, 'viewer', [partnershipId]);
    const { draftDefinition: draft } = await draftOf(admin, survey.id);
    const rows = () => [
      count(ctx, 'own_surveys'),
      count(ctx, 'own_survey_versions'),
      count(ctx, 'template_versions'),
    ];
    const before = rows();

    expect((await outsider.get(`/api/surveys/${survey.id}`)).status).toBe(404);
    expect((await outsider.post(`/api/surveys/${survey.id}/publish`)).status).toBe(404);
    const foreign = await outsider.post(`/api/partnerships/${other.json.partnership.id}/campaigns`, {
      name: 'Borrowed',
      templateId: survey.id,
      period: '2026-Q3',
      opensOn: '2026-08-10',
      closesOn: '2026-09-30',
    });
    expect(foreign.status).toBe(404);
    expect((await outsider.get(`/api/partnerships/${partnershipId}/surveys`)).status).toBe(404);
    expect((await viewer.get(`/api/surveys/${survey.id}`)).status).toBe(200);
    for (const res of [
      await viewer.post(`/api/surveys/${survey.id}/publish`),
      await viewer.put(`/api/surveys/${survey.id}/draft`, { nonsense: true }),
      await viewer.post(`/api/partnerships/${partnershipId}/surveys`, {
        name: 'Mine',
        from: { templateId: 'worker-voice', version: 1 },
      }),
      await viewer.del(`/api/surveys/${survey.id}`),
    ])
      expect([res.status, res.json.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await admin.get('/api/surveys/own-nosuchsurvey')).status).toBe(404);
    expect(
      (
        await admin.post(`/api/partnerships/${partnershipId}/surveys`, {
          name: 'X',
          from: { templateId: 'no-such' },
        })
      ).status,
    ).toBe(404);
    const dupe = await admin.post(`/api/partnerships/${partnershipId}/surveys`, {
      name: 'Our worker survey',
      from: { templateId: 'worker-voice', version: 1 },
    });
    expect([dupe.status, dupe.json.error.code]).toEqual([409, 'CONFLICT']);
    const badJson = await admin.request('PUT', `/api/surveys/${survey.id}/draft`, '{"draft": ');
    expect([badJson.status, badJson.json.error.code]).toEqual([400, 'BAD_JSON']);
    const wrongType = await admin.put(`/api/surveys/${survey.id}/draft`, {
      draft: { ...draft, sections: 'many' },
    });
    expect([wrongType.status, wrongType.json.error.code]).toEqual([422, 'VALIDATION_FAILED']);
    const huge = await admin.put(`/api/surveys/${survey.id}/draft`, {
      draft: { ...draft, intro: { en: 'x'.repeat(70_000) } },
    });
    expect(huge.status).toBe(413);
    const otherId = await admin.put(`/api/surveys/${survey.id}/draft`, {
      draft: { ...draft, id: 'worker-voice' },
    });
    expect(otherId.status).toBe(422);
    expect(rows()).toEqual(before);
    expect((await draftOf(admin, survey.id)).draftDefinition).toEqual(draft);

    // A survey never published can go; a published one stays.
    expect((await admin.del(`/api/surveys/${survey.id}`)).status).toBe(200);
    expect((await admin.get(`/api/surveys/${survey.id}`)).status).toBe(404);
  });
});
