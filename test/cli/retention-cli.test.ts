/**
 * `npm run cli -- retention` against a SQLite file (issue 17): --dry-run counts per partnership and
 * changes nothing; without it, the expired contacts are erased, the run is in the audit trail as the
 * command line's, and a contact in an open campaign, or of a partnership without retention, stays.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { nodeDeps } from '../../server/runtime/deps.ts';
import { storedSecret } from '../../server/runtime/link-secret.ts';
import { runCli } from '../helpers/cli.ts';
import { allDayPartnership } from '../helpers/seed.ts';

let dir: string;
let dbPath: string;
let pid: string;
let otherPid: string;
const ids: Record<string, string> = {};

const env = () => ({ DATABASE_PATH: dbPath, PUBLIC_URL: 'https://survey.example.org' });
const cli = (args: string[]) => runCli(args, env());
function sqlite<T>(use: (db: Database.Database) => T, readonly = true): T {
  const db = new Database(dbPath, { readonly });
  try {
    return use(db);
  } finally {
    db.close();
  }
}
const rows = (sql: string, ...params: unknown[]) =>
  sqlite((db) => db.prepare(sql).all(...params) as Record<string, unknown>[]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sv-retention-cli-'));
  dbPath = join(dir, 'survey.db');
  const deps = nodeDeps(readConfig(env(), storedSecret), undefined, {});
  deps.log = { info() {}, error() {} };
  try {
    const { client, partnershipId } = await allDayPartnership(createApp(() => deps));
    pid = partnershipId;
    const added = await client.post(`/api/partnerships/${pid}/contacts`, [
      { firstName: 'Ana', lastName: 'Quokkason', phone: '+13125550101', smsConsent: true, kind: 'worker' },
      { firstName: 'Ben', lastName: 'Baker', email: 'ben.baker@work.example', kind: 'worker' },
      {
        firstName: 'Cy',
        lastName: 'Chen',
        phone: '+13125550103',
        kind: 'worker',
        attributes: { shift: 'night' },
      },
    ]);
    for (const c of added.json.created) ids[c.firstName] = c.id;
    const today = new Date().toISOString().slice(0, 10);
    const past = await client.post(`/api/partnerships/${pid}/campaigns`, {
      name: 'Last year',
      templateId: 'worker-voice',
      period: '2026-Q4',
      opensOn: today,
      closesOn: '2999-12-31',
    });
    await client.post(`/api/campaigns/${past.json.campaign.id}/launch`);
    const open = await client.post(`/api/partnerships/${pid}/campaigns`, {
      name: 'Night shift',
      templateId: 'worker-voice',
      period: '2026-Q4',
      opensOn: today,
      closesOn: '2999-12-31',
      audience: { attributes: { shift: ['night'] } },
    });
    await client.post(`/api/campaigns/${open.json.campaign.id}/launch`);
    expect((await client.patch(`/api/partnerships/${pid}`, { contactRetentionDays: 30 })).status).toBe(200);
    const other = await client.post('/api/partnerships', {
      name: 'Elsewhere',
      sector: 'Care',
      region: 'South',
      timeZone: 'UTC',
    });
    otherPid = other.json.partnership.id;
    const dee = await client.post(`/api/partnerships/${otherPid}/contacts`, {
      firstName: 'Dee',
      phone: '+13125550104',
      kind: 'worker',
    });
    ids.Dee = dee.json.created[0].id;
    // Long ago: everyone was added in 2020, and the first campaign closed then.
    deps.sqlite.raw.prepare("UPDATE contacts SET created_at = '2020-01-01T12:00:00.000Z'").run();
    deps.sqlite.raw
      .prepare(
        "UPDATE campaigns SET closes_on = '2020-01-31', opens_on = '2020-01-01', status = 'closed' WHERE id = ?",
      )
      .run(past.json.campaign.id);
  } finally {
    await deps.sqlite.close();
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cli -- retention', () => {
  it('counts per partnership with --dry-run and changes nothing', async () => {
    const before = rows('SELECT * FROM contacts ORDER BY id');
    const res = await cli(['retention', '--dry-run']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain(`River Valley (${pid}, 30 days): would erase 2 contact(s).`);
    expect(res.stdout).not.toContain('Elsewhere');
    expect(res.stdout).toContain('Nothing was changed.');
    expect(rows('SELECT * FROM contacts ORDER BY id')).toEqual(before);
    expect(rows("SELECT count(*) AS n FROM audit_log WHERE action = 'retention.run'")).toEqual([{ n: 0 }]);
  }, 30_000);

  it('says so for a partnership without a retention period', async () => {
    const res = await cli(['retention', '--partnership', otherPid]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('keeps contact details until they are erased');
  }, 30_000);

  it('erases the expired contacts, keeps the rest and the counts, and records the run as the CLI', async () => {
    const invitations = rows(
      'SELECT campaign_id, completed, count(*) AS n FROM invitations GROUP BY 1, 2 ORDER BY 1, 2',
    );
    const res = await cli(['retention']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain(`River Valley (${pid}, 30 days): erased 2 contact(s).`);
    const state = Object.fromEntries(
      rows('SELECT id, first_name, phone, email, erased_on IS NOT NULL AS erased FROM contacts').map((r) => [
        r.id,
        r,
      ]),
    );
    expect(state[ids.Ana!]).toMatchObject({ first_name: '', phone: null, erased: 1 });
    expect(state[ids.Ben!]).toMatchObject({ first_name: '', email: null, erased: 1 });
    expect(state[ids.Cy!]).toMatchObject({ first_name: 'Cy', phone: '+13125550103', erased: 0 });
    expect(state[ids.Dee!]).toMatchObject({ first_name: 'Dee', erased: 0 });
    expect(
      rows('SELECT campaign_id, completed, count(*) AS n FROM invitations GROUP BY 1, 2 ORDER BY 1, 2'),
    ).toEqual(invitations);
    expect(
      rows("SELECT actor, actor_id, partnership_id, detail FROM audit_log WHERE action = 'retention.run'"),
    ).toEqual([{ actor: 'cli', actor_id: null, partnership_id: pid, detail: '{"erased":2}' }]);
    const again = await cli(['retention']);
    expect(again.stdout).toContain(`River Valley (${pid}, 30 days): erased 0 contact(s).`);
    expect(rows("SELECT count(*) AS n FROM audit_log WHERE action = 'retention.run'")).toEqual([{ n: 1 }]);
  }, 30_000);

  it('is listed in the help', async () => {
    const res = await cli(['retention', '--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Usage: npm run cli -- retention [--dry-run] [--partnership <id>]');
    expect(res.stdout).toMatch(/Off by default/);
  }, 30_000);
});
