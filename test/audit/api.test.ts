/**
 * /api/audit: admins read the trail a page at a time and as CSV; analysts and viewers are refused;
 * bad filters are 400s in the envelope. The trail is append-only (the trigger refuses UPDATE) and
 * purgeAudit drops entries past the keep time.
 */
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../server/audit/record.ts';
import { purgeAudit } from '../../server/audit/store.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { adminClient, makeTestApp, staffClient, TestClient, type TestContext } from '../helpers/app.ts';

async function withPartnership(ctx: TestContext) {
  const admin = await adminClient(ctx);
  const adminId = (await admin.get('/api/auth/me')).json.user.id as string;
  const p = await admin.post('/api/partnerships', { name: 'A', sector: 'S', region: 'R', timeZone: 'UTC' });
  return { admin, adminId, pid: p.json.partnership.id as string };
}

describe('GET /api/audit', () => {
  it('is for admins: analysts, viewers and strangers are refused, for the list and the CSV alike', async () => {
    const ctx = makeTestApp();
    const { admin, pid } = await withPartnership(ctx);
    const analyst = await staffClient(ctx, admin, 'analyst', [pid]);
    const viewer = await staffClient(ctx, admin, 'viewer', [pid]);
    for (const path of ['/api/audit', '/api/audit/export.csv', '/api/audit?kind=nope']) {
      for (const client of [analyst, viewer]) {
        const res = await client.get(path);
        expect(res.status, path).toBe(403);
        expect(res.json.error.code).toBe('FORBIDDEN');
      }
      expect((await new TestClient(ctx).get(path)).status).toBe(401);
    }
    expect((await admin.get('/api/audit')).status).toBe(200);
    expect((await admin.get('/api/audit/export.csv')).status).toBe(200);
  });

  it('offers no way to change or delete an entry', async () => {
    const ctx = makeTestApp();
    const { admin } = await withPartnership(ctx);
    const seq = (await admin.get('/api/audit')).json.entries[0].seq as number;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await admin.request(method, `/api/audit/${seq}`, method === 'DELETE' ? undefined : {});
      expect(res.status, method).toBe(404);
    }
  });

  it('filters by person, kind, partnership and days, newest first', async () => {
    // Sessions last an hour here: the two days meet at midnight.
    const ctx = makeTestApp({ now: '2026-08-20T23:30:00Z' });
    const { admin, adminId, pid } = await withPartnership(ctx);
    const analyst = await staffClient(ctx, admin, 'analyst', [pid]);
    const analystId = (await analyst.get('/api/auth/me')).json.user.id as string;
    ctx.clock.set('2026-08-20T23:40:00Z');
    await analyst.post(`/api/partnerships/${pid}/organizations`, { name: 'Acme', kind: 'employer' });
    ctx.clock.set('2026-08-21T00:10:00Z');
    await admin.patch(`/api/partnerships/${pid}`, { minGroupSize: 6 });

    const all = (await admin.get('/api/audit')).json.entries as { seq: number; action: string }[];
    expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => b - a));
    const byAnalyst = (await admin.get(`/api/audit?person=${analystId}`)).json.entries;
    expect(byAnalyst.map((e: any) => e.action)).toEqual(['organization.create', 'auth.sign_in']);
    const settings = (await admin.get('/api/audit?kind=partnership')).json.entries;
    expect(settings.map((e: any) => e.action)).toEqual(['partnership.settings', 'partnership.create']);
    expect(settings[0]).toMatchObject({
      actorId: adminId,
      actor: 'admin@example.org',
      partnershipId: pid,
      detail: { minGroupSize: { before: 5, after: 6 } },
    });
    const day = (await admin.get('/api/audit?from=2026-08-21&to=2026-08-21')).json.entries;
    expect(day.map((e: any) => e.action)).toEqual(['partnership.settings']);
    const since = (await admin.get('/api/audit?from=2026-08-21')).json.entries;
    expect(since.map((e: any) => e.action)).toEqual(['partnership.settings']);
    const until = (await admin.get('/api/audit?to=2026-08-20')).json.entries;
    expect(until.length).toBe(all.length - 1);
    const inP = (await admin.get(`/api/audit?partnership=${pid}&to=2026-08-20`)).json.entries;
    expect(inP.map((e: any) => e.action)).toEqual(['organization.create', 'partnership.create']);
  });

  it('pages on the server by seq, and an entry written meanwhile shifts nothing', async () => {
    const ctx = makeTestApp();
    const { admin, pid } = await withPartnership(ctx);
    for (let i = 0; i < 7; i++)
      await admin.patch(`/api/partnerships/${pid}`, { minGroupSize: 5 + (i % 2) + 1 });
    const whole = (await admin.get('/api/audit?limit=200')).json.entries.map((e: any) => e.seq);
    const seen: number[] = [];
    let next: number | null = null;
    let pages = 0;
    do {
      const res: any = await admin.get(`/api/audit?limit=3${next ? `&before=${next}` : ''}`);
      expect(res.json.entries.length).toBeLessThanOrEqual(3);
      seen.push(...res.json.entries.map((e: any) => e.seq));
      next = res.json.next;
      pages++;
      if (pages === 1) await admin.patch(`/api/partnerships/${pid}`, { name: 'B' });
    } while (next !== null);
    expect(seen).toEqual(whole);
    expect(pages).toBe(Math.ceil(whole.length / 3));
  });

  it('answers 400 in the envelope for an unknown filter, a bad kind, a bad date or a reversed range', async () => {
    const ctx = makeTestApp();
    const { admin } = await withPartnership(ctx);
    for (const q of [
      'actor=x',
      'kind=everything',
      'from=2026-13-01',
      'to=2026-02-30',
      'from=yesterday',
      'from=2026-08-02&to=2026-08-01',
      'limit=0',
      'limit=5000',
      'before=-1',
    ]) {
      for (const path of ['/api/audit', '/api/audit/export.csv']) {
        if (path.endsWith('csv') && /limit|before/.test(q)) continue;
        const res = await admin.get(`${path}?${q}`);
        expect(res.status, `${path}?${q}`).toBe(400);
        expect(res.json.error.code).toBe('BAD_REQUEST');
        expect(Array.isArray(res.json.error.details)).toBe(true);
      }
    }
    // Paging belongs to the list; the CSV is the whole selection.
    expect((await admin.get('/api/audit/export.csv?limit=5')).status).toBe(400);
  });
});

