/**
 * PATCH /api/campaigns/:id: a draft changes in every field; a launched campaign only in its name, close
 * date and reminder days. Each refusal answers with the envelope and leaves the row as it was.
 */
import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, staffClient, TestClient, type TestContext } from '../helpers/app.ts';
import { draftCampaign } from '../distribution/helpers.ts';

const row = (ctx: TestContext, id: string) => ctx.raw.prepare('SELECT * FROM campaigns WHERE id = ?').get(id);

async function setUp() {
  const ctx = makeTestApp(); // 2026-08-15, 10:00 in Chicago
  const admin = await adminClient(ctx);
  const a = await draftCampaign(admin, { opensOn: '2026-08-20', closesOn: '2026-09-30' });
  return { ctx, admin, ...a };
}

async function employerViewer(ctx: TestContext, admin: TestClient, partnershipId: string) {
  const org = await admin.post(`/api/partnerships/${partnershipId}/organizations`, {
    name: 'Acme Castings',
    kind: 'employer',
  });
  const password = 'correct horse battery';
  const made = await admin.post('/api/users', {
    email: 'hr@acme.example',
    name: 'Acme HR',
    password,
    role: 'viewer',
    memberships: [{ partnershipId, organizationId: org.json.organization.id }],
  });
  expect(made.status, made.text).toBe(201);
  const client = new TestClient(ctx);
  expect((await client.post('/api/auth/login', { email: 'hr@acme.example', password })).status).toBe(200);
  return client;
}

