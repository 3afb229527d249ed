/**
 * Close now while a launch written in chunks (as on D1) is still under way: the close ends the launch
 * in the same write, so neither the cron nor launching again invites anyone more or queues a message
 * for a closed campaign.
 */
import { expect, it } from 'vitest';
import { continuePendingLaunches } from '../../server/distribution/launch.ts';
import { makeTestApp } from '../helpers/app.ts';
import { allDayPartnership } from '../helpers/seed.ts';

it('ends a chunked launch under way when its campaign is closed', async () => {
  const ctx = makeTestApp();
  const { client, partnershipId } = await allDayPartnership(ctx.app);
  const contacts = Array.from({ length: 500 }, (_, i) => ({
    firstName: `P${i}`,
    kind: 'worker',
    email: `p${i}@work.example`,
  }));
  expect((await client.post(`/api/partnerships/${partnershipId}/contacts`, contacts)).status).toBe(201);
  ctx.deps.statementBudget = 70;
  const camp = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Big launch',
    templateId: 'worker-voice',
    period: 'PY2026-Q1',
    opensOn: '2026-08-01',
    closesOn: '2026-09-30',
    reminderDays: [3, 7],
  });
  const id = camp.json.campaign.id as string;
  const first = await client.post(`/api/campaigns/${id}/launch`);
  expect(first.json.launch.finished).toBe(false);
  const count = (table: string) =>
    (ctx.raw.prepare(`SELECT count(*) AS n FROM ${table} WHERE campaign_id = ?`).get(id) as { n: number }).n;
  const invited = count('invitations');
  expect(invited).toBeGreaterThan(0);
  expect(invited).toBeLessThan(500);

  expect((await client.post(`/api/campaigns/${id}/close`)).status).toBe(200);
  const outbox = count('outbox');
  await continuePendingLaunches(ctx.deps, 1000);
  const again = await client.post(`/api/campaigns/${id}/launch`);
  expect([again.status, again.json.error.code]).toEqual([409, 'CAMPAIGN_NOT_DRAFT']);
  expect([count('invitations'), count('outbox')]).toEqual([invited, outbox]);
  const queued = ctx.raw.prepare("SELECT count(*) AS n FROM outbox WHERE status = 'queued'").get() as {
    n: number;
  };
  expect(queued.n).toBe(0);
});
