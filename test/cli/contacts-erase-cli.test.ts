/** `npm run cli -- contacts erase` as a script runs it for an erasure request, against a SQLite file. */
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

const cli = (args: string[]) => runCli(args, { DATABASE_PATH: dbPath, PUBLIC_URL: 'https://survey.example.org' });
const rows = (sql: string, ...params: unknown[]) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sv-erase-cli-'));
  dbPath = join(dir, 'survey.db');
  const deps = nodeDeps(readConfig({ DATABASE_PATH: dbPath, PUBLIC_URL: 'https://survey.example.org' }, storedSecret), undefined, {});
  deps.log = { info() {}, error() {} };
  try {
    const { client, partnershipId } = await allDayPartnership(createApp(() => deps));
    pid = partnershipId;
    const added = await client.post(`/api/partnerships/${pid}/contacts`, [
      { firstName: 'Ana', lastName: 'Quokkason', phone: '+13125550101', smsConsent: true, kind: 'worker' },
      { firstName: 'Ben', lastName: 'Baker', email: 'Ben.Baker@work.example', kind: 'worker' },
      { firstName: 'Cy', lastName: 'Chen', phone: '+13125550103', kind: 'worker' },
    ]);
    for (const c of added.json.created) ids[c.firstName] = c.id;
    const today = new Date().toISOString().slice(0, 10);
    const c = await client.post(`/api/partnerships/${pid}/campaigns`, {
      name: 'Worker voice', templateId: 'worker-voice', period: '2026-Q4', opensOn: today, closesOn: '2999-12-31',
    });
    await client.post(`/api/campaigns/${c.json.campaign.id}/launch`);
    const other = await client.post('/api/partnerships', {
      name: 'Elsewhere', sector: 'Care', region: 'South', timeZone: 'UTC',
    });
    otherPid = other.json.partnership.id;
    await client.post(`/api/partnerships/${otherPid}/contacts`, [
      { firstName: 'Ana', lastName: 'Elsewhere', phone: '+13125550101', kind: 'worker' },
    ]);
  } finally {
    await deps.sqlite.close();
  }
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cli -- contacts erase', () => {
  it('says whom it would erase and changes nothing without --yes', async () => {
    const res = await cli(['contacts', 'erase', '--partnership', pid, '--phone', '(312) 555-0101']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain(`Would erase ${ids.Ana}  Ana Quokkason  +13125550101`);
    expect(res.stdout).toContain('Nothing was changed.');
    expect(rows('SELECT first_name FROM contacts WHERE id = ?', ids.Ana)).toEqual([{ first_name: 'Ana' }]);
  }, 30_000);

  it('erases by phone within the partnership only, keeping the counts, and prints what it did', async () => {
    const invitations = rows('SELECT count(*) AS n FROM invitations');
    const res = await cli(['contacts', 'erase', '--partnership', pid, '--phone', '+1 312 555 0101', '--yes']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Erased 1 contact\(s\) from River Valley: 1 invitation\(s\) kept for the counts/);
    expect(rows('SELECT first_name, phone, erased_on IS NOT NULL AS erased FROM contacts WHERE id = ?', ids.Ana)).toEqual([
      { first_name: '', phone: null, erased: 1 },
    ]);
    expect(rows('SELECT count(*) AS n FROM invitations')).toEqual(invitations);
    // The other partnership's contact with the same phone is theirs to keep.
    expect(rows('SELECT last_name FROM contacts WHERE partnership_id = ?', otherPid)).toEqual([{ last_name: 'Elsewhere' }]);
  }, 30_000);

  it('erases by email in any case and by id', async () => {
    const byEmail = await cli(['contacts', 'erase', '--partnership', pid, '--email', 'ben.baker@WORK.example', '--yes']);
    expect(byEmail.code, byEmail.stderr).toBe(0);
    expect(byEmail.stdout).toContain('Ben Baker');
    const byId = await cli(['contacts', 'erase', '--partnership', pid, '--id', ids.Cy!, '--yes']);
    expect(byId.code, byId.stderr).toBe(0);
    expect(rows("SELECT count(*) AS n FROM contacts WHERE partnership_id = ? AND first_name != ''", pid)).toEqual([{ n: 0 }]);
  }, 30_000);

  it('refuses, on one line, a missing or double selector, a bad phone, an unknown partnership or person', async () => {
    for (const [args, message] of [
      [['contacts', 'erase', '--partnership', pid], /exactly one of --email, --phone or --id/],
      [['contacts', 'erase', '--partnership', pid, '--email', 'a@b.c', '--id', 'x'], /exactly one/],
      [['contacts', 'erase', '--partnership', pid, '--phone', '12'], /not a valid phone number/],
      [['contacts', 'erase', '--email', 'a@b.c'], /--partnership/],
      [['contacts', 'erase', '--partnership', 'nope', '--email', 'a@b.c'], /No such partnership/],
      [['contacts', 'erase', '--partnership', pid, '--email', 'nobody@x.example', '--yes'], /No contact of River Valley has the email/],
      [['contacts', 'forget', '--partnership', pid, '--id', 'x'], /takes erase/],
    ] as [string[], RegExp][]) {
      const res = await cli(args);
      expect(res.code, args.join(' ')).toBe(1);
      expect(res.stderr).toMatch(message);
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});
