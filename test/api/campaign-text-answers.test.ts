/**
 * Answering by text, the campaign side (issue 18): a campaign's `smsAnswers` ('link', 'text' or
 * 'both') and poster `textKeyword`, created and changed through the campaign API. Every refusal
 * answers with the envelope and its own code, writes nothing and leaves no audit entry; an accepted
 * change is one `campaign.edit` entry, the keyword as stored (normalized as inbound texts are).
 */
import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, staffClient, type TestClient, type TestContext } from '../helpers/app.ts';
import { draftCampaign } from '../distribution/helpers.ts';

const row = (ctx: TestContext, id: string) => ctx.raw.prepare('SELECT * FROM campaigns WHERE id = ?').get(id);
const audits = (ctx: TestContext, action = 'campaign.edit') =>
  (
    ctx.raw.prepare('SELECT detail FROM audit_log WHERE action = ? ORDER BY seq').all(action) as {
      detail: string;
    }[]
  ).map((r) => JSON.parse(r.detail));

async function setUp() {
  const ctx = makeTestApp(); // 2026-08-15, 10:00 in Chicago
  const admin = await adminClient(ctx);
  const a = await draftCampaign(admin, { opensOn: '2026-08-20', closesOn: '2026-09-30' });
  return { ctx, admin, ...a, path: `/api/campaigns/${a.campaignId}` };
}

/** Expects the refusal, that nothing changed and that no audit entry was written. */
async function refused(
  ctx: TestContext,
  client: TestClient,
  campaignId: string,
  body: object,
  want: [number, string],
) {
  const before = [row(ctx, campaignId), audits(ctx).length];
  const res = await client.patch(`/api/campaigns/${campaignId}`, body);
  expect([res.status, res.json?.error?.code], JSON.stringify(body)).toEqual(want);
  expect(res.json.error.message, JSON.stringify(body)).toBeTruthy();
  expect([row(ctx, campaignId), audits(ctx).length], JSON.stringify(body)).toEqual(before);
  return res;
}

const create = (admin: TestClient, partnershipId: string, extra: object) =>
  admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Another',
    templateId: 'worker-voice',
    period: 'PY2026-Q1',
    opensOn: '2026-08-20',
    closesOn: '2026-09-30',
    ...extra,
  });

describe('a campaign answered by text: create', () => {
  it("answers by link with no keyword unless told, and shows both in the campaign's JSON", async () => {
    const { ctx, admin, campaignId } = await setUp();
    const got = (await admin.get(`/api/campaigns/${campaignId}`)).json.campaign;
    expect(got).toMatchObject({ smsAnswers: 'link', textKeyword: null, templateVersion: 3 });
    expect(row(ctx, campaignId)).toMatchObject({ sms_answers: 'link', text_keyword: null });
  });

  it('creates a campaign answered by text or both, and refuses what cannot be', async () => {
    const { admin, partnershipId } = await setUp();
    for (const smsAnswers of ['text', 'both']) {
      const res = await create(admin, partnershipId, { smsAnswers });
      expect(res.status, res.text).toBe(201);
      expect(res.json.campaign.smsAnswers).toBe(smsAnswers);
    }
    const cases: [object, number, string][] = [
      [{ smsAnswers: 'sms' }, 422, 'VALIDATION_FAILED'],
      // The employer survey and worker voice version 2 have no SMS texts.
      [{ smsAnswers: 'text', templateId: 'employer-satisfaction' }, 409, 'TEXT_ANSWERS_UNAVAILABLE'],
      [{ smsAnswers: 'both', templateVersion: 2 }, 409, 'TEXT_ANSWERS_UNAVAILABLE'],
      [{ smsAnswers: 'text', channels: ['email'] }, 409, 'TEXT_ANSWERS_UNAVAILABLE'],
      // A new campaign's open link is off.
      [{ textKeyword: 'JOBS' }, 409, 'TEXT_KEYWORD_NEEDS_OPEN_LINK'],
    ];
    for (const [extra, status, code] of cases) {
      const res = await create(admin, partnershipId, extra);
      expect([res.status, res.json.error?.code], JSON.stringify(extra)).toEqual([status, code]);
    }
  });
});

