/**
 * One run of the dispatcher from a Cron Trigger. A Worker invocation may make at most 1,000 D1 queries
 * (a batch counts as one) and a scheduled run should end before the next one starts, so a run stops
 * claiming once it has handled `maxMessages` messages or spent `maxMs`; whatever is still due waits
 * for the next minute. Rows it claimed are always finished and recorded, so stopping early loses none.
 */
import type { Deps } from '../deps.ts';
import { dispatchDue, type DispatchReport } from './dispatcher.ts';

export interface CronBudget {
  /**
   * Messages handled per run. Each costs about one query (its record); each claim of up to
   * `batchSize` rows costs a handful more. 300 plus one claim in flight stays well under 1,000.
   */
  maxMessages: number;
  maxMs: number;
  batchSize: number;
}

export const workerCronBudget: CronBudget = { maxMessages: 300, maxMs: 45_000, batchSize: 100 };

export async function dispatchScheduled(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config' | 'mailer' | 'sms' | 'log'>,
  budget: CronBudget = workerCronBudget,
): Promise<DispatchReport> {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), budget.maxMs);
  let handled = 0;
  try {
    return await dispatchDue(deps, {
      batchSize: budget.batchSize,
      signal: stop.signal,
      onProgress: () => {
        if (++handled >= budget.maxMessages) stop.abort();
      },
    });
  } finally {
    clearTimeout(timer);
  }
}
