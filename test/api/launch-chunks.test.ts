/**
 * Launches larger than one request's statement budget (D1: 1,000 queries per Worker invocation),
 * written in chunks on real SQLite through the same code the Worker runs: each chunk atomic, resumed
 * by launching again or by the cron, never inviting anyone twice, and a lost race still writes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { continuePendingLaunches } from '../../server/distribution/launch.ts';
import { makeTestApp, type TestClient, type TestContext } from '../helpers/app.ts';
import { allDayPartnership } from '../helpers/seed.ts';

const people = 500;
let ctx: TestContext;
let client: TestClient;
let partnershipId: string;

beforeEach(async () => {
  ctx = makeTestApp();
  ({ client, partnershipId } = await allDayPartnership(ctx.app));
  const contacts = Array.from({ length: people }, (_, i) => ({
    firstName: `P${i}`,
    kind: 'worker',
    ...(i % 2
      ? { phone: `+1312555${String(i).padStart(4, '0')}`, smsConsent: true }
      : { email: `p${i}@work.example` }),
  }));
  const res = await client.post(`/api/partnerships/${partnershipId}/contacts`, contacts);
  expect(res.json.created, res.text).toHaveLength(people);
  // 192 contacts per chunk, each with an invitation and two reminders: 12 + 48 statements.
  ctx.deps.statementBudget = 70;
});

async function draft() {
  const camp = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Big launch',
    templateId: 'worker-voice',
    period: 'PY2026-Q1',
    opensOn: '2026-08-01',
    closesOn: '2026-09-30',
    reminderDays: [3, 7],
  });
  expect(camp.status, camp.text).toBe(201);
  return camp.json.campaign.id as string;
}

const count = (sql: string, ...args: unknown[]) => (ctx.raw.prepare(sql).get(...args) as { n: number }).n;

/** Every invitation has its three messages, and nobody is invited twice. */
function expectWhole(campaignId: string, invited: number) {
  expect(count('SELECT count(*) AS n FROM invitations WHERE campaign_id = ?', campaignId)).toBe(invited);
  expect(
    count('SELECT count(DISTINCT contact_id) AS n FROM invitations WHERE campaign_id = ?', campaignId),
  ).toBe(invited);
  expect(count('SELECT count(*) AS n FROM outbox WHERE campaign_id = ?', campaignId)).toBe(invited * 3);
  expect(
    count(
      'SELECT count(*) AS n FROM outbox o WHERE campaign_id = ? AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.id = o.invitation_id)',
      campaignId,
    ),
  ).toBe(0);
}

