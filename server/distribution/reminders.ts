/**
 * A launched campaign's edit: its name, close date and reminder days, with the reminders still queued
 * rescheduled to match in the same atomic write. A reminder is known by its sequence (1 for the first
 * reminder day, ...), due that many days after the invitation went, as at launch (outboxRowsFor):
 *
 * - a sequence whose due time is unchanged is left alone (rows held for texting hours keep their hold);
 * - one that moved, or fell after the new close date, loses its queued rows;
 * - one that moved, or is new, is queued for every invitation without a reminder of that sequence,
 *   so reminders already sent stay sent and nobody gets the same reminder twice. One whose day has
 *   already passed goes at once.
 */
import { editLaunched, editedTo, forgetCampaign, getCampaign } from '../campaigns/campaigns.ts';
import type { Campaign, UpdateCampaignBody } from '../campaigns/contract.ts';
import { refusedAfterLaunch } from '../campaigns/edit.ts';
import { localDay } from '../dates.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { dropQueuedReminders, queueReminders } from './outbox/queue.ts';
import { zonedInstant } from './send-window.ts';

const day = 86_400_000;

export interface RescheduledReminders {
  /** Queued reminder messages removed (moved or dropped). */
  removed: number;
  /** Reminder messages queued (moved or new). */
  queued: number;
}

type Settings = Pick<Campaign, 'opensOn' | 'closesOn' | 'reminderDays'>;

/** Each reminder's due time (ms), by sequence; none where the close date comes first. */
function dueTimes(launchedAt: string, s: Settings, timeZone: string): (number | null)[] {
  const first = Math.max(Date.parse(launchedAt), zonedInstant(s.opensOn, '00:00', timeZone).getTime());
  const closes = zonedInstant(s.closesOn, '23:59', timeZone).getTime();
  return s.reminderDays.map((days) => (first + days * day <= closes ? first + days * day : null));
}

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', 'Some fields are missing or invalid.', [{ path, message }]);

export async function editLaunchedCampaign(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock'>,
  campaign: Campaign,
  body: UpdateCampaignBody,
): Promise<{ campaign: Campaign; reminders: RescheduledReminders }> {
  const refused = refusedAfterLaunch(body);
  if (refused.length > 0) {
    throw new AppError(
      'CAMPAIGN_NOT_DRAFT',
      `This campaign was launched: only its name, close date and reminder days can change now, not ${refused.join(', ')}.`,
      { refused },
    );
  }
  const partnership = await getPartnership(deps, campaign.partnershipId);
  const now = deps.clock.now();
  const today = localDay(now, partnership.timeZone);
  const to = {
    name: body.name ?? campaign.name,
    closesOn: body.closesOn ?? campaign.closesOn,
    reminderDays: body.reminderDays ?? campaign.reminderDays,
  };
  const reschedules =
    to.closesOn !== campaign.closesOn || to.reminderDays.join() !== campaign.reminderDays.join();
  if (reschedules) {
    // Reopening a closed campaign would put answers after its final release: never.
    if (campaign.status === 'closed' || today > campaign.closesOn) {
      throw new AppError('CONFLICT', 'This campaign has closed: only its name can change now.');
    }
    if (to.closesOn < today) throw invalid('closesOn', `The close date cannot be before today (${today}).`);
    if (to.closesOn < campaign.opensOn)
      throw invalid('closesOn', `The close date cannot be before the open date (${campaign.opensOn}).`);
  }

  const launchedAt = campaign.launchedAt!;
  const before = dueTimes(launchedAt, campaign, partnership.timeZone);
  const after = dueTimes(launchedAt, { ...campaign, ...to }, partnership.timeZone);
  const guard = editedTo(campaign.id, to);
  const drops: number[] = [];
  const queues: number[] = [];
  const statements = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const [was, will] = [before[i] ?? null, after[i] ?? null];
    if (was === will) continue;
    drops.push(statements.length + 1);
    statements.push(dropQueuedReminders(campaign.id, i + 1, guard));
    if (will === null) continue;
    queues.push(statements.length + 1);
    statements.push(
      queueReminders(campaign.id, i + 1, new Date(Math.max(will, now.getTime())).toISOString(), guard),
    );
  }
  const results = await deps.atomic([editLaunched(deps, campaign.id, campaign, to), ...statements]);
  forgetCampaign(deps, campaign.id);
  if (results[0]?.numChangedRows !== 1) {
    throw new AppError('CONFLICT', 'The campaign changed while this edit was made: reload it and try again.');
  }
  const sum = (at: number[]) => at.reduce((n, k) => n + (results[k]?.numChangedRows ?? 0), 0);
  return {
    campaign: await getCampaign(deps, campaign.id),
    reminders: { removed: sum(drops), queued: sum(queues) },
  };
}
