/**
 * A campaign's progress: each channel's invitations by status, reminders, and who has answered. Only
 * counts leave campaignProgress; "completed" comes from the invitation's flag, never from a response.
 * campaignFailures lists, person by person, the invitations that could not be delivered, and nothing
 * that tells whether or when anyone answered.
 */
import type { Deps } from '../deps.ts';
import { invitationCounts } from '../campaigns/invitations.ts';
import type { AnswerRelease } from '../reviews/contract.ts';
import {
  encodeCursor,
  outboxStatuses,
  type CampaignProgress,
  type ChannelProgress,
  type FailurePage,
  type FailuresQuery,
  type StatusCounts,
} from './contract.ts';
import { launchProgress } from './launch.ts';
import { failedInvitations, failureCounts, messageCounts } from './outbox/reads.ts';

const empty = (): StatusCounts => Object.fromEntries(outboxStatuses.map((s) => [s, 0])) as StatusCounts;
const rate = (completed: number, invited: number) =>
  invited > 0 ? Math.round((completed / invited) * 1000) / 1000 : null;

/**
 * `answers`, how far the campaign's answers have been released into the reviews, is the reviews
 * area's to say (it sits above this one): reviews/campaign-progress.ts passes it in.
 */
export async function deliveryProgress(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  answers: AnswerRelease,
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
    answers,
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

/**
 * The contacts whose invitation failed for good (refused, or given up after its retries), by name,
 * a page at a time, for staff to correct an address or hand over a printed link. Only invitations:
 * they go out when the campaign opens, before anyone can have answered, whereas a failed reminder
 * would tell that its contact had not answered by that reminder's day. No dates leave here either.
 */
export async function campaignFailures(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  query: FailuresQuery,
): Promise<FailurePage> {
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
