/**
 * Scheduled backups on Node (BACKUP_EVERY): on each tick of the dispatcher loop, a backup is started
 * when the last one that passed its check is older than the schedule, and the oldest past BACKUP_KEEP
 * are removed. The copy runs on a worker thread (backup-file.ts), so the tick does not wait for it and
 * the server keeps answering. Each one, failed or not, is an audit entry by the system's 'backup' job.
 */
import { basename, join } from 'node:path';
import type { Deps } from '../deps.ts';
import type { LoopJob } from '../loop.ts';
import { recordAudit } from '../audit/record.ts';
import { lastBackup, nextDue } from '../backups/status.ts';
import { backupName, pruneBackups, recordBackup, writeBackup } from './backup.ts';
import type { NodeConfig } from './config.ts';

/** A failed backup is tried again after this long (or the schedule's length, if shorter). */
const retryMs = 15 * 60_000;
const actor = { kind: 'system', job: 'backup' } as const;

export function backupSchedule(
  deps: Pick<Deps, 'db' | 'clock' | 'log'>,
  config: Pick<NodeConfig, 'databasePath' | 'backups'>,
): LoopJob | null {
  const { dir, everySeconds, keep } = config.backups;
  if (everySeconds === null || config.databasePath === ':memory:') return null;
  let running: Promise<void> | null = null;
  let notBefore = 0;

  const run = async () => {
    const now = deps.clock.now();
    const due = nextDue(await lastBackup(deps), everySeconds, now);
    if (due > now) {
      notBefore = due.getTime();
      return;
    }
    const target = join(dir, backupName(now));
    try {
      const written = await writeBackup(config.databasePath, target);
      await recordBackup(deps, actor, written);
      const pruned = pruneBackups(dir, keep);
      deps.log.info('backup', {
        file: written.file,
        bytes: written.bytes,
        check: written.check,
        pruned: pruned.length,
      });
      notBefore = now.getTime() + everySeconds * 1000;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      deps.log.error('backup failed', { error: message });
      await recordAudit(deps, {
        actor,
        action: 'backup.write',
        detail: { file: basename(target), check: 'failed' },
      });
      notBefore = now.getTime() + Math.min(retryMs, everySeconds * 1000);
    }
  };

  return {
    tick() {
      if (running || deps.clock.now().getTime() < notBefore) return;
      running = run()
        .catch((err: unknown) => {
          deps.log.error('backup failed', { error: err instanceof Error ? err.message : String(err) });
          notBefore = deps.clock.now().getTime() + retryMs;
        })
        .finally(() => {
          running = null;
        });
    },
    async stop() {
      notBefore = Number.POSITIVE_INFINITY;
      await running;
    },
  };
}
