/**
 * Campaign editing on the Worker build (workerd with a local D1): the reschedule of a launched
 * campaign's reminders is one D1 batch of INSERT ... SELECT and DELETE statements guarded on the edit,
 * so it is tried where D1 runs it; with duplicate, close now (its queued messages cancelled in the
 * batch that closes), the list's state and rate, and a refused field writing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkersHarness, type WorkersHarness } from '../scenario/workers.ts';
import type { HttpClient } from './client.ts';

let h: WorkersHarness;
let admin: HttpClient;
let partnershipId: string;

const dayMs = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const today = isoDay(Date.now());
const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;

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
  });
  expect(p.status, p.text).toBe(201);
  partnershipId = p.json.partnership.id;
  const people = await admin.post(
    `/api/partnerships/${partnershipId}/contacts`,
    [0, 1, 2, 3].map((i) => ({ firstName: `Nurse${i}`, email: `nurse${i}@care.example`, kind: 'worker' })),
  );
  expect(people.json.created, people.text).toHaveLength(4);
}, 240_000);

afterAll(async () => {
  await h?.stop();
}, 60_000);

const reminders = (campaignId: string) =>
  h.query<{ sequence: number; status: string; n: number; due: string }>(
    `SELECT sequence, status, count(*) AS n, min(due_at) AS due FROM outbox
     WHERE campaign_id = '${campaignId}' AND purpose = 'reminder' GROUP BY sequence, status ORDER BY sequence`,
  );

describe('campaign editing on the Worker', { timeout: 120_000 }, () => {
  it('reschedules a launched campaign’s queued reminders in one batch, and refuses what cannot change', async () => {
    const made = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
      name: `Worker voice ${quarter}`,
      templateId: 'worker-voice',
      period: quarter,
      opensOn: today,
      closesOn: isoDay(Date.now() + 30 * dayMs),
      channels: ['email'],
      reminderDays: [2, 6],
    });
    expect(made.status, made.text).toBe(201);
    const id = made.json.campaign.id as string;
    expect((await admin.post(`/api/campaigns/${id}/launch`)).json.invited).toBe(4);
    expect((await reminders(id)).map((r) => [r.sequence, r.status, r.n])).toEqual([
      [1, 'queued', 4],
      [2, 'queued', 4],
    ]);

    const moved = await admin.patch(`/api/campaigns/${id}`, {
      name: 'Worker voice, longer',
      reminderDays: [2, 9, 12],
      closesOn: isoDay(Date.now() + 40 * dayMs),
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.json.reminders).toEqual({ removed: 4, queued: 8 });
    const rows = await reminders(id);
    expect(rows.map((r) => [r.sequence, r.status, r.n])).toEqual([
      [1, 'queued', 4],
      [2, 'queued', 4],
      [3, 'queued', 4],
    ]);
    const launchedAt = Date.parse(moved.json.campaign.launchedAt);
    expect(rows.map((r) => Math.round((Date.parse(r.due) - launchedAt) / dayMs))).toEqual([2, 9, 12]);

    const before = await h.query('SELECT * FROM outbox ORDER BY id');
    const refused = await admin.patch(`/api/campaigns/${id}`, { reminderDays: [3], channels: ['sms'] });
    expect([refused.status, refused.json.error.code]).toEqual([409, 'CAMPAIGN_NOT_DRAFT']);
    expect(await h.query('SELECT * FROM outbox ORDER BY id')).toEqual(before);

    const copy = await admin.post(`/api/campaigns/${id}/duplicate`, {});
    expect(copy.status, copy.text).toBe(201);
    expect(copy.json.campaign).toMatchObject({
      status: 'draft',
      reminderDays: [2, 9, 12],
      channels: ['email'],
    });

    const closed = await admin.post(`/api/campaigns/${id}/close`);
    expect(closed.json.campaign.status).toBe('closed');
    expect((await reminders(id)).every((r) => r.status === 'skipped')).toBe(true);
    const list = (await admin.get(`/api/partnerships/${partnershipId}/campaigns`)).json.campaigns;
    expect(list.map((c: { state: string; invited: number }) => [c.state, c.invited]).sort()).toEqual([
      ['closed', 4],
      ['draft', 0],
    ]);
    expect((await admin.del(`/api/campaigns/${copy.json.campaign.id}`)).json).toEqual({ ok: true });
  });
});
