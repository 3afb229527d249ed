/**
 * A campaign's life after creation: deleted while a draft, duplicated into the next period, closed now,
 * and listed with its state and response rate. Every refusal answers with the envelope and writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import {
  adminClient,
  makeTestApp,
  staffClient,
  testClientHeader,
  type TestClient,
  type TestContext,
} from '../helpers/app.ts';
import { seedCampaign } from '../helpers/seed.ts';
import { draftCampaign, outbox } from '../distribution/helpers.ts';

const def = getTemplate('worker-voice')!;
const count = (ctx: TestContext, sql: string, ...args: unknown[]) =>
  (ctx.raw.prepare(`SELECT count(*) AS n FROM ${sql}`).get(...args) as { n: number }).n;

async function partnership(admin: TestClient, reviewYear: 'calendar' | 'program', name = 'River Valley') {
  const p = await admin.post('/api/partnerships', {
    name,
    sector: 'Advanced manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
    reviewYear,
  });
  expect(p.status, p.text).toBe(201);
  return p.json.partnership.id as string;
}

async function draft(admin: TestClient, partnershipId: string, body: Record<string, unknown>) {
  const res = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    templateId: 'worker-voice',
    ...body,
  });
  expect(res.status, res.text).toBe(201);
  return res.json.campaign as { id: string };
}

/** A viewer, an analyst of another partnership (404) and the unknown id, tried on one request. */
async function strangers(ctx: TestContext, admin: TestClient, partnershipId: string) {
  const other = await partnership(admin, 'program', 'Elsewhere');
  return {
    viewer: await staffClient(ctx, admin, 'viewer', [partnershipId]),
    outsider: await staffClient(ctx, admin, 'analyst', [other]),
  };
}

describe('DELETE /api/campaigns/:id', () => {
  it('deletes a draft; a launched campaign answers 409 and keeps everything', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const a = await draftCampaign(admin);
    const b = await draftCampaign(admin);
    expect((await admin.post(`/api/campaigns/${b.campaignId}/launch`)).status).toBe(200);
    const { viewer, outsider } = await strangers(ctx, admin, a.partnershipId);

    expect((await viewer.del(`/api/campaigns/${a.campaignId}`)).status).toBe(403);
    expect((await outsider.del(`/api/campaigns/${a.campaignId}`)).status).toBe(404);
    expect((await admin.del('/api/campaigns/no-such-campaign')).status).toBe(404);
    expect(count(ctx, 'campaigns WHERE id = ?', a.campaignId)).toBe(1);

    const before = [count(ctx, 'invitations'), count(ctx, 'outbox')];
    const launched = await admin.del(`/api/campaigns/${b.campaignId}`);
    expect([launched.status, launched.json.error.code]).toEqual([409, 'CAMPAIGN_NOT_DRAFT']);
    expect(launched.json.error.message).toMatch(/close it instead/);
    expect(count(ctx, 'campaigns WHERE id = ?', b.campaignId)).toBe(1);
    expect([count(ctx, 'invitations'), count(ctx, 'outbox')]).toEqual(before);

    expect((await admin.del(`/api/campaigns/${a.campaignId}`)).json).toEqual({ ok: true });
    expect(count(ctx, 'campaigns WHERE id = ?', a.campaignId)).toBe(0);
    expect((await admin.get(`/api/campaigns/${a.campaignId}`)).status).toBe(404);
    expect((await admin.del(`/api/campaigns/${a.campaignId}`)).status).toBe(404);
  });
});

