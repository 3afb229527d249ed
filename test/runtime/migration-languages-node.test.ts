/**
 * Migration 0020 on better-sqlite3, over a database 0019 left holding contacts, their invitations,
 * messages and a clarification (all referencing contacts ON DELETE CASCADE): nothing is lost, the
 * old en/es column holds nothing about anyone, and a contact may now speak Vietnamese.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, migrationsDir } from '../../server/runtime/sqlite.ts';
import {
  countsBefore,
  countsQuery,
  languagesAfter,
  languagesQuery,
  legacyRows,
} from '../helpers/legacy-contacts.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A database migrated up to 0019 only, holding the legacy rows. */
function before0020() {
  dir = mkdtempSync(join(tmpdir(), 'sv-0020-'));
  for (const f of readdirSync(migrationsDir).filter((f) => /^\d{4}_.+\.sql$/.test(f) && f < '0020'))
    copyFileSync(join(migrationsDir, f), join(dir, f));
  const raw = new Database(':memory:');
  raw.pragma('foreign_keys = ON');
  migrate(raw, dir);
  raw.exec(legacyRows);
  return raw;
}

describe('migration 0020 on SQLite', () => {
  it('keeps every contact and what references them, moves the languages over and blanks the old column', () => {
    const raw = before0020();
    expect(raw.prepare(countsQuery).get()).toEqual(countsBefore);
    expect(() => raw.prepare("UPDATE contacts SET language = 'vi' WHERE id = 'c-en'").run()).toThrow(/CHECK/);

    expect(migrate(raw)).toContain('0020_languages.sql');

    expect(raw.prepare(countsQuery).get()).toEqual(countsBefore);
    expect(raw.prepare(languagesQuery).all()).toEqual(languagesAfter);
    expect(raw.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    raw.prepare("UPDATE contacts SET language = 'vi' WHERE id = 'c-en'").run();
    expect(raw.prepare("SELECT language FROM contacts WHERE id = 'c-en'").get()).toEqual({ language: 'vi' });
    // The moved-aside column keeps its CHECK: no new language can land there by mistake.
    expect(() => raw.prepare("UPDATE contacts SET language_0001 = 'vi'").run()).toThrow(/CHECK/);
  });

  it('rebuilds the list index on the new column and adds the fallback and the reviews', () => {
    const raw = before0020();
    migrate(raw);
    const index = raw.prepare("SELECT sql FROM sqlite_master WHERE name = 'contacts_by_name'").get() as {
      sql: string;
    };
    expect(index.sql).toMatch(/organization_id, language, sms_consent/);
    expect(index.sql).not.toMatch(/language_0001/);
    expect(raw.prepare('SELECT fallback_language FROM partnerships').all()).toEqual([
      { fallback_language: 'en' },
    ]);
    raw
      .prepare(
        "INSERT INTO language_reviews (partnership_id, subject, lang, reviewer_name, reviewed_on) VALUES ('p1', 'words', 'vi', 'Lan', '2026-12-05')",
      )
      .run();
    // Deleting a partnership takes its reviews with it.
    raw.prepare("DELETE FROM partnerships WHERE id = 'p1'").run();
    expect(raw.prepare('SELECT count(*) AS n FROM language_reviews').get()).toEqual({ n: 0 });
  });
});
