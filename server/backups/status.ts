/**
 * The state of backups for the dashboard: read from the audit trail's last 'backup.write' entry
 * (written by the CLI and by Node's schedule alike), and the schedule from the configuration.
 */
import type { Deps } from '../deps.ts';
import { listAudit } from '../audit/store.ts';
import type { BackupStatus, LastBackup } from './contract.ts';

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The newest 'backup.write' entry, found among the trail's backup entries (restores are the others). */
export async function lastBackup(deps: Pick<Deps, 'db'>): Promise<LastBackup | null> {
  let before: number | undefined;
  let entry = null;
  for (;;) {
    const page = await listAudit(deps, {
      kind: 'backup',
      limit: 50,
      ...(before !== undefined && { before }),
    });
    entry = page.entries.find((e) => e.action === 'backup.write') ?? null;
    if (entry || page.next === null) break;
    before = page.next;
  }
  if (!entry) return null;
  const d = entry.detail;
  return {
    at: entry.at,
    by: entry.actor,
    file: typeof d.file === 'string' ? d.file : null,
    bytes: num(d.bytes),
    check: typeof d.check === 'string' ? d.check : 'unknown',
    tables: num(d.tables),
    rows: num(d.rows),
  };
}

/**
 * When the next scheduled backup is due: a schedule's length after the last backup that passed its
 * check, or now when there is none. A failed one does not count, so the schedule tries again.
 */
export function nextDue(last: LastBackup | null, everySeconds: number, now: Date): Date {
  if (!last || last.check !== 'ok') return now;
  return new Date(Date.parse(last.at) + everySeconds * 1000);
}

export async function backupStatus(deps: Pick<Deps, 'db' | 'clock' | 'config'>): Promise<BackupStatus> {
  // Absent only where a runtime builds its config by hand (tests): files, none scheduled.
  const config = deps.config.backups ?? { kind: 'file' as const, dir: '', everySeconds: null, keep: 0 };
  if (config.kind === 'd1') return { kind: 'd1' };
  const last = await lastBackup(deps);
  const now = deps.clock.now();
  // None yet, or the last one failed its check, is worth a warning too. A scheduled run starts on the
  // loop's next tick after it is due: a few minutes' grace before one that is merely due is late.
  const overdue =
    config.everySeconds !== null &&
    (last?.check !== 'ok' || nextDue(last, config.everySeconds, now).getTime() + 15 * 60_000 < now.getTime());
  return { kind: 'file', everySeconds: config.everySeconds, keep: config.keep, last, overdue };
}