describe('POST /api/campaigns/:id/duplicate', () => {
  it('makes a draft for the next quarter with the settings carried over, in a program-year partnership', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const p = await partnership(admin, 'program');
    const org = await admin.post(`/api/partnerships/${p}/organizations`, { name: 'Acme', kind: 'employer' });
    const orgId = org.json.organization.id as string;
    const source = await draft(admin, p, {
      name: 'Worker voice PY2026-Q1',
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      audience: { kinds: ['worker'], organizationIds: [orgId], attributes: { occupation: ['welder'] } },
      segmentAttributes: ['occupation'],
      channels: ['email', 'sms'],
      reminderDays: [4, 9],
      openLink: { hourlyLimit: 25, totalLimit: 300 },
    });
    await admin.post(`/api/campaigns/${source.id}/launch`);
    const res = await admin.post(`/api/campaigns/${source.id}/duplicate`, {});
    expect(res.status, res.text).toBe(201);
    expect(res.json.templateChanged).toBeNull();
    expect(res.json.campaign).toMatchObject({
      name: 'Worker voice PY2026-Q2',
      period: 'PY2026-Q2',
      opensOn: '2026-10-01',
      closesOn: '2026-12-31',
      status: 'draft',
      templateId: 'worker-voice',
      templateVersion: 3,
      audience: { kinds: ['worker'], organizationIds: [orgId], attributes: { occupation: ['welder'] } },
      segmentAttributes: ['occupation'],
      channels: ['email', 'sms'],
      reminderDays: [4, 9],
      openLink: { enabled: false, hourlyLimit: 25, totalLimit: 300 },
    });
    expect(res.json.campaign.id).not.toBe(source.id);
    // Nothing of the original's launch comes along.
    expect(count(ctx, 'invitations WHERE campaign_id = ?', res.json.campaign.id)).toBe(0);
  });

  it('crosses the year: a calendar Q4 becomes next year Q1, a program year the next program year', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const cal = await partnership(admin, 'calendar');
    const q4 = await draft(admin, cal, {
      name: 'Employers 2026-Q4 check-in',
      period: '2026-Q4',
      opensOn: '2026-11-02',
      closesOn: '2026-11-30',
    });
    const next = (await admin.post(`/api/campaigns/${q4.id}/duplicate`, {})).json.campaign;
    expect(next).toMatchObject({
      name: 'Employers 2027-Q1 check-in',
      period: '2027-Q1',
      opensOn: '2027-02-02',
      closesOn: '2027-02-28',
    });

    const prog = await partnership(admin, 'program', 'Program year');
    const year = await draft(admin, prog, {
      name: 'Partner ROI',
      period: 'PY2026',
      opensOn: '2027-05-01',
      closesOn: '2027-06-30',
    });
    expect((await admin.post(`/api/campaigns/${year.id}/duplicate`, {})).json.campaign).toMatchObject({
      name: 'Partner ROI PY2027',
      period: 'PY2027',
      opensOn: '2028-05-01',
      closesOn: '2028-06-30',
    });
    // A program year's last quarter is followed by the next program year's first (April-June → July).
    const q4py = await draft(admin, prog, {
      name: 'Worker voice PY2026-Q4',
      period: 'PY2026-Q4',
      opensOn: '2027-04-01',
      closesOn: '2027-04-30',
    });
    expect((await admin.post(`/api/campaigns/${q4py.id}/duplicate`, {})).json.campaign).toMatchObject({
      name: 'Worker voice PY2027-Q1',
      period: 'PY2027-Q1',
      opensOn: '2027-07-01',
      closesOn: '2027-07-31',
    });
    // A quarter named the calendar way in a program-year partnership comes back named its way.
    const calNamed = await draft(admin, prog, {
      name: 'Worker voice 2026-Q3',
      period: '2026-Q3',
      opensOn: '2026-07-01',
      closesOn: '2026-07-21',
    });
    expect((await admin.post(`/api/campaigns/${calNamed.id}/duplicate`, {})).json.campaign).toMatchObject({
      name: 'Worker voice 2026-Q4',
      period: 'PY2026-Q2',
      opensOn: '2026-10-01',
      closesOn: '2026-10-21',
    });
  });

  it('takes another period when asked, and refuses a bad one, roles and other partnerships with nothing written', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const p = await partnership(admin, 'calendar');
    const src = await draft(admin, p, {
      name: 'Worker voice 2026-Q3',
      period: '2026-Q3',
      opensOn: '2026-07-06',
      closesOn: '2026-07-31',
    });
    const path = `/api/campaigns/${src.id}/duplicate`;
    expect((await admin.post(path, { period: '2027-Q3' })).json.campaign).toMatchObject({
      name: 'Worker voice 2027-Q3',
      period: '2027-Q3',
      opensOn: '2027-07-06',
      closesOn: '2027-07-31',
    });
    const { viewer, outsider } = await strangers(ctx, admin, p);
    const campaigns = count(ctx, 'campaigns');
    for (const body of [{ period: '2027-Q5' }, { period: 'next' }, { period: '2027-Q1', name: 'x' }]) {
      const res = await admin.post(path, body);
      expect([res.status, res.json.error.code], JSON.stringify(body)).toEqual([422, 'VALIDATION_FAILED']);
    }
    expect((await admin.request('POST', path, '{')).json.error.code).toBe('BAD_JSON');
    expect((await viewer.post(path, {})).status).toBe(403);
    expect((await outsider.post(path, {})).status).toBe(404);
    expect((await admin.post('/api/campaigns/nope/duplicate', {})).status).toBe(404);
    expect(count(ctx, 'campaigns')).toBe(campaigns);
  });
});

