/**
 * The dispatcher: claims due outbox rows with a lease, decides again whether each may go, sends it
 * and records what the provider said. Safe to kill at any moment: a row is claimed before it is sent
 * and marked after, so a crash leaves at most the rows in flight to be claimed and sent again once
 * their lease runs out, and loses none. The same function runs on Node (an interval, or the CLI) and
 * on Workers (a Cron Trigger).
 */
import type { Deps, SendResult } from '../deps.ts';
import { loadContext, type Claimed, type DispatchRow } from './dispatch-context.ts';
import { decide } from './decide.ts';
import { rateLimiter, senderLimiter } from './rate-limit.ts';
import { sendDueReplies } from './conversations/send.ts';
import { render } from './render.ts';
import {
  claimDue,
  countDue,
  dropClaimed,
  holdUntil,
  markFailed,
  markSent,
  retryLater,
} from './outbox/dispatch.ts';
import { type Channel } from './outbox/queue.ts';
import { optOutPhone } from './opt-out.ts';

type DispatchDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config' | 'mailer' | 'sms' | 'log'>;

export interface DispatchOptions {
  /** Most rows one claim takes per channel. */
  batchSize?: number;
  /** Sends in flight at once per channel. */
  concurrency?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Stops claiming new rows; rows already claimed are finished. */
  signal?: AbortSignal;
}

export interface DispatchReport {
  sent: number;
  failed: number;
  retried: number;
  held: number;
  skipped: number;
  optedOut: number;
}

/** 30 s, 1 min, 2 min ... capped at an hour: a provider's bad minute is over before the message gives up. */
export function backoffMs(attempt: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempt - 1));
}

async function claim(deps: DispatchDeps, channel: Channel, limit: number): Promise<Claimed[]> {
  const now = deps.clock.now();
  const lease = new Date(now.getTime() + deps.config.distribution.leaseSeconds * 1000).toISOString();
  return claimDue(deps, { channel, now: now.toISOString(), leaseUntil: lease, limit });
}

async function record(deps: DispatchDeps, row: DispatchRow, result: SendResult, report: DispatchReport) {
  if (result.ok) {
    await markSent(deps, row.id, result.providerId);
    report.sent++;
    return;
  }
  const final = result.permanent || row.attempts >= deps.config.distribution.maxAttempts;
  if (final) {
    const message = result.permanent
      ? result.message
      : `gave up after ${row.attempts} attempts: ${result.message}`;
    await markFailed(deps, row.id, { code: result.code, message: message.slice(0, 300) });
    report.failed++;
    // The carrier says this number sent STOP to us (Twilio 21610): record it as the person's opt-out.
    if (result.code === '21610' && row.phone) await optOutPhone(deps, row.phone);
    return;
  }
  const due = new Date(deps.clock.now().getTime() + backoffMs(row.attempts)).toISOString();
  await retryLater(deps, row.id, due, { code: result.code, message: result.message.slice(0, 300) });
  report.retried++;
}

async function sendOne(
  deps: DispatchDeps,
  row: DispatchRow,
  report: DispatchReport,
  take: () => Promise<void>,
) {
  const verdict = decide(row, deps.clock.now());
  if (verdict.action === 'hold') {
    // Outside SMS hours: not an attempt, just later.
    await holdUntil(deps, row.id, verdict.until.toISOString(), row.attempts - 1);
    report.held++;
    return;
  }
  if (verdict.action === 'drop') {
    await dropClaimed(deps, row.id, verdict.status, verdict.code);
    if (verdict.status === 'opted_out') report.optedOut++;
    else report.skipped++;
    return;
  }
  await take();
  let result: SendResult;
  try {
    const message = await render(deps, row);
    result =
      message.channel === 'sms' ? await deps.sms.send(message.sms) : await deps.mailer.send(message.email);
  } catch (err) {
    // A sender that throws instead of answering (a bug, a dropped socket): treat it as passing.
    result = {
      ok: false,
      permanent: false,
      code: 'SEND_ERROR',
      message: err instanceof Error ? err.message : String(err),
    };
  }
  await record(deps, row, result, report);
}

async function drainChannel(
  deps: DispatchDeps,
  channel: Channel,
  options: DispatchOptions,
  report: DispatchReport,
  tick: () => void,
) {
  const perSecond =
    channel === 'sms' ? deps.config.distribution.smsPerSecond : deps.config.distribution.emailPerSecond;
  // SMS shares its sender's one limiter with the replies to conversations by text.
  const limiter = channel === 'sms' ? senderLimiter(deps.sms, perSecond) : rateLimiter(perSecond);
  // Claim no more than can be sent in a quarter of the lease, so a slow provider never outlives it.
  const paced =
    perSecond > 0
      ? Math.max(1, Math.floor((perSecond * deps.config.distribution.leaseSeconds) / 4))
      : Infinity;
  const limit = Math.min(options.batchSize ?? 200, paced);
  const concurrency = options.concurrency ?? 16;
  while (!options.signal?.aborted) {
    const claimed = await claim(deps, channel, limit);
    if (claimed.length === 0) return;
    const rows = await loadContext(deps, claimed);
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        await sendOne(deps, row, report, () => limiter.take());
        tick();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker));
  }
}

/** Sends everything due now, on both channels side by side, and reports what happened. */
export async function dispatchDue(
  deps: DispatchDeps,
  options: DispatchOptions = {},
): Promise<DispatchReport> {
  const report: DispatchReport = { sent: 0, failed: 0, retried: 0, held: 0, skipped: 0, optedOut: 0 };
  const total = options.onProgress ? await countDue(deps) : 0;
  let done = 0;
  const tick = () => options.onProgress?.({ done: ++done, total: Math.max(total, done) });
  await Promise.all([
    // Replies to workers answering by text first: they are waiting for the next question.
    sendDueReplies(deps).then(() => drainChannel(deps, 'sms', options, report, tick)),
    drainChannel(deps, 'email', options, report, tick),
  ]);
  return report;
}
