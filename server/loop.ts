/**
 * The dispatcher on a long-running server: runs `dispatchDue` every few seconds, never two at once,
 * and on stop lets the messages in flight finish and be recorded. Each tick also runs the upkeep
 * (releases of waiting answers, the draft sweep, the quarterly schedules: a campaign created and
 * launched on a tick goes out on the next). (Workers use a Cron Trigger for both.)
 */
import type { Deps } from './deps.ts';
import { runUpkeep, upkeepFields } from './upkeep.ts';
import { dispatchDue } from './distribution/dispatcher.ts';

/** Work that runs beside the loop (Node's scheduled backups): nudged each tick, awaited on stop. */
export interface LoopJob {
  tick(): void;
  stop(): Promise<void>;
}

export function startDispatcherLoop(
  deps: Deps,
  intervalMs = 5000,
  jobs: LoopJob[] = [],
): { stop(): Promise<void> } {
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      const report = await dispatchDue(deps, { signal: abort.signal });
      const moved = report.sent + report.failed + report.retried + report.skipped + report.optedOut;
      if (moved > 0) deps.log.info('dispatch', { ...report });
    } catch (err) {
      // A locked database or a provider outage must not end the loop; the next tick tries again.
      deps.log.error('dispatch failed', { error: err instanceof Error ? err.message : String(err) });
    }
    try {
      const fields = upkeepFields(await runUpkeep(deps));
      if (fields) deps.log.info('upkeep', fields);
    } catch (err) {
      deps.log.error('upkeep failed', { error: err instanceof Error ? err.message : String(err) });
    }
    for (const job of jobs) job.tick();
    if (!abort.signal.aborted) timer = setTimeout(() => void (running = tick()), intervalMs);
  };
  running = tick();
  return {
    async stop() {
      abort.abort();
      clearTimeout(timer);
      await running;
      await Promise.all(jobs.map((job) => job.stop()));
    },
  };
}
