/**
 * The command line's actions in the audit trail, as a person runs them over a SQLite file: each writes
 * exactly one entry by `cli`, with counts and ids, never the token, a name, an email or a phone.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

let dir: string;
let dbPath: string;
const cli = (args: string[]) =>
  runCli(args, { DATABASE_PATH: dbPath, PUBLIC_URL: 'https://survey.example.org' });

function entriesAfter(seq: number) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq').all(seq) as Record<string, any>[];
  } finally {
    db.close();
  }
}
const lastSeq = () => entriesAfter(0).at(-1)?.seq ?? 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sector-voice-audit-cli-'));
  dbPath = join(dir, 'survey.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the command line in the audit trail', () => {
  it('records create-admin, tokens, an import and an erasure once each, by cli', async () => {
    const made = await cli([
      'create-admin',
      '--email',
      'ada@example.org',
      '--password',
      'correct horse battery',
    ]);
    expect(made.code, made.stderr).toBe(0);
    expect(entriesAfter(0)).toMatchObject([{ action: 'user.create', actor: 'cli', actor_id: null }]);

    let seq = lastSeq();
    const token = await cli(['tokens', 'create', '--user', 'ada@example.org', '--name', 'nightly']);
    expect(token.code, token.stderr).toBe(0);
    const made1 = entriesAfter(seq);
    expect(made1).toMatchObject([{ action: 'token.create', actor: 'cli', object_kind: 'api_token' }]);
    expect(JSON.stringify(made1)).not.toContain(token.stdout.trim());
    seq = lastSeq();
    const revoked = await cli(['tokens', 'revoke', made1[0]!.object_id]);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(entriesAfter(seq)).toMatchObject([
      { action: 'token.revoke', actor: 'cli', object_id: made1[0]!.object_id },
    ]);

    const db = new Database(dbPath);
    db.prepare(
      "INSERT INTO partnerships (id, name, sector, region, time_zone, review_year, created_at) VALUES ('p1', 'P', 'S', 'R', 'UTC', 'calendar', '2026-01-01T00:00:00Z')",
    ).run();
    db.close();
    const file = join(dir, 'people.csv');
    writeFileSync(
      file,
      'firstName,lastName,email\nOlamide,Featherstonehaugh,of@work.example\nIda,Nkemelu,in@work.example\n',
    );
    seq = lastSeq();
    const dry = await cli(['import-contacts', 'p1', file, '--kind', 'worker', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(entriesAfter(seq)).toEqual([]);
    const imported = await cli(['import-contacts', 'p1', file, '--kind', 'worker']);
    expect(imported.code, imported.stderr).toBe(0);
    const importEntry = entriesAfter(seq);
    expect(importEntry).toMatchObject([{ action: 'contact.import', actor: 'cli', partnership_id: 'p1' }]);
    expect(JSON.parse(importEntry[0]!.detail)).toMatchObject({ rows: 2, created: 2 });

    seq = lastSeq();
    const erased = await cli([
      'contacts',
      'erase',
      '--partnership',
      'p1',
      '--email',
      'of@work.example',
      '--yes',
    ]);
    expect(erased.code, erased.stderr).toBe(0);
    const eraseEntry = entriesAfter(seq);
    expect(eraseEntry).toMatchObject([{ action: 'contact.erase', actor: 'cli', object_kind: 'contact' }]);
    const all = JSON.stringify(entriesAfter(0));
    for (const s of ['Olamide', 'Featherstonehaugh', 'of@work.example', 'Nkemelu', 'in@work.example'])
      expect(all).not.toContain(s);
  }, 180_000);
});
