/**
 * The dispatcher on a long-running server: runs `dispatchDue` every few seconds, never two at once,
 * and on stop lets the messages in flight finish and be recorded. (Workers use a Cron Trigger.)
 */
import type { Deps } from '../deps.ts';
import { dispatchDue } from './dispatcher.ts';

export function startDispatcherLoop(deps: Deps, intervalMs = 5000): { stop(): Promise<void> } {
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
    if (!abort.signal.aborted) timer = setTimeout(() => void (running = tick()), intervalMs);
  };
  running = tick();
  return {
    async stop() {
      abort.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