describe('GET /api/audit/export.csv', () => {
  it('exports the selection as CSV, a typed formula made harmless', async () => {
    const ctx = makeTestApp();
    const { admin, pid } = await withPartnership(ctx);
    await admin.patch(`/api/partnerships/${pid}`, { name: '=HYPERLINK("http://evil.example","x")' });
    const res = await admin.get(`/api/audit/export.csv?kind=partnership`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="audit-2026-08-15\.csv"/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('seq,at,actor,actor_id,action,object_kind,object_id,partnership_id,detail');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('partnership.settings');
    expect(lines[2]).toContain('partnership.create');
    // The detail is JSON text starting with "{": no cell starts with =, +, - or @.
    for (const line of lines) expect(line).not.toMatch(/(^|,)"?[=+@]/);
  });

  it('neutralises a formula at the start of any cell', async () => {
    const ctx = makeTestApp();
    const { admin } = await withPartnership(ctx);
    await recordAudit(ctx.deps, {
      actor: { kind: 'system', job: 'x' },
      action: 'backup.write',
      object: { kind: 'file', id: '=cmd|"/c calc"!A1' },
    });
    const res = await admin.get('/api/audit/export.csv?kind=backup');
    expect(res.text).toContain(`"'=cmd|""/c calc""!A1"`);
  });
});

describe('the audit_log table', () => {
  it('refuses UPDATE: entries are never changed', async () => {
    const ctx = makeTestApp();
    await withPartnership(ctx);
    expect(() => ctx.raw.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(
      /audit entries are never changed/,
    );
    await expect(ctx.deps.db.updateTable('audit_log').set({ action: 'x' }).execute()).rejects.toThrow(
      /never changed/,
    );
    const actors = ctx.raw.prepare('SELECT DISTINCT actor FROM audit_log').all();
    expect(actors).toEqual([{ actor: 'admin@example.org' }]);
  });
});

describe('purgeAudit', () => {
  it('deletes the entries older than the keep time, keeps the rest, and says so in the trail', async () => {
    const ctx = makeTestApp({ now: '2024-01-10T12:00:00Z' });
    const write = (action: string) => recordAudit(ctx.deps, { actor: { kind: 'cli' }, action });
    await write('backup.write'); // 2024-01-10
    ctx.clock.set('2024-03-01T00:00:00Z');
    await write('backup.restore');
    ctx.clock.set('2026-01-09T12:00:01Z'); // 730 days after the first, and a second
    const result = await purgeAudit(ctx.deps);
    expect(result).toEqual({ deleted: 1, before: '2024-01-10T12:00:01Z' });
    const rows = ctx.raw.prepare('SELECT action, actor, detail FROM audit_log ORDER BY seq').all();
    expect(rows).toEqual([
      { action: 'backup.restore', actor: 'cli', detail: '{}' },
      {
        action: 'audit.purge',
        actor: 'system: audit purge',
        detail: JSON.stringify({ deleted: 1, keepDays: 730, before: '2024-01-10T12:00:01Z' }),
      },
    ]);
    // Nothing due: nothing deleted and nothing written.
    expect((await purgeAudit(ctx.deps)).deleted).toBe(0);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
  });

  it('follows AUDIT_KEEP_DAYS', async () => {
    const ctx = makeTestApp({ now: '2026-01-01T00:00:00Z' });
    await recordAudit(ctx.deps, { actor: { kind: 'cli' }, action: 'backup.write' });
    ctx.clock.set('2026-01-31T00:00:00Z');
    await recordAudit(ctx.deps, { actor: { kind: 'cli' }, action: 'backup.write' });
    ctx.deps.config.auditKeepDays = 30;
    ctx.clock.set('2026-01-31T00:00:01Z');
    expect((await purgeAudit(ctx.deps)).deleted).toBe(1);
    ctx.deps.config.auditKeepDays = 365;
    ctx.clock.set('2026-12-31T00:00:00Z');
    expect((await purgeAudit(ctx.deps)).deleted).toBe(0);
  });

  it('reads AUDIT_KEEP_DAYS: 730 by default, whole days from 1, a bad value refused by name', () => {
    const env = { LINK_SECRET: 'l'.repeat(40), ANSWER_SECRET: 'a'.repeat(40) };
    expect(readConfig(env).auditKeepDays).toBe(730);
    expect(readConfig({ ...env, AUDIT_KEEP_DAYS: '90' }).auditKeepDays).toBe(90);
    for (const bad of ['0', '1.5', 'forever']) {
      expect(() => readConfig({ ...env, AUDIT_KEEP_DAYS: bad })).toThrow(/AUDIT_KEEP_DAYS/);
    }
  });
});
