/**
 * `npm run cli -- backup` and `restore`, as a person runs them: what they print, their exit status,
 * and what they leave on disk, for the happy paths and every refusal.
 */
import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migrationsDir, openSqlite } from '../../server/runtime/sqlite.ts';
import { runCli } from '../helpers/cli.ts';
import { startNodeServer } from '../helpers/node-server.ts';

const root = mkdtempSync(join(tmpdir(), 'sv-backup-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh folder with a migrated database holding a few audit rows (so there is something to count). */
async function place(rows = 3) {
  const dir = join(root, `case-${n++}`);
  const databasePath = join(dir, 'data', 'survey.db');
  const sqlite = openSqlite(databasePath);
  const insert = sqlite.raw.prepare(
    "INSERT INTO audit_log (at, actor, action, detail) VALUES ('2026-01-01T00:00:00Z', 'test', 'test.row', '{}')",
  );
  sqlite.raw.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run();
  })();
  await sqlite.close();
  const env = { DATABASE_PATH: databasePath, BACKUP_DIR: join(dir, 'backups') };
  return { dir, databasePath, env };
}

const rowsOf = (path: string, sql: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};
/** Every file under `dir`, so a test can say nothing was left behind. */
const listing = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const oneLine = (stderr: string) => stderr.trim().split('\n');

// Each case runs the CLI once to three times (a tsx start each), on a shared 2-core machine.
describe('backup', { timeout: 180_000 }, () => {
  it('writes a checked copy with a dated name, readable by its owner only, and records it', async () => {
    const { env, databasePath } = await place(5);
    const r = await runCli(['backup'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = listing(env.BACKUP_DIR);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^survey-\d{4}-\d{2}-\d{2}T\d{6}Z\.db$/);
    const file = join(env.BACKUP_DIR, files[0]!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(r.stdout).toContain(`to ${file} (`);
    expect(r.stdout).toContain(`${statSync(file).size} bytes`);
    expect(r.stdout).toMatch(/Check: ok; \d+ tables, \d+ rows, 0 free pages\./);
    expect(r.stdout).toMatch(/audit_log\s+5\n/);
    expect(r.stdout).toContain(`LINK_SECRET (the file ${join(env.DATABASE_PATH, '..', 'link-secret')})`);
    expect(r.stdout).toContain('ANSWER_SECRET');
    // One self-contained file (not WAL mode), and no secret beside it.
    expect(readFileSync(file)[18]).toBe(1);
    expect(rowsOf(file, "SELECT count(*) AS n FROM audit_log WHERE action = 'test.row'")).toEqual([{ n: 5 }]);
    const [entry] = rowsOf(databasePath, "SELECT actor, detail FROM audit_log WHERE action = 'backup.write'");
    expect(entry!.actor).toBe('cli');
    const detail = JSON.parse(entry!.detail as string);
    expect(detail).toMatchObject({ file: files[0], bytes: statSync(file).size, check: 'ok' });
    expect(detail.tables).toBeGreaterThan(30);
    expect(detail.rows).toBeGreaterThan(5);
  });

  it('says where the secrets come from when they are set in the environment', async () => {
    const { env, dir } = await place();
    const secrets = { LINK_SECRET: 'l'.repeat(40), ANSWER_SECRET: 'a'.repeat(40) };
    const r = await runCli(['backup', join(dir, 'mine.db')], { ...env, ...secrets });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('LINK_SECRET (the LINK_SECRET environment variable)');
    expect(r.stdout).not.toContain('l'.repeat(40));
    expect(existsSync(join(dir, 'mine.db'))).toBe(true);
  });

  it('refuses a file that exists, and changes nothing', async () => {
    const { env, dir } = await place();
    writeFileSync(join(dir, 'taken.db'), 'mine');
    const r = await runCli(['backup', join(dir, 'taken.db')], env);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      `error: ${join(dir, 'taken.db')} already exists: name another file, or move it away.`,
    ]);
    expect(readFileSync(join(dir, 'taken.db'), 'utf8')).toBe('mine');
  });

  it('refuses a place it cannot write, leaving nothing half-written', async () => {
    const { env, dir } = await place();
    writeFileSync(join(dir, 'a-file'), '');
    const target = join(dir, 'a-file', 'backup.db');
    const r = await runCli(['backup', target], env);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      `error: Cannot write the backup at ${target}: check that its folder exists and may be written.`,
    ]);
    expect(listing(dir)).toEqual(['a-file', 'data']);
  });
});

