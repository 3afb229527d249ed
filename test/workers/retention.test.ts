/**
 * Contact retention on the Worker build (issue 17): workerd with a local D1, the Cron Trigger run
 * through `--test-scheduled`. A partnership turns a retention period on; a contact added long ago and
 * never invited is erased by the cron (one D1 batch, the same statements as an erasure on request),
 * the run is in the audit trail as the job's, and the workers invited to the campaign still open stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForCount } from '../helpers/http-peer.ts';
import { seedWorker, type WorkerSeed } from './seed.ts';
import { queryD1, startLocalWorker, type LocalWorker } from './wrangler.ts';

let worker: LocalWorker;
let output = '';
let seed: WorkerSeed;

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-retention-', {
    testScheduled: true,
    onOutput: (text) => void (output += text),
  });
  seed = await seedWorker(worker.dev.url, 4);
}, 240_000);

afterAll(() => worker?.stop(), 60_000);

const query = <T = Record<string, unknown>>(sql: string) => queryD1<T>(worker.persistTo, sql);

/** The upkeep lines the cron logs (`upkeep { cron: '* * * * *', contactsErased: 1 }`). */
const upkeepLines = () =>
  [...output.matchAll(/\bupkeep \{([^}]*)\}/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/(\w+): (\d+)/g)].map(([, name, value]) => [name!, Number(value)])),
  );

describe('the retention job on the Worker cron', { timeout: 120_000 }, () => {
  it('erases a contact past the period and keeps those invited to the open campaign', async () => {
    const added = await seed.admin.post(`/api/partnerships/${seed.partnershipId}/contacts`, {
      firstName: 'Olda',
      lastName: 'Longago',
      phone: '+13125550777',
      kind: 'worker',
      attributes: { occupation: 'Numbatwelder' },
    });
    expect(added.status, added.text).toBe(201);
    const oldId = added.json.created[0].id as string;
    await query(`UPDATE contacts SET created_at = '2020-01-01T12:00:00.000Z' WHERE id = '${oldId}'`);
    // The seeded workers too were added long ago, but they are invited to a campaign still open.
    await query(`UPDATE contacts SET created_at = '2020-01-01T12:00:00.000Z'`);
    const on = await seed.admin.patch(`/api/partnerships/${seed.partnershipId}`, {
      contactRetentionDays: 30,
    });
    expect(on.status, on.text).toBe(200);
    const due = await seed.admin.get(`/api/partnerships/${seed.partnershipId}/retention?days=0`);
    expect(due.json).toMatchObject({
      retentionDays: 30,
      total: 1,
      contacts: [{ id: oldId, firstName: 'Olda' }],
    });

    const res = await fetch(`${worker.dev.url}/__scheduled?cron=${encodeURIComponent('* * * * *')}`);
    expect(res.status, await res.text()).toBe(200);
    await waitForCount(
      () => upkeepLines().filter((l) => l.contactsErased).length,
      1,
      'upkeep lines with erased contacts',
      30_000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}:\n${worker.dev.output().slice(-4_000)}`);
    });
    expect(upkeepLines().find((l) => l.contactsErased)).toMatchObject({ contactsErased: 1 });

    const rows = await query<{
      id: string;
      first_name: string;
      phone: string | null;
      attributes: string;
      erased: number;
    }>('SELECT id, first_name, phone, attributes, erased_on IS NOT NULL AS erased FROM contacts ORDER BY id');
    expect(rows.find((r) => r.id === oldId)).toEqual({
      id: oldId,
      first_name: '',
      phone: null,
      attributes: '{}',
      erased: 1,
    });
    const kept = rows.filter((r) => r.id !== oldId);
    expect(kept.map((r) => r.id).sort()).toEqual([...seed.contactIds].sort());
    expect(kept.every((r) => r.erased === 0 && r.phone !== null)).toBe(true);
    const audit = await query<{ actor: string; partnership_id: string; detail: string }>(
      "SELECT actor, partnership_id, detail FROM audit_log WHERE action = 'retention.run'",
    );
    expect(audit).toEqual([
      { actor: 'system: retention', partnership_id: seed.partnershipId, detail: '{"erased":1}' },
    ]);
    const after = await seed.admin
      .get(`/api/partnerships/${seed.partnershipId}/retention?days=0`)
      .catch((err: Error) => {
        throw new Error(`${err.message}:\n${worker.dev.output().slice(-6_000)}`);
      });
    expect(after.json.total).toBe(0);
  });
});
