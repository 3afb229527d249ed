/** `npm run cli -- tokens list|create|revoke` as a person runs it, over a SQLite file. */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

let dir: string;
let dbPath: string;

const cli = (args: string[]) =>
  runCli(args, { DATABASE_PATH: dbPath, PUBLIC_URL: 'https://survey.example.org' });

const oneLineError = (res: { code: number; stderr: string }) => {
  expect(res.code).toBe(1);
  expect(res.stderr.trim().split('\n')).toHaveLength(1);
  expect(res.stderr).not.toMatch(/\n\s+at /);
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sector-voice-tokens-cli-'));
  dbPath = join(dir, 'survey.db');
  const made = await cli([
    'create-admin',
    '--email',
    'ada@example.org',
    '--name',
    'Ada',
    '--password',
    'correct horse battery',
  ]);
  if (made.code !== 0) throw new Error(made.stderr);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tokens', () => {
  it('makes a token for a user, prints it once, lists it without it, and revokes it', async () => {
    expect((await cli(['tokens', 'list'])).stdout).toBe('No API tokens.\n');

    const made = await cli([
      'tokens',
      'create',
      '--user',
      'ada@example.org',
      '--name',
      'nightly export',
      '--days',
      '30',
    ]);
    expect(made.code, made.stderr).toBe(0);
    const token = made.stdout.trim();
    expect(token).toMatch(/^svk_[\w-]{43}$/);
    const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(made.stderr).toContain(`for ada@example.org, expiring ${expires}`);
    const id = made.stderr.match(/Made API token (\S+) /)![1]!;

    const db = new Database(dbPath, { readonly: true });
    const row = db.prepare('SELECT * FROM api_tokens').get() as Record<string, string>;
    db.close();
    expect(row).toMatchObject({ id, name: 'nightly export', last_used_on: null });
    expect(JSON.stringify(row)).not.toContain(token);

    const listed = await cli(['tokens', 'list', '--user', 'ada@example.org']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      new RegExp(
        `^${id}  nightly export +ada@example\\.org +created \\d{4}-\\d\\d-\\d\\d  expires ${expires}  last used never\\n$`,
      ),
    );
    expect(listed.stdout).not.toContain(token);
    expect(listed.stdout).not.toContain(row.token_hash);

    const revoked = await cli(['tokens', 'revoke', id]);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain(`Revoked API token ${id}`);
    expect((await cli(['tokens', 'list'])).stdout).toBe('No API tokens.\n');
    oneLineError(await cli(['tokens', 'revoke', id]));
  }, 120_000);

  it('gives a token 90 days unless told otherwise', async () => {
    const made = await cli(['tokens', 'create', '--user', 'ada@example.org', '--name', 'default']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toContain(
      `expiring ${new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)}`,
    );
  }, 60_000);

  it('exits 1 with one line for a mistake, and makes nothing', async () => {
    const count = () => {
      const db = new Database(dbPath, { readonly: true });
      const n = (db.prepare('SELECT count(*) AS n FROM api_tokens').get() as { n: number }).n;
      db.close();
      return n;
    };
    const before = count();
    const [burn, noId, noOwner, nobody, tooLong, unknown] = await Promise.all([
      cli(['tokens', 'burn']),
      cli(['tokens', 'revoke']),
      cli(['tokens', 'create', '--name', 'no owner']),
      cli(['tokens', 'create', '--user', 'nobody@example.org', '--name', 'x']),
      cli(['tokens', 'create', '--user', 'ada@example.org', '--name', 'x', '--days', '366']),
      cli(['tokens', 'revoke', 'no-such-token']),
    ]);
    for (const res of [burn, noId, noOwner, nobody, tooLong, unknown]) oneLineError(res!);
    expect(burn!.stderr).toContain('use list, create or revoke');
    expect(noId!.stderr).toContain('tokens revoke <tokenId>');
    expect(noOwner!.stderr).toContain('--user');
    expect(nobody!.stderr).toContain('No user with the email nobody@example.org');
    expect(tooLong!.stderr).toContain('from 1 to 365');
    expect(unknown!.stderr).toContain('No such API token');
    expect(count()).toBe(before);
  }, 120_000);

  it('is listed in --help and explains itself', async () => {
    expect((await cli(['--help'])).stdout).toContain('  tokens ');
    const help = await cli(['tokens', '--help']);
    expect(help.stdout).toContain('Usage: npm run cli -- tokens (list');
  }, 60_000);
});