describe('POST /api/campaigns/:id/close (close now)', () => {
  it('stops answers, cancels every queued message in the same write, and releases what can go', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const a = await draftCampaign(admin);
    await admin.post(`/api/campaigns/${a.campaignId}/launch`);
    expect(outbox(ctx).filter((r) => r.status === 'queued')).toHaveLength(15);
    const { viewer, outsider } = await strangers(ctx, admin, a.partnershipId);
    expect((await viewer.post(`/api/campaigns/${a.campaignId}/close`)).status).toBe(403);
    expect((await outsider.post(`/api/campaigns/${a.campaignId}/close`)).status).toBe(404);
    expect(outbox(ctx).filter((r) => r.status === 'queued')).toHaveLength(15);

    const res = await admin.post(`/api/campaigns/${a.campaignId}/close`);
    expect(res.status, res.text).toBe(200);
    expect(res.json.campaign.status).toBe('closed');
    expect(res.json.release).toEqual({ released: 0, heldBack: 0 });
    const rows = outbox(ctx);
    expect(rows.every((r) => r.status === 'skipped' && r.error_code === 'CLOSED')).toBe(true);
    const progress = (await admin.get(`/api/campaigns/${a.campaignId}/progress`)).json.progress;
    expect(progress.reminders.queued).toBe(0);
    expect(progress.channels.sms.queued + progress.channels.email.queued).toBe(0);
    // Closing again changes nothing and says so the same way.
    expect((await admin.post(`/api/campaigns/${a.campaignId}/close`)).json.campaign.status).toBe('closed');
  });

  it('refuses a draft: it was never launched, so it is deleted instead', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const a = await draftCampaign(admin);
    const res = await admin.post(`/api/campaigns/${a.campaignId}/close`);
    expect([res.status, res.json.error.code]).toEqual([409, 'CAMPAIGN_NOT_DRAFT']);
    expect((await admin.get(`/api/campaigns/${a.campaignId}`)).json.campaign.status).toBe('draft');
  });
});

