/**
 * /api/partnerships/:id/schedules (issue 14, repeat every quarter): set once, read back with the
 * quarters to come, changed in place, removed. Then what must be refused, writing nothing: bad bodies,
 * viewers and employer accounts, another partnership's ids, unknown templates and partnerships.
 */
import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, staffClient, TestClient, type TestContext } from '../helpers/app.ts';
import { partnership, scheduleBody, withSchedule, workers } from './fixture.ts';

// 2026-09-20 in Chicago: the first quarter of program year 2026 (July to September).
const now = '2026-09-20T15:00:00Z';
const path = (id: string, template = 'worker-voice') => `/api/partnerships/${id}/schedules/${template}`;
const put = (client: TestClient, id: string, body: unknown, template?: string) =>
  client.request('PUT', path(id, template), body);
const rows = (ctx: TestContext, table = 'campaign_schedules') =>
  (ctx.raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const stored = (ctx: TestContext) => ctx.raw.prepare('SELECT * FROM campaign_schedules').all();

describe('PUT /api/partnerships/:id/schedules/:templateId', () => {
  it('sets a schedule that starts with the next quarter whose day is still to come, and shows its dates', async () => {
    const ctx = makeTestApp({ now });
    const { schedule } = await withSchedule(ctx);
    expect(schedule).toMatchObject({
      templateId: 'worker-voice',
      name: 'Worker voice',
      active: true,
      openDay: 1,
      openDays: 30,
      noticeDays: 3,
      reminderDays: [3, 7],
      channels: ['email'],
      // PY2026-Q1 opened on July 1, before the schedule was set: it is not back-filled.
      startsWith: 'PY2026-Q2',
      reach: { email: 6, sms: 0, none: 0 },
      runs: [],
    });
    expect(schedule.upcoming).toEqual([
      {
        period: 'PY2026-Q2',
        campaignName: 'Worker voice — PY2026 Q2',
        opensOn: '2026-10-01',
        closesOn: '2026-10-30',
        noticeOn: '2026-09-28',
      },
      {
        period: 'PY2026-Q3',
        campaignName: 'Worker voice — PY2026 Q3',
        opensOn: '2027-01-01',
        closesOn: '2027-01-30',
        noticeOn: '2026-12-29',
      },
      {
        period: 'PY2026-Q4',
        campaignName: 'Worker voice — PY2026 Q4',
        opensOn: '2027-04-01',
        closesOn: '2027-04-30',
        noticeOn: '2027-03-29',
      },
    ]);
  });

  it('names quarters the way the partnership reviews, and keeps a later first quarter', async () => {
    const ctx = makeTestApp({ now });
    const admin = await adminClient(ctx);
    const id = await partnership(admin, 'Calendar', 'calendar');
    const res = await put(admin, id, {
      ...scheduleBody,
      openDay: 15,
      firstQuarter: '2027-Q2',
      noticeDays: 0,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json.schedule.startsWith).toBe('2027-Q2');
    expect(res.json.schedule.upcoming[0]).toEqual({
      period: '2027-Q2',
      campaignName: 'Worker voice — 2027 Q2',
      opensOn: '2027-04-15',
      closesOn: '2027-05-14',
      noticeOn: null,
    });
    // A first quarter already past moves to the first one whose opening day is still to come.
    const late = await put(admin, id, { ...scheduleBody, firstQuarter: '2026-Q1' });
    expect(late.json.schedule.startsWith).toBe('2026-Q4');
  });

  it('changes the schedule in place (same id), and reads back for a viewer; a paused one lists no dates', async () => {
    const ctx = makeTestApp({ now });
    const { admin, partnershipId, schedule } = await withSchedule(ctx);
    const changed = await put(admin, partnershipId, { ...scheduleBody, openDay: 8, active: false });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json.schedule).toMatchObject({ id: schedule.id, openDay: 8, active: false, upcoming: [] });
    expect(rows(ctx)).toBe(1);
    const viewer = await staffClient(ctx, admin, 'viewer', [partnershipId]);
    const list = await viewer.get(`/api/partnerships/${partnershipId}/schedules`);
    expect(list.status).toBe(200);
    expect(list.json.schedules).toHaveLength(1);
    expect(list.json.schedules[0]).toMatchObject({ id: schedule.id, openDay: 8, active: false });
  });

  it('lets an analyst of the partnership set one', async () => {
    const ctx = makeTestApp({ now });
    const admin = await adminClient(ctx);
    const id = await partnership(admin);
    const analyst = await staffClient(ctx, admin, 'analyst', [id]);
    const res = await put(analyst, id, scheduleBody, 'employer-satisfaction');
    expect(res.status, res.text).toBe(201);
    expect(res.json.schedule.templateId).toBe('employer-satisfaction');
  });
});

describe('refusals write nothing', () => {
  const bad: [string, unknown, string][] = [
    ['day 0 of the quarter', { ...scheduleBody, openDay: 0 }, 'openDay'],
    ['open for 2 days', { ...scheduleBody, openDays: 2 }, 'openDays'],
    ['running into the next quarter', { ...scheduleBody, openDay: 60, openDays: 40 }, 'openDays'],
    ['reminders out of order', { ...scheduleBody, reminderDays: [7, 3] }, 'reminderDays'],
    ['a reminder after the close', { ...scheduleBody, openDays: 10, reminderDays: [12] }, 'reminderDays'],
    ['a year for a quarter', { ...scheduleBody, firstQuarter: 'PY2026' }, 'firstQuarter'],
    ['no channel', { ...scheduleBody, channels: [] }, 'channels'],
    ['an unknown channel', { ...scheduleBody, channels: ['fax'] }, 'channels.0'],
    ['an empty name', { ...scheduleBody, name: '  ' }, 'name'],
    ['a notice 30 days ahead', { ...scheduleBody, noticeDays: 30 }, 'noticeDays'],
    ['an unknown field', { ...scheduleBody, startsOn: '2026-10-01' }, ''],
    ['a string for a number', { ...scheduleBody, openDays: '30' }, 'openDays'],
  ];
  it.each(bad)('refuses %s with 422 naming the field', async (_, body, field) => {
    const ctx = makeTestApp({ now });
    const { admin, partnershipId } = await withSchedule(ctx);
    const before = stored(ctx);
    const res = await put(admin, partnershipId, body);
    expect(res.status, res.text).toBe(422);
    expect(res.json.error.code).toBe('VALIDATION_FAILED');
    if (field) expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(field);
    expect(stored(ctx)).toEqual(before);
    // A new template's schedule is not half-made either.
    expect((await put(admin, partnershipId, body, 'partner-roi')).status).toBe(422);
    expect(rows(ctx)).toBe(1);
  });

  it('refuses bodies that are not JSON', async () => {
    const ctx = makeTestApp({ now });
    const admin = await adminClient(ctx);
    const id = await partnership(admin);
    const broken = await admin.request('PUT', path(id), '{"name":');
    expect([broken.status, broken.json.error.code]).toEqual([400, 'BAD_JSON']);
    const text = await admin.request('PUT', path(id), 'name=x', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(rows(ctx)).toBe(0);
  });

  it('refuses viewers (403 before reading the body), signed-out callers, and employer accounts', async () => {
    const ctx = makeTestApp({ now });
    const { admin, partnershipId } = await withSchedule(ctx);
    const before = stored(ctx);
    const viewer = await staffClient(ctx, admin, 'viewer', [partnershipId]);
    for (const body of [{ ...scheduleBody, active: false }, { openDay: 'x' }]) {
      const res = await put(viewer, partnershipId, body);
      expect([res.status, res.json.error.code]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await viewer.del(path(partnershipId))).status).toBe(403);
    expect((await new TestClient(ctx).get(`/api/partnerships/${partnershipId}/schedules`)).status).toBe(401);
    expect((await put(new TestClient(ctx), partnershipId, scheduleBody)).status).toBe(401);

    const orgId = (
      await admin.post(`/api/partnerships/${partnershipId}/organizations`, { name: 'Acme', kind: 'employer' })
    ).json.organization.id;
    const made = await admin.post('/api/users', {
      email: 'hr@acme.example',
      name: 'Acme HR',
      password: 'correct horse battery',
      role: 'viewer',
      memberships: [{ partnershipId, organizationId: orgId }],
    });
    expect(made.status, made.text).toBe(201);
    const employer = new TestClient(ctx);
    await employer.post('/api/auth/login', { email: 'hr@acme.example', password: 'correct horse battery' });
    expect((await employer.get(`/api/partnerships/${partnershipId}/schedules`)).status).toBe(403);
    expect(stored(ctx)).toEqual(before);
  });

  it('answers 404 for another partnership, its organizations, unknown templates and schedules', async () => {
    const ctx = makeTestApp({ now });
    const { admin, partnershipId } = await withSchedule(ctx);
    const otherId = await partnership(admin, 'Other');
    const otherOrg = (
      await admin.post(`/api/partnerships/${otherId}/organizations`, {
        name: 'Elsewhere Inc',
        kind: 'employer',
      })
    ).json.organization.id;
    await admin.post(`/api/partnerships/${otherId}/contacts`, workers(2, 'other'));
    const before = stored(ctx);

    // An analyst of the first partnership cannot see or touch the other's, nor tell it exists.
    const analyst = await staffClient(ctx, admin, 'analyst', [partnershipId]);
    for (const res of [
      await analyst.get(`/api/partnerships/${otherId}/schedules`),
      await put(analyst, otherId, scheduleBody),
      await analyst.del(path(otherId)),
      await analyst.get('/api/partnerships/no-such-partnership/schedules'),
    ])
      expect([res.status, res.json.error.code]).toEqual([404, 'NOT_FOUND']);

    // Naming the other partnership's organization in an audience is refused, for admins too.
    const foreign = await put(admin, partnershipId, {
      ...scheduleBody,
      audience: { kinds: ['worker'], organizationIds: [otherOrg] },
    });
    expect([foreign.status, foreign.json.error.code]).toEqual([422, 'VALIDATION_FAILED']);
    expect(foreign.text).not.toContain('Elsewhere');

    expect((await put(admin, partnershipId, scheduleBody, 'no-such-survey')).status).toBe(404);
    expect((await put(admin, 'no-such-partnership', scheduleBody)).status).toBe(404);
    expect((await admin.del(path(partnershipId, 'partner-roi'))).status).toBe(404);
    expect(stored(ctx)).toEqual(before);
  });
});

describe('DELETE /api/partnerships/:id/schedules/:templateId', () => {
  it('removes the schedule and its runs, keeping the campaigns it made', async () => {
    const ctx = makeTestApp({ now });
    const { admin, partnershipId } = await withSchedule(ctx);
    const res = await admin.del(path(partnershipId));
    expect([res.status, res.json]).toEqual([200, { deleted: true }]);
    expect((await admin.get(`/api/partnerships/${partnershipId}/schedules`)).json.schedules).toEqual([]);
    expect(rows(ctx)).toBe(0);
    expect((await admin.del(path(partnershipId))).status).toBe(404);
  });
});