describe('a campaign answered by text: PATCH before launch', () => {
  it('changes the way of answering, audited as before → after', async () => {
    const { ctx, admin, path } = await setUp();
    const res = await admin.patch(path, { smsAnswers: 'both' });
    expect(res.status, res.text).toBe(200);
    expect(res.json.campaign).toMatchObject({ smsAnswers: 'both', textKeyword: null });
    expect(audits(ctx).at(-1)).toEqual({ smsAnswers: { before: 'link', after: 'both' } });
    expect((await admin.patch(path, { smsAnswers: 'text' })).json.campaign.smsAnswers).toBe('text');
  });

  it('refuses text or both without SMS among the channels or SMS texts in the survey version', async () => {
    const { ctx, admin, campaignId, path } = await setUp();
    const unavailable: [number, string] = [409, 'TEXT_ANSWERS_UNAVAILABLE'];
    await refused(ctx, admin, campaignId, { smsAnswers: 'text', channels: ['email'] }, unavailable);
    await refused(ctx, admin, campaignId, { smsAnswers: 'both', templateVersion: 2 }, unavailable);
    expect((await admin.patch(path, { smsAnswers: 'text' })).status).toBe(200);
    // The change that would leave a campaign answered by text with no way to text is refused too.
    await refused(ctx, admin, campaignId, { channels: ['email'] }, unavailable);
    await refused(ctx, admin, campaignId, { templateId: 'employer-satisfaction' }, unavailable);
    await refused(ctx, admin, campaignId, { templateVersion: 2 }, unavailable);
    // Back to a link in the same edit: allowed.
    const res = await admin.patch(path, { smsAnswers: 'link', channels: ['email'] });
    expect(res.json.campaign).toMatchObject({ smsAnswers: 'link', channels: ['email'] });
  });

  it('refuses a keyword while the open link is off', async () => {
    const { ctx, admin, campaignId } = await setUp();
    await refused(ctx, admin, campaignId, { textKeyword: 'JOBS' }, [409, 'TEXT_KEYWORD_NEEDS_OPEN_LINK']);
  });

  it('stores a keyword normalized, as inbound texts are compared, and clears it', async () => {
    const { ctx, admin, path } = await setUp();
    expect((await admin.post(`${path}/open-link`)).status).toBe(201);
    for (const [typed, stored] of [
      ['jobs2026', 'JOBS2026'],
      [' ¡Empleos! ', 'EMPLEOS'],
      ['Café', 'CAFE'],
      ['ＪＯＢＳ', 'JOBS'],
      ['工作', '工作'],
    ]) {
      const res = await admin.patch(path, { textKeyword: typed });
      expect([res.status, res.json.campaign?.textKeyword], typed).toEqual([200, stored]);
    }
    expect(audits(ctx).at(-1)).toEqual({ textKeyword: { before: 'JOBS', after: '工作' } });
    // The same keyword again changes nothing and is no clash with itself.
    expect((await admin.patch(path, { textKeyword: '工作' })).status).toBe(200);
    for (const none of [null, '', '  ']) {
      await admin.patch(path, { textKeyword: 'JOBS' });
      const res = await admin.patch(path, { textKeyword: none });
      expect([res.status, res.json.campaign.textKeyword], String(none)).toEqual([200, null]);
    }
  });

  it('refuses a keyword of the wrong shape', async () => {
    const { ctx, admin, campaignId, path } = await setUp();
    await admin.post(`${path}/open-link`);
    for (const textKeyword of ['J', 'X'.repeat(21), '2026', '１２３', 'JOB FAIR', 'JOB-FAIR', 'a_b', '!!']) {
      const res = await refused(ctx, admin, campaignId, { textKeyword }, [422, 'TEXT_KEYWORD_REFUSED']);
      expect(res.json.error.details[0].path).toBe('textKeyword');
    }
    await refused(ctx, admin, campaignId, { textKeyword: 'X'.repeat(41) }, [422, 'VALIDATION_FAILED']);
  });

  it('refuses a keyword that reads as opting out, opting in, HELP, BACK, SKIP, yes or no, in any language', async () => {
    const { ctx, admin, campaignId, path } = await setUp();
    await admin.post(`${path}/open-link`);
    const words = [
      ...['STOP', 'stopall', 'Unsubscribe', 'cancel', 'END', 'quit', 'revoke', 'OptOut'],
      ...['alto', 'Baja', 'NGUNG', '退订', 'توقف', 'sispann', 'nomas'],
      ...['START', 'unstop', 'Alta', 'BATDAU', '开始'],
      ...['HELP', 'info', 'Ayuda', '帮助', 'مساعدة', 'ede'],
      ...['BACK', 'Atrás', 'volver', '返回', 'رجوع', 'retounen'],
      ...['SKIP', 'pass', 'Saltar', '跳过', 'تخطي', 'sote'],
      ...['yes', 'Sí', 'no', 'wi'],
    ];
    for (const textKeyword of words)
      await refused(ctx, admin, campaignId, { textKeyword }, [422, 'TEXT_KEYWORD_REFUSED']);
  });

  it('refuses a keyword another campaign not yet closed has (409), and frees it once that one closes', async () => {
    const { ctx, admin, partnershipId, path } = await setUp();
    await admin.post(`${path}/open-link`);
    expect((await admin.patch(path, { textKeyword: 'JOBS' })).status).toBe(200);
    // Another partnership's campaign: keywords are shared by every campaign on the number.
    const other = await draftCampaign(admin);
    await admin.post(`/api/campaigns/${other.campaignId}/open-link`);
    const second = (await create(admin, partnershipId, {})).json.campaign.id as string;
    await admin.post(`/api/campaigns/${second}/open-link`);
    for (const [id, typed] of [
      [other.campaignId, 'jobs'],
      [second, ' Jobs. '],
    ]) {
      const res = await refused(ctx, admin, id!, { textKeyword: typed }, [409, 'TEXT_KEYWORD_TAKEN']);
      expect(res.json.error.message).toContain('JOBS');
    }
    // Launched and closed, the first campaign no longer holds it.
    expect((await admin.post(`${path}/launch`)).status).toBe(200);
    await refused(ctx, admin, second, { textKeyword: 'JOBS' }, [409, 'TEXT_KEYWORD_TAKEN']);
    expect((await admin.post(`${path}/close`)).status).toBe(200);
    expect(
      (await admin.patch(`/api/campaigns/${second}`, { textKeyword: 'jobs' })).json.campaign,
    ).toMatchObject({ textKeyword: 'JOBS' });
  });
});

