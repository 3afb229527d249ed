/**
 * A campaign's progress: each channel's invitations by status, reminders, and who has answered. Only
 * counts leave campaignProgress; "completed" comes from the invitation's flag, never from a response.
 * campaignFailures lists, person by person, the invitations that could not be delivered, and nothing
 * that tells whether or when anyone answered.
 */
import type { Deps } from '../deps.ts';
import { campaignWindow, recentCampaign } from '../campaigns/campaigns.ts';
import { localDay } from '../dates.ts';
import { invitationCounts } from '../campaigns/invitations/store.ts';
import { recentPartnership } from '../partnerships/partnerships.ts';
import type { AnswerRelease } from '../reviews/contract.ts';
import {
  encodeCursor,
  outboxStatuses,
  type CampaignProgress,
  type ChannelProgress,
  type FailurePage,
  type FailuresQuery,
  type StatusCounts,
  type TextsWaiting,
} from './contract.ts';
import { launchProgress } from './launch.ts';
import { failedInvitations, failureCounts, messageCounts, queuedTextsDueBy } from './outbox/reads.ts';
import { textingHoursWait } from './send-window.ts';

const empty = (): StatusCounts => Object.fromEntries(outboxStatuses.map((s) => [s, 0])) as StatusCounts;
const rate = (completed: number, invited: number) =>
  invited > 0 ? Math.round((completed / invited) * 1000) / 1000 : null;

/**
 * `answers`, how far the campaign's answers have been released into the reviews, is the reviews
 * area's to say (it sits above this one): reviews/campaign-progress.ts passes it in.
 */
export async function deliveryProgress(
  deps: Pick<Deps, 'db' | 'clock'>,
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
    textsWaiting: (await textsWaiting(deps, campaignId))[0] ?? null,
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

/** Further than any texting hours' next start can be (a day, and an hour for a daylight-saving change). */
const longestWaitMs = 25 * 3600_000;

/**
 * The texts that wait now for their partnership's texting hours, per campaign (one campaign's, or
 * every campaign's): queued texts due before the hours' next start, which is when they all go. A
 * reminder due later than that waits for its own day, not for the hours, and is not counted. A closed
 * campaign's texts will not go at all. Inside the hours nothing waits, and for one campaign nothing
 * is read.
 */
export async function textsWaiting(
  deps: Pick<Deps, 'db' | 'clock'>,
  campaignId?: string,
): Promise<TextsWaiting[]> {
  const now = deps.clock.now();
  const waitOf = async (id: string) => {
    const campaign = await recentCampaign(deps, id);
    const { timeZone, smsHours } = await recentPartnership(deps, campaign.partnershipId);
    if (campaign.status !== 'open' || campaignWindow(campaign, localDay(now, timeZone)) === 'closed')
      return null;
    const wait = textingHoursWait(now, timeZone, smsHours);
    return wait && { wait, name: campaign.name, hours: { ...smsHours, timeZone } };
  };
  if (campaignId !== undefined && !(await waitOf(campaignId))) return [];
  const rows = await queuedTextsDueBy(
    deps,
    new Date(now.getTime() + longestWaitMs).toISOString(),
    campaignId,
  );
  const out: TextsWaiting[] = [];
  for (const id of [...new Set(rows.map((r) => r.campaign_id))].sort()) {
    const held = await waitOf(id);
    if (!held) continue;
    const by = held.wait.goesAt.toISOString();
    const count = rows
      .filter((r) => r.campaign_id === id && r.due_at <= by)
      .reduce((n, r) => n + Number(r.n), 0);
    if (count === 0) continue;
    const { goesAt, ...when } = held.wait;
    out.push({
      campaignId: id,
      campaignName: held.name,
      count,
      hours: held.hours,
      goesAt: goesAt.toISOString(),
      ...when,
    });
  }
  return out;
}
