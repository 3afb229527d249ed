/**
 * A campaign's progress: each channel's invitations by status, reminders, and who has answered. Only
 * counts leave campaignProgress; "completed" comes from the invitation's flag, never from a response.
 * campaignFailures lists, person by person, the invitations that could not be delivered, and nothing
 * that tells whether or when anyone answered.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { outboxStatuses, type OutboxStatus } from '../db/schema.ts';
import { invitationCounts } from '../campaigns/invitations.ts';
import { releaseStatus, type AnswerRelease } from '../reviews/release.ts';

export type StatusCounts = Record<OutboxStatus, number>;

export interface ChannelProgress extends StatusCounts {
  /** Invitations sent (or to be sent) on this channel. */
  invited: number;
  completed: number;
  responseRate: number | null;
}

export interface CampaignProgress {
  invited: number;
  completed: number;
  responseRate: number | null;
  channels: {
    sms: ChannelProgress;
    email: ChannelProgress;
    /** Reached by a printed link only. */ none: { invited: number; completed: number };
  };
  reminders: StatusCounts;
  /** A launch too large for one D1 invocation, while it is being written in parts; null otherwise. */
  launch: { done: number; total: number; finished: boolean } | null;
  /** Answered is not yet in the reviews: answers wait, sealed, for a release (server/reviews/release.ts). */
  answers: AnswerRelease;
  /** Messages that failed for good or were not delivered, grouped by the provider's reason. */
  failures: {
    channel: 'sms' | 'email';
    status: 'failed' | 'undelivered';
    code: string | null;
    message: string | null;
    count: number;
  }[];
}

const empty = (): StatusCounts => Object.fromEntries(outboxStatuses.map((s) => [s, 0])) as StatusCounts;
const rate = (completed: number, invited: number) =>
  invited > 0 ? Math.round((completed / invited) * 1000) / 1000 : null;

export async function campaignProgress(
  deps: Pick<Deps, 'db' | 'clock'>,
  campaignId: string,
): Promise<CampaignProgress> {
  const { rows } = await sql<{
    channel: 'sms' | 'email';
    purpose: string;
    status: OutboxStatus;
    n: number;
    completed: number;
  }>`
    SELECT o.channel, o.purpose, o.status, count(*) AS n, sum(i.completed) AS completed
    FROM outbox o JOIN invitations i ON i.id = o.invitation_id
    WHERE o.campaign_id = ${campaignId}
    GROUP BY o.channel, o.purpose, o.status`.execute(deps.db);
  const totals = await invitationCounts(deps, campaignId);
  const channel = (): ChannelProgress => ({ ...empty(), invited: 0, completed: 0, responseRate: null });
  const progress: CampaignProgress = {
    invited: totals.invited,
    completed: totals.completed,
    responseRate: null,
    channels: { sms: channel(), email: channel(), none: { invited: 0, completed: 0 } },
    reminders: empty(),
    launch: null,
    answers: await releaseStatus(deps, campaignId),
    failures: [],
  };
  const { rows: failures } = await sql<CampaignProgress['failures'][number]>`
    SELECT channel, status, error_code AS code, error_message AS message, count(*) AS count
    FROM outbox WHERE campaign_id = ${campaignId} AND status IN ('failed', 'undelivered')
    GROUP BY channel, status, error_code, error_message ORDER BY count(*) DESC, channel, error_code LIMIT 50`.execute(
    deps.db,
  );
  progress.failures = failures.map((f) => ({ ...f, count: Number(f.count) }));
  const launch = await deps.db
    .selectFrom('campaign_launches')
    .select(['done', 'total', 'finished'])
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  if (launch) progress.launch = { done: launch.done, total: launch.total, finished: launch.finished === 1 };
  for (const r of rows) {
    if (r.purpose === 'reminder') {
      progress.reminders[r.status] += Number(r.n);
      continue;
    }
    const c = progress.channels[r.channel];
    c[r.status] += Number(r.n);
    c.invited += Number(r.n);
    c.completed += Number(r.completed ?? 0);
  }
  for (const c of [progress.channels.sms, progress.channels.email])
    c.responseRate = rate(c.completed, c.invited);
  progress.channels.none.invited =
    progress.invited - progress.channels.sms.invited - progress.channels.email.invited;
  progress.channels.none.completed =
    progress.completed - progress.channels.sms.completed - progress.channels.email.completed;
  progress.responseRate = rate(progress.completed, progress.invited);
  return progress;
}

export interface FailedContact {
  contactId: string;
  firstName: string;
  lastName: string;
  channel: 'sms' | 'email';
  /** The contact's phone (SMS) or email as it is now: the outbox does not keep a copy. */
  address: string | null;
  status: 'failed' | 'undelivered';
  code: string | null;
  reason: string | null;
  attempts: number;
}

type Cursor = [lastName: string, firstName: string, outboxId: string];
const cursorShape = z.tuple([z.string(), z.string(), z.string()]);
const utf8 = { encode: new TextEncoder(), decode: new TextDecoder('utf-8', { fatal: true }) };

/** The position after a row, opaque to callers: base64url of [last name, first name, outbox id]. */
function encodeCursor(cursor: Cursor): string {
  let bin = '';
  for (const b of utf8.encode.encode(JSON.stringify(cursor))) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(text: string): Cursor | null {
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const json = utf8.decode.decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
    const parsed = cursorShape.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const failuresQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: z
    .string()
    .max(1000)
    .transform((text, ctx) => {
      const cursor = decodeCursor(text);
      if (!cursor) {
        ctx.addIssue({ code: 'custom', message: 'Pass the nextAfter of the previous page, unchanged.' });
        return z.NEVER;
      }
      return cursor;
    })
    .optional(),
});

/**
 * The contacts whose invitation failed for good (refused, or given up after its retries), by name,
 * a page at a time, for staff to correct an address or hand over a printed link. Only invitations:
 * they go out when the campaign opens, before anyone can have answered, whereas a failed reminder
 * would tell that its contact had not answered by that reminder's day. No dates leave here either.
 */
export async function campaignFailures(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  query: z.infer<typeof failuresQuery>,
): Promise<{ failures: FailedContact[]; nextAfter: string | null }> {
  const after = query.after
    ? sql`AND (c.last_name, c.first_name, o.id) > (${query.after[0]}, ${query.after[1]}, ${query.after[2]})`
    : sql``;
  const { rows } = await sql<{
    id: string;
    contact_id: string;
    first_name: string;
    last_name: string;
    channel: 'sms' | 'email';
    address: string | null;
    status: 'failed' | 'undelivered';
    error_code: string | null;
    error_message: string | null;
    attempts: number;
  }>`
    SELECT o.id, o.contact_id, c.first_name, c.last_name, o.channel,
      CASE o.channel WHEN 'sms' THEN c.phone ELSE c.email END AS address,
      o.status, o.error_code, o.error_message, o.attempts
    FROM outbox o JOIN contacts c ON c.id = o.contact_id
    WHERE o.campaign_id = ${campaignId} AND o.purpose = 'invitation' AND o.status IN ('failed', 'undelivered')
      ${after}
    ORDER BY c.last_name, c.first_name, o.id
    LIMIT ${query.limit + 1}`.execute(deps.db);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    failures: page.map((r) => ({
      contactId: r.contact_id,
      firstName: r.first_name,
      lastName: r.last_name,
      channel: r.channel,
      address: r.address,
      status: r.status,
      code: r.error_code,
      reason: r.error_message,
      attempts: Number(r.attempts),
    })),
    nextAfter:
      rows.length > query.limit && last ? encodeCursor([last.last_name, last.first_name, last.id]) : null,
  };
}