describe('restore', { timeout: 180_000 }, () => {
  it('puts a backup in place, keeps the database it replaced, and records the restore in it', async () => {
    const { env, dir, databasePath } = await place(4);
    const backup = join(dir, 'b.db');
    expect((await runCli(['backup', backup], env)).code).toBe(0);
    // A change after the backup, which the restore takes back.
    const live = new Database(databasePath);
    live.exec(
      "INSERT INTO audit_log (at, actor, action, detail) VALUES ('2026-02-01T00:00:00Z', 'test', 'later', '{}')",
    );
    live.close();
    const r = await runCli(['restore', backup], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Restored ${backup} into ${databasePath}.`);
    expect(r.stdout).toContain('No migration was needed');
    // The four rows of its moment: the backup's own entry was written after the copy, in the live database.
    expect(r.stdout).toMatch(/audit_log\s+4\n/);
    const kept = listing(join(dir, 'data')).find((f) => f.startsWith('survey.db.before-restore-'));
    expect(kept).toBeDefined();
    expect(r.stdout).toContain(`kept at ${join(dir, 'data', kept!)}`);
    expect(rowsOf(databasePath, "SELECT count(*) AS n FROM audit_log WHERE action = 'later'")).toEqual([
      { n: 0 },
    ]);
    expect(
      rowsOf(join(dir, 'data', kept!), "SELECT count(*) AS n FROM audit_log WHERE action = 'later'"),
    ).toEqual([{ n: 1 }]);
    const restores = rowsOf(
      databasePath,
      "SELECT actor, detail FROM audit_log WHERE action = 'backup.restore'",
    );
    expect(restores).toHaveLength(1);
    expect(JSON.parse(restores[0]!.detail as string)).toMatchObject({
      file: 'b.db',
      kind: 'sqlite',
      migrated: 0,
    });
    // Nothing but the database, its kept predecessor and the secrets files: no temporary copy.
    expect(listing(join(dir, 'data')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('takes a backup as SQL with --sql, which restores to the same rows', async () => {
    const { env, dir, databasePath } = await place(6);
    const dump = join(dir, 'dump.sql');
    const r = await runCli(['backup', '--sql', dump], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(dump, 'utf8')).toMatch(
      /^PRAGMA defer_foreign_keys=TRUE;\nCREATE TABLE d1_migrations/,
    );
    expect(readFileSync(dump, 'utf8')).not.toMatch(/^(BEGIN( TRANSACTION)?|COMMIT);$/m);
    expect(listing(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    const elsewhere = join(dir, 'elsewhere', 'survey.db');
    const back = await runCli(['restore', dump], { DATABASE_PATH: elsewhere });
    expect(back.code).toBe(0);
    const rows = (path: string) =>
      rowsOf(path, "SELECT * FROM audit_log WHERE action = 'test.row' ORDER BY seq").map((x) =>
        JSON.stringify(x),
      );
    expect(rows(elsewhere)).toEqual(rows(databasePath));
    expect(rowsOf(elsewhere, 'SELECT count(*) AS n FROM d1_migrations')).toEqual(
      rowsOf(databasePath, 'SELECT count(*) AS n FROM d1_migrations'),
    );
  });

  it('migrates an older backup forward', async () => {
    const dir = join(root, 'older');
    const all = readdirSync(migrationsDir)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    const early = join(dir, 'early-migrations');
    mkdirSync(early, { recursive: true });
    for (const f of all.slice(0, 10)) copyFileSync(join(migrationsDir, f), join(early, f));
    const old = new Database(join(dir, 'old.db'));
    migrate(old, early);
    old.close();
    const databasePath = join(dir, 'data', 'survey.db');
    const r = await runCli(['restore', join(dir, 'old.db')], { DATABASE_PATH: databasePath });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Migrated forward: ${all.slice(10).join(', ')}.`);
    expect(rowsOf(databasePath, 'SELECT count(*) AS n FROM d1_migrations')).toEqual([{ n: all.length }]);
    expect(r.stdout).not.toContain('kept at'); // there was no database to replace
  });

  describe('refuses, with one line, exit 1 and the database untouched', () => {
    async function refused(args: string[], prepare?: (dir: string) => void | Promise<void>, extraEnv = {}) {
      const { env, dir, databasePath } = await place();
      await prepare?.(dir);
      const before = readFileSync(databasePath);
      const r = await runCli(
        args.map((a) => a.replace('$DIR', dir)),
        { ...env, ...extraEnv },
      );
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(oneLine(r.stderr)).toHaveLength(1);
      expect(readFileSync(databasePath).equals(before)).toBe(true);
      expect(listing(join(dir, 'data')).filter((f) => f.startsWith('.') || f.includes('restore'))).toEqual(
        [],
      );
      return r.stderr.trim().replace(dir, '$DIR');
    }

    it('a missing file', async () => {
      expect(await refused(['restore', '$DIR/none.db'])).toBe('error: There is no file at $DIR/none.db.');
    });

    it('a file that is not SQLite', async () => {
      const said = await refused(['restore', '$DIR/notes.db'], (dir) =>
        writeFileSync(join(dir, 'notes.db'), 'These are my notes, not a database.\n'.repeat(100)),
      );
      expect(said).toBe('error: $DIR/notes.db is not a SQLite database nor the SQL of a D1 export.');
    });

    it('a SQLite file that is not ours', async () => {
      const said = await refused(['restore', '$DIR/other.db'], (dir) => {
        const db = new Database(join(dir, 'other.db'));
        db.exec('CREATE TABLE notes (x); INSERT INTO notes VALUES (1)');
        db.close();
      });
      expect(said).toBe(
        'error: $DIR/other.db is not a Sector Voice database: it has no d1_migrations table.',
      );
    });

    it('a damaged file', async () => {
      const said = await refused(['restore', '$DIR/bad.db'], async (dir) => {
        const bad = join(dir, 'bad.db');
        expect((await runCli(['backup', bad], { DATABASE_PATH: join(dir, 'data', 'survey.db') })).code).toBe(
          0,
        );
        // A backup is the database of its moment: take the recorded entry out again, then damage it.
        const bytes = readFileSync(bad);
        const pageSize = bytes.readUInt16BE(16);
        // Garbage over the middle of the file's pages, headers and all.
        for (let p = 3; p < bytes.length / pageSize - 2; p += 4)
          bytes.fill(0xa5, p * pageSize, p * pageSize + 200);
        writeFileSync(bad, bytes);
      });
      expect(said).toMatch(/^error: \$DIR\/bad\.db is damaged/);
    });

    it('a database from a newer version', async () => {
      const said = await refused(['restore', '$DIR/newer.db'], async (dir) => {
        const newer = join(dir, 'newer.db');
        const db = new Database(join(dir, 'data', 'survey.db'), { readonly: true });
        db.exec(`VACUUM INTO '${newer}'`);
        db.close();
        const w = new Database(newer);
        w.exec("INSERT INTO d1_migrations (name) VALUES ('9999_from_the_future.sql')");
        w.close();
      });
      expect(said).toBe(
        'error: $DIR/newer.db comes from a newer version of Sector Voice (its migration 9999_from_the_future.sql is unknown here): update first, then restore.',
      );
    });
  });
});

describe('restore while the server runs', { timeout: 180_000 }, () => {
  let server: Awaited<ReturnType<typeof startNodeServer>>;
  beforeAll(async () => {
    server = await startNodeServer();
  });
  afterAll(() => server.stop());

  it('refuses, and the server keeps its database', async () => {
    const backup = join(server.dir, 'b.db');
    const env = { DATABASE_PATH: server.databasePath };
    expect((await runCli(['backup', backup], env)).code).toBe(0);
    const r = await runCli(['restore', backup], env);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `error: The database at ${server.databasePath} is in use (is the server running?): stop the server, then restore.`,
    );
    expect(listing(server.dir).filter((f) => f.includes('restore'))).toEqual([]);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });
});
