/**
 * The upkeep (Node's loop, the Worker's cron, `release`) is what purges the audit trail: an entry
 * past AUDIT_KEEP_DAYS goes on the next run, and the run's log line says how many.
 */
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../server/audit/record.ts';
import { runUpkeep, upkeepFields } from '../../server/upkeep.ts';
import { makeTestApp } from '../helpers/app.ts';

describe('upkeep and the audit trail', () => {
  it('drops entries past the keep time on the next run and logs the count, leaving younger ones', async () => {
    const ctx = makeTestApp({ now: '2024-01-10T12:00:00Z' });
    await recordAudit(ctx.deps, { actor: { kind: 'cli' }, action: 'backup.write' });
    ctx.clock.set('2025-06-01T00:00:00Z');
    await recordAudit(ctx.deps, { actor: { kind: 'cli' }, action: 'backup.restore' });

    ctx.clock.set('2025-06-02T00:00:00Z');
    const quiet = await runUpkeep(ctx.deps);
    expect(quiet.auditPurged).toBe(0);

    ctx.clock.set('2026-01-11T00:00:00Z'); // the first entry is now over 730 days old
    const report = await runUpkeep(ctx.deps);
    expect(report.auditPurged).toBe(1);
    expect(upkeepFields(report)).toMatchObject({ auditEntriesPurged: 1 });
    const actions = ctx.raw.prepare('SELECT action FROM audit_log ORDER BY seq').all();
    expect(actions).toEqual([{ action: 'backup.restore' }, { action: 'audit.purge' }]);
  });
});