describe('a campaign answered by text: after launch and by role', () => {
  it('keeps the way of answering and the keyword as launched (409), as other settings', async () => {
    const { ctx, admin, campaignId, path } = await setUp();
    await admin.post(`${path}/open-link`);
    await admin.patch(path, { smsAnswers: 'both', textKeyword: 'JOBS' });
    expect((await admin.post(`${path}/launch`)).status).toBe(200);
    for (const body of [{ smsAnswers: 'link' }, { textKeyword: 'WORK' }, { textKeyword: null }]) {
      const res = await refused(ctx, admin, campaignId, body, [409, 'CAMPAIGN_NOT_DRAFT']);
      expect(res.json.error.details.refused).toEqual(Object.keys(body));
    }
    expect((await admin.get(path)).json.campaign).toMatchObject({ smsAnswers: 'both', textKeyword: 'JOBS' });
  });

  it('lets analysts of the partnership change it; refuses viewers (403) and hides it from others (404)', async () => {
    const { ctx, admin, campaignId, partnershipId, path } = await setUp();
    const other = await admin.post('/api/partnerships', {
      name: 'Other',
      sector: 'Health care',
      region: 'Elsewhere',
      timeZone: 'America/Chicago',
    });
    const viewer = await staffClient(ctx, admin, 'viewer', [partnershipId]);
    const outsider = await staffClient(ctx, admin, 'analyst', [other.json.partnership.id]);
    await refused(ctx, viewer, campaignId, { smsAnswers: 'text' }, [403, 'FORBIDDEN']);
    await refused(ctx, outsider, campaignId, { smsAnswers: 'text' }, [404, 'NOT_FOUND']);
    expect((await viewer.get(`${path}/text-answers`)).status).toBe(200);
    expect((await outsider.get(`${path}/text-answers`)).status).toBe(404);
    const analyst = await staffClient(ctx, admin, 'analyst', [partnershipId, other.json.partnership.id]);
    expect((await analyst.patch(path, { smsAnswers: 'text' })).json.campaign.smsAnswers).toBe('text');
    expect(audits(ctx)).toEqual([{ smsAnswers: { before: 'link', after: 'text' } }]);
  });
});

describe('GET /api/campaigns/:id/text-answers', () => {
  it('says whether the campaign can be answered by text and what one conversation costs per language', async () => {
    const { admin, path, partnershipId } = await setUp();
    const view = (await admin.get(`${path}/text-answers`)).json;
    expect(view).toMatchObject({
      smsForm: true,
      smsChannel: true,
      smsAnswers: 'link',
      textKeyword: null,
      startReply: '1',
      textTo: null,
    });
    const en = view.conversation.find((l: { lang: string }) => l.lang === 'en');
    const vi = view.conversation.find((l: { lang: string }) => l.lang === 'vi');
    // The bench's figures for the built-in short form (bench sms_conversation_segments).
    expect(en).toMatchObject({ encoding: 'GSM-7', messages: 13, segments: 13 });
    expect(vi).toMatchObject({ encoding: 'UCS-2', messages: 13, segments: 16 });
    const employer = (await create(admin, partnershipId, { templateId: 'employer-satisfaction' })).json;
    const none = await admin.get(`/api/campaigns/${employer.campaign.id}/text-answers`);
    expect(none.json).toMatchObject({ smsForm: false, conversation: [] });
  });

  it('carries the way of answering to the next period, never the keyword', async () => {
    const { admin, path } = await setUp();
    await admin.post(`${path}/open-link`);
    await admin.patch(path, { smsAnswers: 'both', textKeyword: 'JOBS' });
    const copy = await admin.post(`${path}/duplicate`, {});
    expect(copy.status, copy.text).toBe(201);
    expect(copy.json.campaign).toMatchObject({ smsAnswers: 'both', textKeyword: null });
  });
});
