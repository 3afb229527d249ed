import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { migrationsDir } from '../../server/runtime/sqlite.ts';
import lock from '../../migrations/lock.json' with { type: 'json' };

/**
 * A shipped migration has already run on databases we cannot reach (SQLite files, D1), and both
 * runners skip a name they have recorded: an edit would leave those databases on the old SQL for
 * good. So the lock pins each file's content, and a change has to come as the next number.
 * Line endings are normalised so a CRLF checkout hashes as the repository's own text.
 */
const fingerprint = (sql: string) => createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
const locked: Record<string, string> = lock;
// The same pattern server/runtime/sqlite.ts's runner reads; wrangler reads every .sql file.
const files = readdirSync(migrationsDir)
  .filter((f) => f.endsWith('.sql'))
  .sort();

describe('migrations/lock.json', () => {
  it.each(files)('pins %s', (name) => {
    const actual = fingerprint(readFileSync(join(migrationsDir, name), 'utf8'));
    expect(
      locked[name],
      `${name} has no lock entry; add "${name}": "${actual}" to migrations/lock.json (from then on the file is frozen)`,
    ).toBeDefined();
    expect(
      actual,
      `${name} differs from its lock entry: a shipped migration never changes: add the next numbered migration instead`,
    ).toBe(locked[name]);
  });

  it('still ships every locked migration, since databases have recorded them', () => {
    const present = new Set(files);
    for (const name of Object.keys(locked)) {
      expect(present.has(name), `migrations/${name} was removed or renamed; restore it`).toBe(true);
    }
  });

  it('names every migration as both runners expect: four digits, an underscore, .sql', () => {
    for (const name of files) expect(name).toMatch(/^\d{4}_.+\.sql$/);
  });
});
