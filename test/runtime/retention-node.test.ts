/**
 * Contact retention on the real Node server (issue 17): `npm start`'s entry with its background
 * loop on, a partnership that turns a retention period on, and a contact added long ago and never
 * invited: the loop erases them on its own, logs the count, records the run in the audit trail as
 * the job's, and leaves a contact added today.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { waitForCount } from '../helpers/http-peer.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';

let server: RunningServer;
let admin: TestClient;
let pid: string;

const rows = (sql: string, ...params: unknown[]) => {
  const db = new Database(server.databasePath, { readonly: true, timeout: 5000 });
  try {
    return db.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  server = await startNodeServer({ DISPATCH_INTERVAL_SECONDS: '0.2' });
  admin = new TestClient((path, init) => fetch(server.base + path, init));
  await setUpAdmin(admin);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley',
    sector: 'Manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
  });
  expect(p.status, p.text).toBe(201);
  pid = p.json.partnership.id;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('the retention job in the Node loop', () => {
  it('erases a contact past the period once it is turned on, and only them', async () => {
    const added = await admin.post(`/api/partnerships/${pid}/contacts`, [
      { firstName: 'Olda', lastName: 'Longago', phone: '+13125550111', kind: 'worker' },
      { firstName: 'Nova', lastName: 'Today', phone: '+13125550112', kind: 'worker' },
    ]);
    expect(added.status, added.text).toBe(201);
    const [old, fresh] = added.json.created as { id: string }[];
    // Added in 2020, as a database in use for years holds them.
    const db = new Database(server.databasePath, { timeout: 5000 });
    try {
      db.prepare("UPDATE contacts SET created_at = '2020-01-01T12:00:00.000Z' WHERE id = ?").run(old!.id);
    } finally {
      db.close();
    }
    // Off by default (test/api/retention.test.ts shows the loop's upkeep then erases nothing).
    const due = await admin.get(`/api/partnerships/${pid}/retention?days=0`);
    expect(due.json).toMatchObject({ retentionDays: null, total: 0 });
    const on = await admin.patch(`/api/partnerships/${pid}`, { contactRetentionDays: 30 });
    expect(on.status, on.text).toBe(200);

    const erased = () =>
      rows('SELECT count(*) AS n FROM contacts WHERE erased_on IS NOT NULL')[0]!.n as number;
    await waitForCount(erased, 1, 'erased contacts', 30_000);
    expect(rows('SELECT id, first_name, phone FROM contacts WHERE erased_on IS NULL')).toEqual([
      { id: fresh!.id, first_name: 'Nova', phone: '+13125550112' },
    ]);
    expect(rows('SELECT first_name, last_name, phone FROM contacts WHERE id = ?', old!.id)).toEqual([
      { first_name: '', last_name: '', phone: null },
    ]);
    await waitForCount(() => (server.output().includes('contactsErased') ? 1 : 0), 1, 'upkeep log line');
    expect(server.output()).toMatch(/upkeep.*contactsErased.*1/);
    expect(server.output()).not.toContain('Longago');
    expect(
      rows("SELECT actor, partnership_id, detail FROM audit_log WHERE action = 'retention.run'"),
    ).toEqual([{ actor: 'system: retention', partnership_id: pid, detail: '{"erased":1}' }]);
    const list = await admin.get(`/api/partnerships/${pid}/contacts?limit=100`);
    expect(list.json.total).toBe(1);
  }, 60_000);
});