describe('PATCH /api/campaigns/:id before launch', () => {
  it('changes every field of a draft and answers with the campaign as stored', async () => {
    const { admin, campaignId } = await setUp();
    const res = await admin.patch(`/api/campaigns/${campaignId}`, {
      name: 'Employers, autumn',
      templateId: 'employer-satisfaction',
      period: 'PY2026-Q2',
      audience: { kinds: ['employer', 'partner'], attributes: { occupation: ['welder'] } },
      segmentAttributes: ['occupation', 'language'],
      opensOn: '2026-10-01',
      closesOn: '2026-10-31',
      openLink: { hourlyLimit: 30 },
      channels: ['email'],
      reminderDays: [5],
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json.campaign).toMatchObject({
      name: 'Employers, autumn',
      templateId: 'employer-satisfaction',
      templateVersion: 2,
      period: 'PY2026-Q2',
      audience: { kinds: ['employer', 'partner'], attributes: { occupation: ['welder'] } },
      segmentAttributes: ['occupation', 'language'],
      opensOn: '2026-10-01',
      closesOn: '2026-10-31',
      openLink: { enabled: false, hourlyLimit: 30, totalLimit: 2000 },
      channels: ['email'],
      reminderDays: [5],
      status: 'draft',
    });
    expect((await admin.get(`/api/campaigns/${campaignId}`)).json.campaign).toEqual(res.json.campaign);
  });

  it('gives a new template its own audience unless the edit names one, and keeps what it does not name', async () => {
    const { admin, campaignId } = await setUp();
    const res = await admin.patch(`/api/campaigns/${campaignId}`, { templateId: 'partner-roi' });
    expect(res.json.campaign).toMatchObject({
      templateId: 'partner-roi',
      audience: { kinds: ['partner', 'employer'] },
      name: 'Worker voice',
      reminderDays: [3, 7],
      closesOn: '2026-09-30',
    });
  });

  it('refuses bad input with the envelope and writes nothing', async () => {
    const { ctx, admin, campaignId } = await setUp();
    const before = row(ctx, campaignId);
    const path = `/api/campaigns/${campaignId}`;
    const cases: [unknown, number, string][] = [
      [{}, 422, 'VALIDATION_FAILED'],
      [{ status: 'open' }, 422, 'VALIDATION_FAILED'],
      [{ name: '' }, 422, 'VALIDATION_FAILED'],
      [{ name: 'ok', period: '2026-Q5' }, 422, 'VALIDATION_FAILED'],
      [{ closesOn: '2026-08-01' }, 422, 'VALIDATION_FAILED'], // before the stored open date
      [{ opensOn: '2026-10-01', closesOn: '2026-09-01' }, 422, 'VALIDATION_FAILED'],
      [{ reminderDays: [7, 3] }, 422, 'VALIDATION_FAILED'],
      [{ reminderDays: [1, 2, 3, 4] }, 422, 'VALIDATION_FAILED'],
      [{ channels: ['fax'] }, 422, 'VALIDATION_FAILED'],
      [{ openLink: { hourlyLimit: 0 } }, 422, 'VALIDATION_FAILED'],
      [{ templateId: 'no-such-survey' }, 404, 'NOT_FOUND'],
      [{ name: 'x', templateVersion: 99 }, 404, 'NOT_FOUND'],
    ];
    for (const [body, status, code] of cases) {
      const res = await admin.patch(path, body);
      expect([res.status, res.json?.error?.code], JSON.stringify(body)).toEqual([status, code]);
    }
    expect((await admin.request('PATCH', path, 'not json')).json.error.code).toBe('BAD_JSON');
    const form = await admin.request('PATCH', path, 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(row(ctx, campaignId)).toEqual(before);
  });

  it('refuses viewers, employer viewers and analysts of other partnerships; hides other partnerships and unknown ids', async () => {
    const { ctx, admin, campaignId, partnershipId } = await setUp();
    const before = row(ctx, campaignId);
    const other = await admin.post('/api/partnerships', {
      name: 'Other',
      sector: 'Health care',
      region: 'Elsewhere',
      timeZone: 'America/Chicago',
    });
    const viewer = await staffClient(ctx, admin, 'viewer', [partnershipId]);
    // An analyst of two other partnerships (staffClient names accounts by role and count).
    const third = await admin.post('/api/partnerships', {
      name: 'Third',
      sector: 'Logistics',
      region: 'Elsewhere',
      timeZone: 'America/Chicago',
    });
    const outsider = await staffClient(ctx, admin, 'analyst', [
      other.json.partnership.id,
      third.json.partnership.id,
    ]);
    const employer = await employerViewer(ctx, admin, partnershipId);
    const path = `/api/campaigns/${campaignId}`;
    for (const body of [{ name: 'Taken over' }, { name: '' }]) {
      expect((await viewer.patch(path, body)).status).toBe(403);
      expect((await employer.patch(path, body)).status).toBe(403);
      const hidden = await outsider.patch(path, body);
      expect([hidden.status, hidden.json.error.code]).toEqual([404, 'NOT_FOUND']);
    }
    expect((await admin.patch('/api/campaigns/no-such-id', { name: 'x' })).status).toBe(404);
    expect(row(ctx, campaignId)).toEqual(before);
    const analyst = await staffClient(ctx, admin, 'analyst', [partnershipId]);
    expect((await analyst.patch(path, { name: 'By the analyst' })).json.campaign.name).toBe('By the analyst');
  });
});

describe('PATCH /api/campaigns/:id after launch', () => {
  it('changes the name, close date and reminder days', async () => {
    const { admin, campaignId } = await setUp();
    await admin.post(`/api/campaigns/${campaignId}/launch`);
    const res = await admin.patch(`/api/campaigns/${campaignId}`, {
      name: 'Worker voice, extended',
      closesOn: '2026-10-15',
      reminderDays: [4],
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json.campaign).toMatchObject({
      name: 'Worker voice, extended',
      closesOn: '2026-10-15',
      reminderDays: [4],
      status: 'open',
    });
  });

  it('answers 409 for any other field, naming it, and writes nothing (not even the allowed ones)', async () => {
    const { ctx, admin, campaignId } = await setUp();
    await admin.post(`/api/campaigns/${campaignId}/launch`);
    const before = row(ctx, campaignId);
    const outbox = ctx.raw.prepare('SELECT * FROM outbox ORDER BY id').all();
    for (const body of [
      { name: 'New name', period: 'PY2026-Q2' },
      { audience: { kinds: ['employer'] } },
      { opensOn: '2026-08-21' },
      { channels: ['email'] },
      { segmentAttributes: [] },
      { templateId: 'worker-voice' },
      { openLink: { totalLimit: 10 } },
      { reminderDays: [2], closesOn: '2026-10-01', audience: {} },
    ]) {
      const res = await admin.patch(`/api/campaigns/${campaignId}`, body);
      expect([res.status, res.json.error.code], JSON.stringify(body)).toEqual([409, 'CAMPAIGN_NOT_DRAFT']);
      expect(res.json.error.message).toMatch(/only its name, close date and reminder days/);
      expect(res.json.error.details.refused).toEqual(
        Object.keys(body).filter((k) => !['name', 'closesOn', 'reminderDays'].includes(k)),
      );
    }
    expect(row(ctx, campaignId)).toEqual(before);
    expect(ctx.raw.prepare('SELECT * FROM outbox ORDER BY id').all()).toEqual(outbox);
  });

  it('refuses a close date before today or before the open date, with 422 and nothing written', async () => {
    const ctx = makeTestApp({ now: '2026-08-25T15:00:00Z' });
    const admin = await adminClient(ctx);
    const { campaignId } = await draftCampaign(admin, { opensOn: '2026-08-20', closesOn: '2026-09-30' });
    await admin.post(`/api/campaigns/${campaignId}/launch`);
    const before = row(ctx, campaignId);
    for (const closesOn of ['2026-08-24', '2026-08-19']) {
      const res = await admin.patch(`/api/campaigns/${campaignId}`, { closesOn, name: 'x' });
      expect([res.status, res.json.error.code]).toEqual([422, 'VALIDATION_FAILED']);
      expect(res.json.error.details[0].path).toBe('closesOn');
    }
    expect(row(ctx, campaignId)).toEqual(before);
    // Today itself is allowed: the campaign closes tonight.
    expect((await admin.patch(`/api/campaigns/${campaignId}`, { closesOn: '2026-08-25' })).status).toBe(200);
  });

  it('lets a closed campaign be renamed only: no reopening by a later close date', async () => {
    const { ctx, admin, campaignId } = await setUp();
    await admin.post(`/api/campaigns/${campaignId}/launch`);
    expect((await admin.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
    const before = row(ctx, campaignId);
    for (const body of [{ closesOn: '2026-12-31' }, { reminderDays: [1] }]) {
      const res = await admin.patch(`/api/campaigns/${campaignId}`, body);
      expect([res.status, res.json.error.code]).toEqual([409, 'CONFLICT']);
    }
    expect(row(ctx, campaignId)).toEqual(before);
    const renamed = await admin.patch(`/api/campaigns/${campaignId}`, { name: 'Autumn (closed early)' });
    expect(renamed.json.campaign).toMatchObject({ name: 'Autumn (closed early)', status: 'closed' });
  });
});
