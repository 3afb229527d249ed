/**
 * The schedule runner on the test clock, through runUpkeep (what Node's loop and the Worker's cron
 * run): two quarters launched on their days across quarter boundaries, each once, whatever runs
 * overlap or crash between steps; a notice to staff before each, once, through a real SMTP server;
 * failures recorded and not retried; no back-fill; nothing of a contact in a notice.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCampaign } from '../../server/campaigns/campaigns.ts';
import { continuePendingLaunches, launchCampaign } from '../../server/distribution/launch.ts';
import { maxAttempts, runSchedules } from '../../server/distribution/schedules/runner.ts';
import { chooseCampaignId, ensureRun } from '../../server/distribution/schedules/runs.ts';
import { smtpMailer } from '../../server/runtime/smtp-mailer.ts';
import { runUpkeep } from '../../server/upkeep.ts';
import { makeTestApp, staffClient, testAdmin, TestClient, type TestContext } from '../helpers/app.ts';
import { startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer.ts';
import { scheduleBody, withSchedule, workers } from './fixture.ts';

let smtp: SmtpPeer;
let mailer: ReturnType<typeof smtpMailer>;
beforeAll(async () => {
  smtp = await startSmtpPeer();
  mailer = smtpMailer({ url: smtp.url, from: 'Sector Voice <surveys@example.org>' });
});
afterAll(async () => {
  mailer?.close();
  await smtp?.close();
});
beforeEach(() => {
  smtp.messages.length = 0;
  smtp.recipients.length = 0;
  smtp.reject.clear();
  smtp.deferOnce.clear();
});

/** Set on 2026-09-20 (Chicago): PY2026-Q2 opens October 1, its notice goes September 28. */
async function setup(body: object = scheduleBody) {
  const ctx = makeTestApp({ now: '2026-09-20T15:00:00Z' });
  ctx.deps.mailer = mailer;
  ctx.deps.config.distribution.senders.email = 'smtp';
  const made = await withSchedule(ctx, body);
  return { ctx, ...made };
}

const campaigns = (ctx: TestContext) =>
  ctx.raw
    .prepare('SELECT id, name, period, status, opens_on, closes_on FROM campaigns ORDER BY opens_on')
    .all() as {
    id: string;
    name: string;
    period: string;
    status: string;
    opens_on: string;
    closes_on: string;
  }[];
const count = (ctx: TestContext, sql: string, ...args: unknown[]) =>
  (ctx.raw.prepare(sql).get(...args) as { n: number }).n;
/** The schedule's runs as the dashboard reads them, signed in afresh (the clock moves past sessions). */
async function runs(ctx: TestContext) {
  const client = new TestClient(ctx);
  await client.post('/api/auth/login', { email: testAdmin.email, password: testAdmin.password });
  const id = (ctx.raw.prepare('SELECT partnership_id AS id FROM campaign_schedules').get() as { id: string })
    .id;
  const res = await client.get(`/api/partnerships/${id}/schedules`);
  if (res.status !== 200) throw new Error(res.text);
  return res.json.schedules[0].runs;
}