describe('GET /api/partnerships/:id/campaigns', () => {
  it("shows each campaign's state and its response rate over personal invitations only, poster answers apart", async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const admin = await adminClient(ctx);
    const seeded = await seedCampaign(admin, { workers: 12 });
    const p = seeded.partnershipId;
    for (const [i, token] of seeded.tokens.slice(0, 3).entries()) {
      const res = await ctx.app.request(`/s/${token}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: validAnswers(def, seededRandom(i + 1)) }),
      });
      expect(res.status).toBe(200);
    }
    const open = (await admin.post(`/api/campaigns/${seeded.campaignId}/open-link`)).json.url.split('/o/')[1];
    let visitor = 0;
    async function posterAnswers(n: number) {
      const tickets: string[] = [];
      for (let i = 0; i < n; i++) {
        const res = await ctx.app.request(`/o/${open}`, {
          headers: { [testClientHeader]: `10.9.${visitor++}.1` },
        });
        tickets.push(/^\/s\/([\w-]+)/.exec(res.headers.get('location')!)![1]!);
      }
      // People take a few minutes over the questions; an answer sent at once is refused as too fast.
      ctx.clock.advance(10 * 60_000);
      for (const t of tickets) {
        const res = await ctx.app.request(`/s/${t}/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers: validAnswers(def, seededRandom(50 + visitor)) }),
        });
        expect(res.status).toBe(200);
      }
    }
    await posterAnswers(2);
    const scheduled = await draft(admin, p, {
      name: 'Later',
      period: 'PY2026-Q2',
      opensOn: '2026-10-01',
      closesOn: '2026-10-31',
    });
    await admin.post(`/api/campaigns/${scheduled.id}/launch`);
    const past = await draft(admin, p, {
      name: 'Past its date',
      period: 'PY2025-Q4',
      opensOn: '2026-07-25',
      closesOn: '2026-08-09',
    });
    await admin.post(`/api/campaigns/${past.id}/launch`);
    const waiting = await draft(admin, p, {
      name: 'Not launched',
      period: 'PY2026-Q1',
      opensOn: '2026-08-20',
      closesOn: '2026-08-31',
    });

    const list = await admin.get(`/api/partnerships/${p}/campaigns`);
    expect(list.status).toBe(200);
    const byId = Object.fromEntries(list.json.campaigns.map((c: any) => [c.id, c]));
    expect(byId[seeded.campaignId]).toMatchObject({
      state: 'open',
      invited: 12,
      completed: 3,
      responseRate: 0.25,
      // Two poster answers: fewer than the partnership's 5, which the reviews hide too.
      posterAnswers: null,
    });
    expect(byId[scheduled.id]).toMatchObject({
      state: 'scheduled',
      invited: 12,
      completed: 0,
      responseRate: 0,
    });
    expect(byId[past.id]).toMatchObject({ state: 'closed', status: 'open' });
    // One campaign read alone says the same, by the server's clock and the partnership's day.
    const stateOf = async (id: string) => (await admin.get(`/api/campaigns/${id}`)).json.state;
    expect([await stateOf(seeded.campaignId), await stateOf(scheduled.id)]).toEqual(['open', 'scheduled']);
    expect([await stateOf(past.id), await stateOf(waiting.id)]).toEqual(['closed', 'draft']);
    expect(byId[waiting.id]).toMatchObject({
      state: 'draft',
      invited: 0,
      completed: 0,
      responseRate: null,
      posterAnswers: 0,
    });
    expect(list.json.campaigns.map((c: any) => c.name)).toEqual([
      'Later',
      'Not launched',
      'Worker voice 2026-Q3',
      'Past its date',
    ]);
    await posterAnswers(3);
    const five = (await admin.get(`/api/partnerships/${p}/campaigns`)).json.campaigns;
    expect(five.find((c: any) => c.id === seeded.campaignId)).toMatchObject({
      posterAnswers: 5,
      invited: 12,
      completed: 3,
    });
    await admin.post(`/api/campaigns/${seeded.campaignId}/close`);
    const after = (await admin.get(`/api/partnerships/${p}/campaigns`)).json.campaigns;
    expect(after.find((c: any) => c.id === seeded.campaignId).state).toBe('closed');
  });

  it('is closed to employer viewers and hidden from other partnerships', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const a = await draftCampaign(admin);
    const { viewer, outsider } = await strangers(ctx, admin, a.partnershipId);
    expect((await viewer.get(`/api/partnerships/${a.partnershipId}/campaigns`)).json.campaigns).toHaveLength(
      1,
    );
    expect((await outsider.get(`/api/partnerships/${a.partnershipId}/campaigns`)).status).toBe(404);
    const org = await admin.post(`/api/partnerships/${a.partnershipId}/organizations`, {
      name: 'Acme',
      kind: 'employer',
    });
    await admin.post('/api/users', {
      email: 'hr@acme.example',
      name: 'Acme HR',
      password: 'correct horse battery',
      role: 'viewer',
      memberships: [{ partnershipId: a.partnershipId, organizationId: org.json.organization.id }],
    });
    const { TestClient } = await import('../helpers/app.ts');
    const hr = new TestClient(ctx);
    await hr.post('/api/auth/login', { email: 'hr@acme.example', password: 'correct horse battery' });
    expect((await hr.get(`/api/partnerships/${a.partnershipId}/campaigns`)).status).toBe(403);
    expect((await hr.post(`/api/campaigns/${a.campaignId}/duplicate`, {})).status).toBe(403);
    expect((await hr.del(`/api/campaigns/${a.campaignId}`)).status).toBe(403);
  });
});
