/**
 * The replies of conversations by text, queued in sms_replies (migrations/0023) and sent by the same
 * SMS sender, under the same rate limit, as the outbox. Unlike the outbox they never wait for texting
 * hours: the worker is answering now. A row holds the phone and the texts of one step sealed under
 * a key derived from ANSWER_SECRET, is claimed with a lease like an outbox row, and is deleted once the provider has taken
 * every text, so a copy of the database keeps no trace of who was texted what.
 *
 * No status callback is asked for: a delivery report would have to name the row, and a reply that
 * does not arrive is answered by the worker writing again.
 */
import { CompiledQuery, sql } from 'kysely';
import type { Deps, SendResult } from '../../deps.ts';
import { newId } from '../../ids.ts';
import { deriveKey, seal, unseal } from '../../seal.ts';
import type { RateLimiter } from '../rate-limit.ts';

export type QueueDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config' | 'sms' | 'log'>;

interface Sealed {
  to: string;
  texts: string[];
}

const keys = new Map<string, Promise<CryptoKey>>();
/** The replies' key, derived from ANSWER_SECRET (never in the database), once per secret. */
function replyKey(deps: Pick<Deps, 'config'>): Promise<CryptoKey> {
  const secret = deps.config.answerSecret;
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = deriveKey(secret, 'sms-replies')));
  return key;
}

/**
 * Replies are padded to whole 2 KiB blocks: the few texts one step sends (a question, or the opening
 * and the first question) fit one block, so a queued row does not say which kind of step it is.
 */
const replyBlock = 2048;

/** A condition the insert is written under, as raw SQL and its parameters. */
export interface Guard {
  sql: string;
  params: unknown[];
}

/** The statement queueing one step's texts to `to`, for the step's own atomic write. */
export async function replyInsert(
  deps: Pick<Deps, 'config' | 'random' | 'clock'>,
  to: string,
  texts: string[],
  guard: Guard = { sql: '1', params: [] },
): Promise<CompiledQuery> {
  const body: Sealed = { to, texts };
  const sealed = await seal(await replyKey(deps), JSON.stringify(body), replyBlock, deps.random);
  return CompiledQuery.raw(`INSERT INTO sms_replies (id, sealed, due_at) SELECT ?, ?, ? WHERE ${guard.sql}`, [
    newId(deps.random),
    sealed,
    deps.clock.now().toISOString(),
    ...guard.params,
  ]);
}

interface Claimed {
  id: string;
  sealed: string;
  attempts: number;
}

async function claim(deps: QueueDeps, limit: number): Promise<Claimed[]> {
  const now = deps.clock.now();
  const iso = now.toISOString();
  const lease = new Date(now.getTime() + deps.config.distribution.leaseSeconds * 1000).toISOString();
  const { rows } = await sql<Claimed>`
    UPDATE sms_replies SET status = 'sending', lease_until = ${lease}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM sms_replies
      WHERE (status = 'queued' AND due_at <= ${iso}) OR (status = 'sending' AND lease_until <= ${iso})
      ORDER BY due_at LIMIT ${limit})
    RETURNING id, sealed, attempts`.execute(deps.db);
  return rows;
}

/** 5 s, 10 s, 20 s ... capped at five minutes: the worker is waiting for the next question. */
const backoffMs = (attempt: number) => Math.min(300_000, 5_000 * 2 ** Math.max(0, attempt - 1));

export interface ReplyReport {
  sent: number;
  failed: number;
  retried: number;
  dropped: number;
}

/** Would a text to this phone be refused now (STOP since the step was queued)? Given by the caller. */
export type Refuses = (phone: string) => Promise<boolean>;

async function sendRow(
  deps: QueueDeps,
  row: Claimed,
  limiter: RateLimiter,
  refuses: Refuses,
  report: ReplyReport,
): Promise<void> {
  const text = await unseal(await replyKey(deps), row.sealed);
  const value = text === null ? null : (JSON.parse(text) as Sealed);
  // Unreadable (sealed under another ANSWER_SECRET), or the worker said STOP after this was queued.
  if (!value || (await refuses(value.to))) {
    await deps.db.deleteFrom('sms_replies').where('id', '=', row.id).execute();
    report.dropped++;
    return;
  }
  let sent = 0;
  let failure: Extract<SendResult, { ok: false }> | null = null;
  for (const body of value.texts) {
    await limiter.take();
    let result: SendResult;
    try {
      result = await deps.sms.send({ to: value.to, body });
    } catch (err) {
      result = { ok: false, permanent: false, code: 'SEND_ERROR', message: String(err) };
    }
    if (!result.ok) {
      failure = result;
      break;
    }
    sent++;
  }
  report.sent += sent;
  const final = failure === null || failure.permanent || row.attempts >= deps.config.distribution.maxAttempts;
  if (final) {
    await deps.db
      .deleteFrom('sms_replies')
      .where('id', '=', row.id)
      .where('status', '=', 'sending')
      .execute();
    if (failure) {
      report.failed++;
      // The code only: the log never names the phone.
      deps.log.error(`A reply by text was not sent: ${failure.code}`);
    }
    return;
  }
  // A passing failure: the texts not yet sent go again, in order, sealed afresh.
  const rest: Sealed = { to: value.to, texts: value.texts.slice(sent) };
  const sealed = await seal(await replyKey(deps), JSON.stringify(rest), replyBlock, deps.random);
  const due = new Date(deps.clock.now().getTime() + backoffMs(row.attempts)).toISOString();
  await deps.db
    .updateTable('sms_replies')
    .set({ status: 'queued', sealed, due_at: due, lease_until: null })
    .where('id', '=', row.id)
    .where('status', '=', 'sending')
    .execute();
  report.retried++;
}

/**
 * Sends every reply due now, `concurrency` rows at once (the texts of one row in order), each text
 * taking a token from `limiter`, the SMS rate limit the outbox shares.
 */
export async function sendReplies(
  deps: QueueDeps,
  limiter: RateLimiter,
  refuses: Refuses,
  options: { concurrency?: number; batchSize?: number } = {},
): Promise<ReplyReport> {
  const report: ReplyReport = { sent: 0, failed: 0, retried: 0, dropped: 0 };
  for (;;) {
    const rows = await claim(deps, options.batchSize ?? 100);
    if (rows.length === 0) return report;
    let next = 0;
    const worker = async () => {
      while (next < rows.length) await sendRow(deps, rows[next++]!, limiter, refuses, report);
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, rows.length) }, worker));
  }
}

/** Replies waiting (the progress and health views, and tests). */
export async function repliesWaiting(deps: Pick<Deps, 'db'>): Promise<number> {
  const row = await deps.db
    .selectFrom('sms_replies')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