describe('the schedule runner', () => {
  it('notices staff, then creates and launches each quarter on its day, once, across two quarters', async () => {
    const { ctx, partnershipId } = await setup();
    await runUpkeep(ctx.deps);
    expect(campaigns(ctx)).toEqual([]);
    expect(smtp.messages).toHaveLength(0);

    // Notice day (three days before), at 08:00 in Chicago: one email, and only one however often it runs.
    ctx.clock.set('2026-09-28T13:00:00Z');
    const first = await runUpkeep(ctx.deps);
    expect(first.schedules).toEqual({ launched: 0, noticed: 1, failed: 0 });
    await runUpkeep(ctx.deps);
    await runSchedules(ctx.deps);
    await smtp.waitFor(1);
    expect(smtp.recipients).toEqual(['admin@example.org']);
    const notice = smtp.messages[0]!;
    expect(notice.subject).toBe('Worker voice — PY2026 Q2 launches Thursday, October 1, 2026');
    expect(notice.text).toContain('it will invite 6 people (6 people by email)');
    expect(notice.text).toContain('reminders 3, 7 days after launch');
    expect(notice.text).toContain(`http://survey.test/admin/campaigns/schedule?partnership=${partnershipId}`);
    expect(notice.text).not.toMatch(/Worker\d|@work\.example/);
    expect(campaigns(ctx)).toEqual([]);

    // The last evening of September in Chicago is already October 1 in UTC: not yet.
    ctx.clock.set('2026-10-01T04:30:00Z');
    await runUpkeep(ctx.deps);
    expect(campaigns(ctx)).toEqual([]);

    ctx.clock.set('2026-10-01T05:30:00Z');
    expect((await runUpkeep(ctx.deps)).schedules.launched).toBe(1);
    await runUpkeep(ctx.deps);
    const [q2] = campaigns(ctx);
    expect(q2).toMatchObject({
      name: 'Worker voice — PY2026 Q2',
      period: 'PY2026-Q2',
      status: 'open',
      opens_on: '2026-10-01',
      closes_on: '2026-10-30',
    });
    expect(count(ctx, 'SELECT count(*) AS n FROM invitations WHERE campaign_id = ?', q2!.id)).toBe(6);
    // An invitation and two reminders each, as a launch from the dashboard queues them.
    expect(count(ctx, "SELECT count(*) AS n FROM outbox WHERE purpose = 'invitation'")).toBe(6);
    expect(count(ctx, "SELECT count(*) AS n FROM outbox WHERE purpose = 'reminder'")).toBe(12);

    // Across the next boundary: the next notice, then PY2026-Q3 on January 1.
    ctx.clock.set('2026-12-29T15:00:00Z');
    await runUpkeep(ctx.deps);
    await smtp.waitFor(2);
    expect(smtp.messages[1]!.subject).toBe('Worker voice — PY2026 Q3 launches Friday, January 1, 2027');
    ctx.clock.set('2027-01-01T15:00:00Z');
    await runUpkeep(ctx.deps);
    await runUpkeep(ctx.deps);
    expect(campaigns(ctx).map((c) => [c.name, c.status])).toEqual([
      ['Worker voice — PY2026 Q2', 'open'],
      ['Worker voice — PY2026 Q3', 'open'],
    ]);
    expect(count(ctx, 'SELECT count(*) AS n FROM invitations')).toBe(12);
    expect(smtp.messages).toHaveLength(2);

    const history = await runs(ctx);
    expect(history.map((r: any) => [r.period, r.state, r.invited, r.noticeRecipients])).toEqual([
      ['PY2026-Q3', 'launched', 6, 1],
      ['PY2026-Q2', 'launched', 6, 1],
    ]);
    expect(history[1].campaignId).toBe(q2!.id);
  });

  it('creates and launches a quarter once when runners overlap', async () => {
    const { ctx } = await setup();
    ctx.clock.set('2026-10-01T15:00:00Z');
    const reports = await Promise.all([
      runSchedules(ctx.deps),
      runSchedules(ctx.deps),
      runUpkeep(ctx.deps),
      runSchedules(ctx.deps),
    ]);
    expect(campaigns(ctx)).toHaveLength(1);
    expect(count(ctx, 'SELECT count(*) AS n FROM invitations')).toBe(6);
    expect(count(ctx, "SELECT count(*) AS n FROM outbox WHERE purpose = 'invitation'")).toBe(6);
    expect(reports.length).toBe(4);
  });

  it('resumes a run killed after choosing the campaign id, after writing it, or after launching it', async () => {
    for (const stage of ['chosen', 'written', 'launched'] as const) {
      const { ctx, schedule, partnershipId } = await setup();
      ctx.clock.set('2026-10-01T15:00:00Z');
      // What the killed runner had done before it died.
      const key = { scheduleId: schedule.id, period: '2026-Q4' };
      await ensureRun(
        ctx.deps,
        key,
        { opensOn: '2026-10-01', closesOn: '2026-10-30' },
        '2026-10-01T15:00:00Z',
      );
      const id = await chooseCampaignId(ctx.deps, key, `killed-${stage}`);
      if (stage !== 'chosen')
        await createCampaign(
          ctx.deps,
          partnershipId,
          {
            name: 'Worker voice — PY2026 Q2',
            templateId: 'worker-voice',
            period: 'PY2026-Q2',
            audience: { kinds: ['worker'] },
            segmentAttributes: [],
            channels: ['email'],
            reminderDays: [3, 7],
            opensOn: '2026-10-01',
            closesOn: '2026-10-30',
          },
          id,
        );
      if (stage === 'launched') await launchCampaign(ctx.deps, id);

      await runSchedules(ctx.deps);
      await runSchedules(ctx.deps);
      expect(
        campaigns(ctx).map((c) => [c.id, c.status]),
        stage,
      ).toEqual([[`killed-${stage}`, 'open']]);
      expect(count(ctx, 'SELECT count(*) AS n FROM invitations'), stage).toBe(6);
      const run = ctx.raw.prepare('SELECT launched_at, failed_at FROM schedule_runs').get() as any;
      expect(run.launched_at, stage).not.toBeNull();
      expect(run.failed_at, stage).toBeNull();
    }
  });

  it('records a launch that cannot happen, shows why, and does not try again', async () => {
    const { ctx } = await setup({ ...scheduleBody, audience: { kinds: ['employer'] } });
    ctx.clock.set('2026-10-01T15:00:00Z');
    expect((await runSchedules(ctx.deps)).failed).toBe(1);
    for (let i = 0; i < 3; i++)
      expect(await runSchedules(ctx.deps)).toEqual({ launched: 0, noticed: 0, failed: 0 });
    const [run] = await runs(ctx);
    expect(run).toMatchObject({ period: 'PY2026-Q2', state: 'failed', launchedAt: null });
    expect(run.failure).toMatch(/no contact matches the audience/);
    // The draft stays for staff to fix and launch; nobody was invited.
    expect(campaigns(ctx).map((c) => [c.id, c.status])).toEqual([[run.campaignId, 'draft']]);
    expect(count(ctx, 'SELECT count(*) AS n FROM invitations')).toBe(0);
  });

  it('tries a launch whose write keeps failing a few times, shows it meanwhile, then records why', async () => {
    const { ctx } = await setup();
    ctx.clock.set('2026-10-01T15:00:00Z');
    const atomic = ctx.deps.atomic;
    const broken = () => Promise.reject(new Error('database is locked'));
    ctx.deps.atomic = broken;
    for (let i = 1; i < maxAttempts; i++) await runSchedules(ctx.deps);
    // Signing in to read it writes a session, through the working database.
    ctx.deps.atomic = atomic;
    const [trying] = await runs(ctx);
    ctx.deps.atomic = broken;
    expect(trying).toMatchObject({
      state: 'launching',
      failure: 'Not launched yet: the launch could not be written.',
    });
    expect((await runSchedules(ctx.deps)).failed).toBe(1);
    ctx.deps.atomic = atomic;
    // Given up for good: the database answering again does not bring the quarter back.
    expect(await runSchedules(ctx.deps)).toEqual({ launched: 0, noticed: 0, failed: 0 });
    const [failed] = await runs(ctx);
    expect(failed).toMatchObject({ state: 'failed', launchedAt: null });
    expect(failed.failure).toBe(`Not launched after ${maxAttempts} tries: the launch could not be written.`);
    expect(count(ctx, 'SELECT count(*) AS n FROM invitations')).toBe(0);
  });

  it('launches a large audience in parts where statements are counted (D1), the cron finishing it', async () => {
    const { ctx, admin, partnershipId } = await setup();
    // Two requests: one would pass the body limit.
    for (const part of [0, 1]) {
      const more = await admin.post(
        `/api/partnerships/${partnershipId}/contacts`,
        workers(497, `many${part}-`),
      );
      expect(more.json.created, more.text).toHaveLength(497);
    }
    ctx.deps.statementBudget = 600;
    ctx.clock.set('2026-10-01T15:00:00Z');
    expect((await runSchedules(ctx.deps)).launched).toBe(1);
    const [campaign] = campaigns(ctx);
    const invited = () => count(ctx, 'SELECT count(*) AS n FROM invitations');
    // A scheduled launch takes a small part of a cron run's statements; the rest comes in later runs.
    expect(invited()).toBeGreaterThan(0);
    expect(invited()).toBeLessThan(1000);
    while ((await continuePendingLaunches(ctx.deps, 150)) > 0 && invited() < 1000);
    expect(invited()).toBe(1000);
    expect(count(ctx, 'SELECT count(DISTINCT contact_id) AS n FROM invitations')).toBe(1000);
    expect(count(ctx, "SELECT count(*) AS n FROM outbox WHERE purpose = 'invitation'")).toBe(1000);
    expect(campaigns(ctx)).toEqual([campaign]);
    await runSchedules(ctx.deps);
    expect(invited()).toBe(1000);
  });

  it('does not back-fill: switched on after a quarter opened, it starts with the next', async () => {
    const ctx = makeTestApp({ now: '2026-10-05T15:00:00Z' });
    const { schedule } = await withSchedule(ctx, { ...scheduleBody, firstQuarter: 'PY2026-Q2' });
    expect(schedule.startsWith).toBe('PY2026-Q3');
    await runUpkeep(ctx.deps);
    expect(campaigns(ctx)).toEqual([]);
    ctx.clock.set('2027-01-01T15:00:00Z');
    await runUpkeep(ctx.deps);
    expect(campaigns(ctx).map((c) => c.period)).toEqual(['PY2026-Q3']);
  });

  it('records a quarter missed while nothing ran, rather than launching a campaign already closed', async () => {
    const { ctx } = await setup({ ...scheduleBody, noticeDays: 0 });
    ctx.clock.set('2026-11-15T15:00:00Z');
    await runUpkeep(ctx.deps);
    expect(campaigns(ctx)).toEqual([]);
    const [run] = await runs(ctx);
    expect(run).toMatchObject({ period: 'PY2026-Q2', state: 'failed', campaignId: null });
    expect(run.failure).toContain('between 2026-10-01 and 2026-10-30');
  });

  it("sends the notice to the partnership's admins and analysts, not its viewers nor admins outside it", async () => {
    const { ctx, admin, partnershipId } = await setup();
    await staffClient(ctx, admin, 'analyst', [partnershipId]);
    await staffClient(ctx, admin, 'viewer', [partnershipId]);
    const memberAdmin = await admin.post('/api/users', {
      email: 'lead@board.example',
      name: 'Lead',
      password: 'correct horse battery',
      role: 'admin',
      partnershipIds: [partnershipId],
    });
    expect(memberAdmin.status, memberAdmin.text).toBe(201);
    ctx.clock.set('2026-09-29T15:00:00Z');
    await runSchedules(ctx.deps);
    await smtp.waitFor(2);
    await runSchedules(ctx.deps);
    expect(smtp.recipients.sort()).toEqual(['analyst-1@example.org', 'lead@board.example']);
    expect((await runs(ctx))[0]).toMatchObject({ state: 'noticed', noticeRecipients: 2 });
  });

  it('gives a notice back when nobody could be reached for now, and sends it on the next run', async () => {
    const { ctx } = await setup();
    // The provider says "try later" once (a 4xx, a dropped connection), then the real server takes it.
    const real = ctx.deps.mailer;
    let refusals = 1;
    ctx.deps.mailer = {
      send: (m) =>
        refusals-- > 0
          ? Promise.resolve({ ok: false, permanent: false, code: 'SMTP_451', message: 'try later' })
          : real.send(m),
    };
    ctx.clock.set('2026-09-29T15:00:00Z');
    expect((await runSchedules(ctx.deps)).noticed).toBe(0);
    expect(smtp.messages).toHaveLength(0);
    expect((await runSchedules(ctx.deps)).noticed).toBe(1);
    await smtp.waitFor(1);
    expect((await runSchedules(ctx.deps)).noticed).toBe(0);
    expect(smtp.recipients).toEqual(['admin@example.org']);
    expect((await runs(ctx))[0].noticeRecipients).toBe(1);
  });

  it('tells staff again when the opening day moves after the notice, and launches on the new day', async () => {
    const { ctx, partnershipId } = await setup();
    ctx.clock.set('2026-09-28T15:00:00Z');
    await runSchedules(ctx.deps);
    await smtp.waitFor(1);
    // A week later, by an admin signed in that day.
    const admin = new TestClient(ctx);
    await admin.post('/api/auth/login', { email: testAdmin.email, password: testAdmin.password });
    const moved = await admin.request('PUT', `/api/partnerships/${partnershipId}/schedules/worker-voice`, {
      ...scheduleBody,
      openDay: 8,
    });
    expect(moved.status, moved.text).toBe(200);
    await runSchedules(ctx.deps);
    ctx.clock.set('2026-10-01T15:00:00Z');
    await runSchedules(ctx.deps);
    expect(campaigns(ctx)).toEqual([]);
    expect(smtp.messages).toHaveLength(1);
    // Three days before the new day, the notice goes again, with it.
    ctx.clock.set('2026-10-05T15:00:00Z');
    await runSchedules(ctx.deps);
    await runSchedules(ctx.deps);
    await smtp.waitFor(2);
    expect(smtp.messages.map((m) => m.subject)).toEqual([
      'Worker voice — PY2026 Q2 launches Thursday, October 1, 2026',
      'Worker voice — PY2026 Q2 launches Thursday, October 8, 2026',
    ]);
    ctx.clock.set('2026-10-08T15:00:00Z');
    await runSchedules(ctx.deps);
    expect(campaigns(ctx).map((c) => [c.opens_on, c.closes_on])).toEqual([['2026-10-08', '2026-11-06']]);
    expect(smtp.messages).toHaveLength(2);
  });

  it('does nothing while paused', async () => {
    const { ctx, admin, partnershipId } = await setup();
    await admin.request('PUT', `/api/partnerships/${partnershipId}/schedules/worker-voice`, {
      ...scheduleBody,
      active: false,
    });
    for (const at of ['2026-09-29T15:00:00Z', '2026-10-01T15:00:00Z']) {
      ctx.clock.set(at);
      await runUpkeep(ctx.deps);
    }
    expect(campaigns(ctx)).toEqual([]);
    expect(smtp.messages).toHaveLength(0);
  });
});
