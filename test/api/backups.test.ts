/**
 * GET /api/backups: the overview's backup panel. Admins only; the last backup entry of the audit
 * trail and the Node schedule, overdue once the last good backup is older than the schedule; on
 * Workers, that D1 keeps the backups. And the schedule's reading of BACKUP_EVERY.
 */
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../server/audit/record.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { adminClient, makeTestApp, staffClient, testAdmin, TestClient } from '../helpers/app.ts';

const secrets = { LINK_SECRET: 'l'.repeat(40), ANSWER_SECRET: 'a'.repeat(40) };

function appWith(everySeconds: number | null) {
  const ctx = makeTestApp({ now: '2026-08-15T15:00:00Z' });
  ctx.deps.config.backups = { kind: 'file', dir: 'backups', everySeconds, keep: 7 };
  return ctx;
}

const written = (check: string, file = 'survey-2026-08-15T120000Z.db') => ({
  actor: { kind: 'system', job: 'backup' } as const,
  action: 'backup.write',
  detail: { file, bytes: 2_539_520, check, tables: 38, rows: 5906 },
});

describe('GET /api/backups', () => {
  it('says there is none yet, and warns when a schedule is set', async () => {
    const ctx = appWith(86_400);
    const admin = await adminClient(ctx);
    const res = await admin.get('/api/backups');
    expect(res.status).toBe(200);
    expect(res.json.backups).toEqual({
      kind: 'file',
      everySeconds: 86_400,
      keep: 7,
      last: null,
      overdue: true,
    });
  });

  it('gives the last backup and its check, on time within the schedule', async () => {
    const ctx = appWith(86_400);
    const admin = await adminClient(ctx);
    await recordAudit(ctx.deps, written('ok', 'older.db'));
    ctx.clock.advance(3_600_000);
    await recordAudit(ctx.deps, written('ok'));
    ctx.clock.advance(20 * 3_600_000);
    // Sessions last an hour here: signed in again after the clock moved.
    const signIn = () =>
      admin.post('/api/auth/login', { email: testAdmin.email, password: testAdmin.password });
    await signIn();
    const { backups } = (await admin.get('/api/backups')).json;
    expect(backups.last).toEqual({
      at: '2026-08-15T16:00:00Z',
      by: 'system: backup',
      file: 'survey-2026-08-15T120000Z.db',
      bytes: 2_539_520,
      check: 'ok',
      tables: 38,
      rows: 5906,
    });
    expect(backups.overdue).toBe(false);
    // Past the schedule and its grace, the panel warns.
    ctx.clock.advance(5 * 3_600_000);
    await signIn();
    expect((await admin.get('/api/backups')).json.backups.overdue).toBe(true);
  });

  it('warns when the last backup failed its check, and never without a schedule', async () => {
    const ctx = appWith(86_400);
    const admin = await adminClient(ctx);
    await recordAudit(ctx.deps, written('failed'));
    expect((await admin.get('/api/backups')).json.backups).toMatchObject({
      overdue: true,
      last: { check: 'failed' },
    });
    ctx.deps.config.backups = { kind: 'file', dir: 'backups', everySeconds: null, keep: 7 };
    expect((await admin.get('/api/backups')).json.backups).toMatchObject({
      everySeconds: null,
      overdue: false,
    });
  });

  it('says D1 keeps them on Workers', async () => {
    const ctx = makeTestApp();
    ctx.deps.config.backups = { kind: 'd1' };
    const admin = await adminClient(ctx);
    expect((await admin.get('/api/backups')).json).toEqual({ backups: { kind: 'd1' } });
  });

  it('refuses anyone but an admin', async () => {
    const ctx = appWith(86_400);
    const admin = await adminClient(ctx);
    const p = await admin.post('/api/partnerships', {
      name: 'P',
      sector: 'S',
      region: 'R',
      timeZone: 'UTC',
      reviewYear: 'calendar',
      minGroupSize: 5,
    });
    for (const role of ['analyst', 'viewer'] as const) {
      const staff = await staffClient(ctx, admin, role, [p.json.partnership.id]);
      expect((await staff.get('/api/backups')).status).toBe(403);
    }
    expect((await new TestClient(ctx).get('/api/backups')).status).toBe(401);
  });
});

describe('BACKUP_EVERY, BACKUP_DIR and BACKUP_KEEP', () => {
  const read = (env: Record<string, string>) => readConfig({ ...secrets, ...env }).backups;

  it('reads names and amounts, and is off by default', () => {
    expect(read({})).toEqual({ kind: 'file', dir: 'backups', everySeconds: null, keep: 7 });
    expect(read({ BACKUP_EVERY: 'daily' }).everySeconds).toBe(86_400);
    expect(read({ BACKUP_EVERY: '12h', BACKUP_KEEP: '14', BACKUP_DIR: '/srv/backups' })).toEqual({
      kind: 'file',
      dir: '/srv/backups',
      everySeconds: 43_200,
      keep: 14,
    });
    expect(read({ BACKUP_EVERY: '30m' }).everySeconds).toBe(1800);
  });

  it('refuses what it cannot use, naming the variable', () => {
    expect(() => read({ BACKUP_EVERY: 'often' })).toThrow(/BACKUP_EVERY must be daily, hourly, weekly/);
    expect(() => read({ BACKUP_EVERY: '1m' })).toThrow(/BACKUP_EVERY/);
    expect(() => read({ BACKUP_KEEP: '0' })).toThrow(/BACKUP_KEEP/);
  });
});
