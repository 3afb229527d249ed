/**
 * Migration 0020 under `wrangler d1 migrations apply` on a local D1, where foreign keys are always on
 * (the reason 0020 renames a column instead of rebuilding the table): a D1 holding 0019's contacts,
 * invitations, messages and a clarification keeps them all, and a contact may then speak Vietnamese.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../server/runtime/sqlite.ts';
import {
  countsBefore,
  countsQuery,
  languagesAfter,
  languagesQuery,
  legacyRows,
} from '../helpers/legacy-contacts.ts';
import { runWrangler } from './wrangler.ts';

const tmp = mkdtempSync(join(tmpdir(), 'sv-d1-0020-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const config = join(tmp, 'wrangler.toml');
const persistTo = join(tmp, 'state');
const migrations = join(tmp, 'migrations');
const sqlFiles = readdirSync(migrationsDir).filter((f) => /^\d{4}_.+\.sql$/.test(f));

/** Copies the migrations before 0020 (or all of them) where this test's wrangler.toml reads them. */
function stage(upTo: string) {
  mkdirSync(migrations, { recursive: true });
  for (const f of sqlFiles.filter((f) => f < upTo)) copyFileSync(join(migrationsDir, f), join(migrations, f));
}

const d1 = (...args: string[]) =>
  runWrangler(['d1', ...args, '--local', '--persist-to', persistTo, '--config', config]);

async function query<T>(sql: string): Promise<T[]> {
  const { stdout } = await d1('execute', 'DB', '--command', sql, '--json');
  return (JSON.parse(stdout.slice(stdout.indexOf('['))) as { results: T[] }[]).flatMap((r) => r.results);
}

describe('migration 0020 on D1', () => {
  it('keeps every contact and what references them, and lets a contact speak Vietnamese', async () => {
    writeFileSync(
      config,
      [
        'name = "sv-migration-0020"',
        'compatibility_date = "2026-04-01"',
        '[[d1_databases]]',
        'binding = "DB"',
        'database_name = "sv-migration-0020"',
        'database_id = "00000000-0000-0000-0000-000000000000"',
        'migrations_dir = "migrations"',
      ].join('\n'),
    );
    stage('0020');
    await d1('migrations', 'apply', 'DB');
    const seed = join(tmp, 'seed.sql');
    writeFileSync(seed, legacyRows);
    await d1('execute', 'DB', '--file', seed);
    expect(await query(countsQuery)).toEqual([countsBefore]);

    stage('9999');
    await d1('migrations', 'apply', 'DB');
    expect(await query(countsQuery)).toEqual([countsBefore]);
    expect(await query(languagesQuery)).toEqual(languagesAfter);
    await query("UPDATE contacts SET language = 'vi' WHERE id = 'c-en'");
    expect(await query("SELECT language FROM contacts WHERE id = 'c-en'")).toEqual([{ language: 'vi' }]);
  }, 180_000);
});
