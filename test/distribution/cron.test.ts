/**
 * One Cron Trigger run of the dispatcher (server/distribution/cron.ts): it stops claiming once it has
 * handled its budget of messages, so a run stays inside a Worker invocation's D1 query limit, and
 * what it left is sent by the next runs, none twice.
 */
import { describe, expect, it } from 'vitest';
import type { EmailMessage } from '../../server/deps.ts';
import { dispatchScheduled } from '../../server/distribution/cron.ts';
import { makeTestApp } from '../helpers/app.ts';
import { allDayPartnership } from '../helpers/seed.ts';

describe('dispatchScheduled', () => {
  it('handles about its budget of messages per run, and later runs send the rest exactly once', async () => {
    const ctx = makeTestApp();
    const sent: string[] = [];
    ctx.deps.mailer = {
      send: async (m: EmailMessage) => (sent.push(m.to), { ok: true, providerId: `id-${sent.length}` }),
    };
    const { client, partnershipId } = await allDayPartnership(ctx.app);
    const people = Array.from({ length: 60 }, (_, i) => ({
      firstName: `P${i}`,
      email: `p${i}@work.example`,
      kind: 'worker',
    }));
    expect((await client.post(`/api/partnerships/${partnershipId}/contacts`, people)).status).toBe(201);
    const camp = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
      name: 'C',
      templateId: 'worker-voice',
      period: 'PY2026-Q1',
      opensOn: '2026-08-01',
      closesOn: '2026-09-30',
    });
    await client.post(`/api/campaigns/${camp.json.campaign.id}/launch`);

    const budget = { maxMessages: 10, maxMs: 600_000, batchSize: 5 };
    const first = await dispatchScheduled(ctx.deps, budget);
    // It stops claiming at 10; a batch already claimed is finished, never abandoned.
    expect(first.sent).toBeGreaterThanOrEqual(10);
    expect(first.sent).toBeLessThanOrEqual(15);
    let runs = 1;
    while (sent.length < 60 && runs < 20) {
      await dispatchScheduled(ctx.deps, budget);
      runs++;
    }
    expect(runs).toBeGreaterThanOrEqual(4);
    expect(new Set(sent).size).toBe(60);
    expect(sent).toHaveLength(60);
  });
});
