/**
 * A campaign's progress: each channel's invitations by status, reminders, and who has answered. Only
 * counts leave this function; "completed" comes from the invitation's flag, never from a response.
 */
import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import type { OutboxStatus } from '../db/schema.ts';
import { invitationCounts } from '../campaigns/invitations.ts';

const statuses: OutboxStatus[] = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'undelivered',
  'failed',
  'opted_out',
  'skipped',
];

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
  /** Messages that failed for good or were not delivered, grouped by the provider's reason. */
  failures: {
    channel: 'sms' | 'email';
    status: 'failed' | 'undelivered';
    code: string | null;
    message: string | null;
    count: number;
  }[];
}

const empty = (): StatusCounts => Object.fromEntries(statuses.map((s) => [s, 0])) as StatusCounts;
const rate = (completed: number, invited: number) =>
  invited > 0 ? Math.round((completed / invited) * 1000) / 1000 : null;

export async function campaignProgress(
  deps: Pick<Deps, 'db'>,
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
