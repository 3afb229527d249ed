/**
 * BACKUP_EVERY on Node: the loop's tick starts a backup when the last good one is older than the
 * schedule (or there is none), records it as the system's, keeps the newest BACKUP_KEEP, and records a
 * failure (so the dashboard warns) without stopping anything. The clock is the test's.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupSchedule } from '../../server/runtime/backup-schedule.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';

const root = mkdtempSync(join(tmpdir(), 'sv-backup-schedule-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function setUp(name: string, dir: string, keep = 2) {
  const databasePath = join(root, name, 'survey.db');
  const sqlite = openSqlite(databasePath);
  let now = Date.parse('2026-08-15T02:00:00Z');
  const errors: string[] = [];
  const deps = {
    db: sqlite.db,
    clock: { now: () => new Date(now) },
    log: { info: () => {}, error: (msg: string) => void errors.push(msg) },
  };
  const config = { databasePath, backups: { kind: 'file' as const, dir, everySeconds: 86_400, keep } };
  /** One tick of the loop, waited for (stopping the job waits for the backup it started). */
  const tick = async () => {
    const job = backupSchedule(deps, config)!;
    job.tick();
    await job.stop();
  };
  const entries = () =>
    (
      sqlite.raw
        .prepare("SELECT actor, detail FROM audit_log WHERE action = 'backup.write' ORDER BY seq")
        .all() as {
        actor: string;
        detail: string;
      }[]
    ).map((e) => ({ actor: e.actor, ...JSON.parse(e.detail) }));
  return { sqlite, tick, entries, errors, advance: (ms: number) => void (now += ms) };
}

describe('scheduled backups', () => {
  it('back up when due, not before, and keep the newest BACKUP_KEEP', async () => {
    const dir = join(root, 'kept');
    const s = setUp('a', dir);
    await s.tick();
    expect(readdirSync(dir)).toEqual(['survey-2026-08-15T020000Z.db']);
    expect(s.entries()).toMatchObject([
      { actor: 'system: backup', file: 'survey-2026-08-15T020000Z.db', check: 'ok' },
    ]);
    s.advance(23 * 3_600_000);
    await s.tick();
    expect(readdirSync(dir)).toHaveLength(1); // not due yet
    for (let day = 0; day < 3; day++) {
      s.advance(86_400_000);
      await s.tick();
    }
    expect(s.entries()).toHaveLength(4);
    expect(readdirSync(dir)).toEqual(['survey-2026-08-18T010000Z.db', 'survey-2026-08-19T010000Z.db']);
    expect(s.errors).toEqual([]);
    await s.sqlite.close();
  });

  it('record a backup that could not be written, and try again later', async () => {
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, 'a file where the folder should be');
    const s = setUp('b', blocked);
    await s.tick();
    expect(s.entries()).toMatchObject([{ actor: 'system: backup', check: 'failed' }]);
    expect(s.errors).toEqual(['backup failed']);
    expect(existsSync(join(root, 'b', 'survey.db'))).toBe(true);
    await s.sqlite.close();
  });

  it('do nothing without BACKUP_EVERY', () => {
    const job = backupSchedule(
      { db: null as never, clock: { now: () => new Date() }, log: { info() {}, error() {} } },
      { databasePath: join(root, 'c.db'), backups: { kind: 'file', dir: root, everySeconds: null, keep: 7 } },
    );
    expect(job).toBeNull();
  });
});
