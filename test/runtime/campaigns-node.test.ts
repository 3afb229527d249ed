/**
 * Campaign editing through `npm start`'s server, over a real socket and a SQLite file: a draft changed
 * and duplicated, a launched one's reminders rescheduled (read back from the database file), a refused
 * field with nothing written, close now, the list's state and rate, and a draft deleted.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';

let server: RunningServer;
let admin: TestClient;
let pid: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const quarterOf = (d: string) => `${d.slice(0, 4)}-Q${Math.ceil(Number(d.slice(5, 7)) / 3)}`;

beforeAll(async () => {
  server = await startNodeServer();
  admin = new TestClient((path, init) => fetch(server.base + path, init));
  await setUpAdmin(admin);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'UTC',
    reviewYear: 'calendar',
  });
  pid = p.json.partnership.id;
  const people = Array.from({ length: 6 }, (_, i) => ({
    firstName: `P${i}`,
    email: `p${i}@work.example`,
    kind: 'worker',
  }));
  expect((await admin.post(`/api/partnerships/${pid}/contacts`, people)).status).toBe(201);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

function reminders(campaignId: string) {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT sequence, status, count(*) AS n, min(due_at) AS due FROM outbox WHERE campaign_id = ? AND purpose = 'reminder' GROUP BY sequence, status ORDER BY sequence",
      )
      .all(campaignId) as { sequence: number; status: string; n: number; due: string }[];
  } finally {
    db.close();
  }
}

describe('campaigns through npm start', () => {
  it('edits, duplicates, launches, reschedules, closes, lists and deletes', async () => {
    const today = day(0);
    const made = await admin.post(`/api/partnerships/${pid}/campaigns`, {
      name: `Worker voice ${quarterOf(today)}`,
      templateId: 'worker-voice',
      period: quarterOf(today),
      opensOn: today,
      closesOn: day(30),
      reminderDays: [3],
    });
    expect(made.status, made.text).toBe(201);
    const id = made.json.campaign.id;
    const edited = await admin.patch(`/api/campaigns/${id}`, { reminderDays: [2, 6], channels: ['email'] });
    expect(edited.json.campaign).toMatchObject({ reminderDays: [2, 6], channels: ['email'] });

    const copy = await admin.post(`/api/campaigns/${id}/duplicate`, {});
    expect(copy.status, copy.text).toBe(201);
    expect(copy.json.campaign).toMatchObject({ status: 'draft', reminderDays: [2, 6], channels: ['email'] });
    expect(copy.json.campaign.period).not.toBe(quarterOf(today));

    expect((await admin.post(`/api/campaigns/${id}/launch`)).json.invited).toBe(6);
    expect(reminders(id).map((r) => [r.sequence, r.status, r.n])).toEqual([
      [1, 'queued', 6],
      [2, 'queued', 6],
    ]);
    const moved = await admin.patch(`/api/campaigns/${id}`, { reminderDays: [2, 9], closesOn: day(20) });
    expect(moved.json.reminders).toEqual({ removed: 6, queued: 6 });
    const rows = reminders(id);
    expect(rows.map((r) => [r.sequence, r.status, r.n])).toEqual([
      [1, 'queued', 6],
      [2, 'queued', 6],
    ]);
    const launchedAt = Date.parse(moved.json.campaign.launchedAt);
    expect(Math.round((Date.parse(rows[1]!.due) - launchedAt) / 86_400_000)).toBe(9);

    const refused = await admin.patch(`/api/campaigns/${id}`, {
      name: 'x',
      audience: { kinds: ['employer'] },
    });
    expect([refused.status, refused.json.error.code]).toEqual([409, 'CAMPAIGN_NOT_DRAFT']);
    expect((await admin.get(`/api/campaigns/${id}`)).json.campaign.name).toBe(
      `Worker voice ${quarterOf(today)}`,
    );

    const closed = await admin.post(`/api/campaigns/${id}/close`);
    expect(closed.json.campaign.status).toBe('closed');
    expect(reminders(id).map((r) => [r.sequence, r.status, r.n])).toEqual([
      [1, 'skipped', 6],
      [2, 'skipped', 6],
    ]);
    const list = (await admin.get(`/api/partnerships/${pid}/campaigns`)).json.campaigns;
    expect(list.find((c: { id: string }) => c.id === id)).toMatchObject({
      state: 'closed',
      invited: 6,
      completed: 0,
      responseRate: 0,
    });
    expect(list.find((c: { id: string }) => c.id === copy.json.campaign.id)).toMatchObject({
      state: 'draft',
      responseRate: null,
    });

    expect((await admin.del(`/api/campaigns/${id}`)).status).toBe(409);
    expect((await admin.del(`/api/campaigns/${copy.json.campaign.id}`)).json).toEqual({ ok: true });
    expect((await admin.get(`/api/partnerships/${pid}/campaigns`)).json.campaigns).toHaveLength(1);
  }, 60_000);
});