describe('a launch larger than the statement budget', () => {
  it('writes a chunk per request and reports progress until everyone is invited', async () => {
    const id = await draft();
    const first = await client.post(`/api/campaigns/${id}/launch`);
    expect(first.status, first.text).toBe(200);
    expect(first.json).toEqual({
      invited: 192,
      queued: 192,
      launch: { done: 192, total: people, finished: false },
    });
    expectWhole(id, 192);
    expect((await client.get(`/api/campaigns/${id}`)).json.campaign.status).toBe('open');
    // The progress the dashboard polls shows how far the launch has come.
    expect((await client.get(`/api/campaigns/${id}/progress`)).json.progress.launch).toEqual({
      done: 192,
      total: people,
      finished: false,
    });

    expect((await client.post(`/api/campaigns/${id}/launch`)).json.launch).toEqual({
      done: 384,
      total: people,
      finished: false,
    });
    const last = await client.post(`/api/campaigns/${id}/launch`);
    expect(last.json).toEqual({
      invited: people,
      queued: people,
      launch: { done: people, total: people, finished: true },
    });
    expectWhole(id, people);
    // Finished: launching again is refused like any launched campaign.
    const again = await client.post(`/api/campaigns/${id}/launch`);
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('CAMPAIGN_NOT_DRAFT');
  });

  it('invites the audience as it was when the launch began, not people added while it runs', async () => {
    const id = await draft();
    await client.post(`/api/campaigns/${id}/launch`);
    ctx.clock.advance(60_000);
    const added = await client.post(`/api/partnerships/${partnershipId}/contacts`, [
      { firstName: 'Late', email: 'late@work.example', kind: 'worker' },
    ]);
    expect(added.status, added.text).toBe(201);
    while (!(await client.post(`/api/campaigns/${id}/launch`)).json.launch?.finished);
    expectWhole(id, people);
    expect(
      count(
        "SELECT count(*) AS n FROM invitations i JOIN contacts c ON c.id = i.contact_id WHERE c.email = 'late@work.example'",
      ),
    ).toBe(0);
  });

  it('is finished by the cron when nobody launches again', async () => {
    const id = await draft();
    await client.post(`/api/campaigns/${id}/launch`);
    expect(await continuePendingLaunches(ctx.deps, 1000)).toBe(1);
    expectWhole(id, people);
    expect(count('SELECT finished AS n FROM campaign_launches WHERE campaign_id = ?', id)).toBe(1);
    expect(await continuePendingLaunches(ctx.deps, 1000)).toBe(0);
  });

  it('resumes after a chunk that failed, with nothing of that chunk written', async () => {
    const id = await draft();
    const atomic = ctx.deps.atomic;
    let calls = 0;
    // The start and the first chunk go through; the second chunk's write dies.
    ctx.deps.atomic = async (statements) => {
      if (++calls === 3) throw new Error('D1_ERROR: network connection lost');
      return atomic(statements);
    };
    ctx.deps.statementBudget = 130; // two chunks a request, but less than the whole launch (158)
    const first = await client.post(`/api/campaigns/${id}/launch`);
    expect(first.json.launch).toEqual({ done: 192, total: people, finished: false });
    expectWhole(id, 192);
    expect(ctx.errors.some((e) => e.includes('launch chunk not written'))).toBe(true);
    expect((await client.post(`/api/campaigns/${id}/launch`)).json.launch).toEqual({
      done: people,
      total: people,
      finished: true,
    });
    expectWhole(id, people);
  });

  it('never invites anyone twice when two requests resume at once', async () => {
    const id = await draft();
    await client.post(`/api/campaigns/${id}/launch`);
    const raced = await Promise.all([1, 2, 3].map(() => client.post(`/api/campaigns/${id}/launch`)));
    for (const r of raced) expect(r.status, r.text).toBe(200);
    while (!(await client.post(`/api/campaigns/${id}/launch`)).json.launch?.finished);
    expectWhole(id, people);
  });

  it('writes nothing for a launch that lost the race to start', async () => {
    const id = await draft();
    const atomic = ctx.deps.atomic;
    // Another launch opens the campaign between this one's read and its write.
    ctx.deps.atomic = async (statements) => {
      ctx.raw
        .prepare(
          `UPDATE campaigns SET status = 'open', launched_at = '2026-08-15T14:59:00.000Z' WHERE id = ?`,
        )
        .run(id);
      return atomic(statements);
    };
    const lost = await client.post(`/api/campaigns/${id}/launch`);
    expect(lost.status).toBe(409);
    expect(count('SELECT count(*) AS n FROM campaign_launches')).toBe(0);
    expectWhole(id, 0);
  });

  it('starts once when two launches race, and the other resumes or is refused', async () => {
    const id = await draft();
    const raced = await Promise.all([1, 2].map(() => client.post(`/api/campaigns/${id}/launch`)));
    expect(raced.map((r) => r.status)).toContain(200);
    for (const r of raced) expect([200, 409]).toContain(r.status);
    expect(count('SELECT count(*) AS n FROM campaign_launches')).toBe(1);
    expectWhole(id, count('SELECT done AS n FROM campaign_launches'));
  });

  it('stays one atomic write when it fits the budget, as on SQLite', async () => {
    ctx.deps.statementBudget = 1000;
    const id = await draft();
    expect((await client.post(`/api/campaigns/${id}/launch`)).json).toEqual({
      invited: people,
      queued: people,
    });
    expect(count('SELECT count(*) AS n FROM campaign_launches')).toBe(0);
    expectWhole(id, people);
  });
});
