/**
 * A digest of every table's rows in the server's SQLite file, read from the side (read-only, its own
 * connection), so the fuzzer can tell whether a rejected request wrote anything. The server commits
 * before it answers (group-commit.ts settles a call only after its commit), so a digest taken after
 * the answer sees everything the request did.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers/cli.ts';

/**
 * What a rejected request may legitimately change, each with its reason. Tables are named by the
 * migration that creates them (other engineers are adding these as the fuzzer is written); a
 * migration with that number but another subject fails loudly, so this list is revisited instead of
 * silently excusing the wrong table.
 */
export const excusedMigrations = [
  {
    number: '0010',
    subject: /throttle|login/i,
    reason: 'a failed login is a rejected request (401) and must count towards the throttle',
  },
  {
    number: '0011',
    subject: /open.?link|client/i,
    reason: 'a refused open-link ticket (429) counts against that client, so the flood costs the flooder',
  },
];

/** Columns that move on any authenticated request, rejected or not. */
export const excusedColumns = [
  { table: 'api_tokens', column: /^last_used/, reason: 'the day a token was last used, even for a 403' },
];

const migrationsDir = join(root, 'migrations');

/** The tables the excused migrations create, read from their SQL. */
export function excusedTables(): Map<string, string> {
  const files = readdirSync(migrationsDir);
  const tables = new Map<string, string>();
  for (const { number, subject, reason } of excusedMigrations) {
    const file = files.find((f) => f.startsWith(`${number}_`));
    if (!file) continue;
    if (!subject.test(file)) {
      throw new Error(`fuzz: migrations/${file} is not the migration the exclusion "${reason}" names`);
    }
    const sql = readFileSync(join(migrationsDir, file), 'utf8');
    for (const m of sql.matchAll(/CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?["`]?(\w+)/gi)) {
      tables.set(m[1]!, `${file}: ${reason}`);
    }
  }
  return tables;
}

export interface Digester {
  /** One hash per table, so a change names the table that moved. */
  digest(): Map<string, string>;
  close(): void;
}

export function openDigester(databasePath: string): Digester {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  const skip = excusedTables();
  const version = db.prepare('PRAGMA data_version').pluck();
  let last: { version: unknown; digest: Map<string, string> } | null = null;
  return {
    digest() {
      // data_version moves only when another connection commits: most rejected requests write
      // nothing, and hashing every table after each of them would cost more than the request.
      const now = version.get();
      if (last && last.version === now) return last.digest;
      const out = new Map<string, string>();
      const names = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
        .pluck()
        .all() as string[];
      for (const name of names) {
        if (skip.has(name)) continue;
        const drop = excusedColumns.filter((c) => c.table === name).map((c) => c.column);
        const rows = (db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]).map((row) =>
          JSON.stringify(
            Object.entries(row).filter(([col]) => !drop.some((d) => d.test(col))),
            (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v),
          ),
        );
        // Sorted here rather than `ORDER BY rowid`: several tables are WITHOUT ROWID.
        out.set(name, createHash('sha256').update(rows.sort().join('\n')).digest('hex'));
      }
      last = { version: now, digest: out };
      return out;
    },
    close: () => db.close(),
  };
}

/** The tables whose digest differs between two snapshots. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}
