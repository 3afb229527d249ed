/**
 * A campaign's progress: each channel's invitations by status, reminders, and who has answered. Only
 * counts leave campaignProgress; "completed" comes from the invitation's flag, never from a response.
 * campaignFailures lists, person by person, the invitations that could not be delivered, and nothing
 * that tells whether or when anyone answered.
 */
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { outboxStatuses, type OutboxStatus } from '../db/schema.ts';
import { invitationCounts } from '../campaigns/invitations.ts';
import { releaseStatus, type AnswerRelease } from '../reviews/release.ts';
import { launchProgress } from './launch.ts';
import { failedInvitations, failureCounts, messageCounts, type FailureCount } from './outbox.ts';

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
  failures: FailureCount[];
}

const empty = (): StatusCounts => Object.fromEntries(outboxStatuses.map((s) => [s, 0])) as StatusCounts;
const rate = (completed: number, invited: number) =>
  invited > 0 ? Math.round((completed / invited) * 1000) / 1000 : null;

export async function campaignProgress(
  deps: Pick<Deps, 'db' | 'clock'>,
  campaignId: string,
): Promise<CampaignProgress> {
  const rows = await messageCounts(deps, campaignId);
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
  const failures = await failureCounts(deps, campaignId);
  progress.failures = failures.map((f) => ({ ...f, count: Number(f.count) }));
  progress.launch = (await launchProgress(deps, campaignId)) ?? null;
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
  const rows = await failedInvitations(deps, campaignId, { after: query.after, limit: query.limit + 1 });
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
