/**
 * Repeat every quarter on the Worker build: workerd with a local D1, the Cron Trigger run through
 * `--test-scheduled`, email through SES over fetch to the SES peer. workerd runs on the real clock, so
 * the schedules are set around today: one opening today, which the cron creates and launches (its
 * invitations going out on the next run), and one opening in a few days, whose notice the cron sends
 * to staff. Runs again change nothing. One `wrangler dev` for the file, steps in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkersHarness, type WorkersHarness } from '../scenario/workers.ts';
import type { HttpClient } from './client.ts';

let h: WorkersHarness;
let admin: HttpClient;
let partnershipId: string;

const dayMs = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
/** A UTC day's calendar quarter and its day in it (1 = the quarter's first day). */
function inQuarter(day: string) {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1];
  const first = Date.UTC(y, m - (m % 3), 1);
  return {
    quarter: `${y}-Q${Math.floor(m / 3) + 1}`,
    day: Math.round((Date.parse(`${day}T00:00:00Z`) - first) / dayMs) + 1,
  };
}

const today = isoDay(Date.now());
const launch = inQuarter(today);
// The notice schedule opens on the first day from two days on that a schedule can name (day 88 at most).
const ahead = [2, 3, 4, 5, 6, 7, 8].find((k) => inQuarter(isoDay(Date.now() + k * dayMs)).day <= 88)!;
const notice = {
  ...inQuarter(isoDay(Date.now() + ahead * dayMs)),
  opensOn: isoDay(Date.now() + ahead * dayMs),
};

beforeAll(async () => {
  h = await startWorkersHarness();
  admin = h.client();
  const setup = await admin.post('/api/setup', {
    email: 'admin@example.org',
    name: 'Ada Admin',
    password: 'correct horse battery',
  });
  expect(setup.status, setup.text).toBe(201);
  const p = await admin.post('/api/partnerships', {
    name: 'Lakeshore Health Careers',
    sector: 'Healthcare',
    region: 'Lakeshore',
    timeZone: 'UTC',
    reviewYear: 'calendar',
    smsHours: { start: '00:00', end: '24:00' },
  });
  expect(p.status, p.text).toBe(201);
  partnershipId = p.json.partnership.id;
  const people = await admin.post(`/api/partnerships/${partnershipId}/contacts`, [
    ...[0, 1, 2].map((i) => ({ firstName: `Nurse${i}`, email: `nurse${i}@care.example`, kind: 'worker' })),
    { firstName: 'Hiring', email: 'hr@clinic.example', kind: 'employer' },
  ]);
  expect(people.json.created, people.text).toHaveLength(4);
}, 240_000);

afterAll(async () => {
  await h?.stop();
}, 60_000);

/** One Cron Trigger run: `scheduled` ends before /__scheduled answers, so what it wrote is in D1. */
async function cron() {
  const res = await fetch(`${h.worker.dev.url}/__scheduled?cron=${encodeURIComponent('* * * * *')}`);
  expect(res.status, await res.text()).toBe(200);
  expect(h.worker.dev.output()).not.toMatch(/dispatch failed|schedule run failed/);
}

const campaigns = () =>
  h.query<{ id: string; name: string; period: string; status: string; opens_on: string }>(
    'SELECT id, name, period, status, opens_on FROM campaigns ORDER BY name',
  );

describe('quarterly schedules on the Worker, through the Cron Trigger', { timeout: 120_000 }, () => {
  it('sets a schedule opening today and one opening in a few days', async () => {
    const path = (t: string) => `/api/partnerships/${partnershipId}/schedules/${t}`;
    const now = await admin.request('PUT', path('worker-voice'), {
      name: 'Nurse voice',
      audience: { kinds: ['worker'] },
      channels: ['email'],
      openDay: Math.min(launch.day, 88),
      openDays: 3,
      noticeDays: 0,
    });
    expect(now.status, now.text).toBe(201);
    if (launch.day > 88) {
      // The last days of a long quarter cannot be a schedule's opening day through the API (it would
      // spill into the next quarter in a short one); the runner itself takes any day, so set it here.
      await h.query(
        `UPDATE campaign_schedules SET open_day = ${launch.day}, starts_with = '${launch.quarter}' WHERE template_id = 'worker-voice'`,
      );
    } else {
      expect(now.json.schedule.upcoming[0]).toMatchObject({ period: launch.quarter, opensOn: today });
    }
    const soon = await admin.request('PUT', path('employer-satisfaction'), {
      name: 'Employer check-in',
      audience: { kinds: ['employer'] },
      channels: ['email'],
      openDay: notice.day,
      openDays: 3,
      noticeDays: ahead,
      firstQuarter: notice.quarter,
    });
    expect(soon.status, soon.text).toBe(201);
    expect(soon.json.schedule.upcoming[0]).toMatchObject({ opensOn: notice.opensOn, noticeOn: today });
  });

  it("creates and launches today's quarter and sends the other's notice, in one cron run", async () => {
    await cron();
    const [made] = await campaigns();
    expect(made).toMatchObject({
      name: `Nurse voice — ${launch.quarter.replace('-', ' ')}`,
      period: launch.quarter,
      status: 'open',
      opens_on: today,
    });
    const [counts] = await h.query(
      `SELECT (SELECT count(*) FROM invitations WHERE campaign_id = '${made!.id}') AS invitations,
              (SELECT count(*) FROM outbox WHERE campaign_id = '${made!.id}') AS messages`,
    );
    expect(counts).toEqual({ invitations: 3, messages: 3 });
    const [mail] = await h.ses.waitFor(1);
    expect(mail!.to).toEqual(['admin@example.org']);
    expect(mail!.subject).toMatch(/^Employer check-in — \d{4} Q[1-4] launches /);
    expect(mail!.text).toContain('it will invite 1 person (1 person by email)');
    expect(mail!.text).not.toContain('hr@clinic.example');
  });

  it('sends the invitations on the next run, and never creates, launches or notices twice', async () => {
    await cron();
    await h.ses.waitFor(4);
    await cron();
    expect(await campaigns()).toHaveLength(1);
    const invitations = h.ses.messages.filter((m) => m.to[0]!.startsWith('nurse'));
    expect(invitations).toHaveLength(3);
    expect(h.ses.messages.filter((m) => m.to[0] === 'admin@example.org')).toHaveLength(1);
    const runs = await h.query<{ period: string; launched: number; noticed: number }>(
      `SELECT period, launched_at IS NOT NULL AS launched, notice_sent_at IS NOT NULL AS noticed FROM schedule_runs ORDER BY opens_on`,
    );
    expect(runs).toEqual([
      { period: launch.quarter, launched: 1, noticed: 0 },
      { period: notice.quarter, launched: 0, noticed: 1 },
    ]);
    const listed = await admin.get(`/api/partnerships/${partnershipId}/campaigns`);
    expect(listed.json.campaigns.map((c: { status: string }) => c.status)).toEqual(['open']);
  });
});
