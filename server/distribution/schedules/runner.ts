/**
 * The schedule runner, run by Node's dispatcher loop and the Worker's Cron Trigger (through
 * upkeep.ts), and by `npm run cli -- dispatch`. For each schedule that is on, on the partnership's
 * today: the quarter whose opening day has come gets its campaign, launched through the launch staff
 * use (launch.ts); the quarter still to come gets its notice to staff once its notice day has come.
 *
 * Each step is claimed through runs.ts with one guarded statement, so runners that overlap (the loop
 * and a CLI dispatch, two cron invocations) do each step once, and a runner killed between steps is
 * resumed by the next: the campaign id is chosen before the campaign is written, so it is written
 * under that id or found there; a launch already made is found open. A launch refused for a reason
 * that will not pass (nobody in the audience, a template gone) is recorded and not tried again; any
 * other error is tried again on later runs, `maxAttempts` times in all.
 */
import { createCampaign, getCampaign } from '../../campaigns/campaigns.ts';
import type { Campaign } from '../../campaigns/contract.ts';
import { localDay } from '../../dates.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { countAudience } from '../../partnerships/audience.ts';
import type { Partnership } from '../../partnerships/contract.ts';
import { getPartnership } from '../../partnerships/partnerships.ts';
import { launchCampaign } from '../launch.ts';
import { sendNotice } from './notice.ts';
import { campaignName, dueQuarter, nextQuarter, runKey } from './plan.ts';
import { addDays, quarterDates } from './quarters.ts';
import * as runs from './runs.ts';
import type { RunKey } from './runs.ts';
import { activeSchedules, type StoredSchedule } from './store.ts';

export type RunnerDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config' | 'mailer' | 'log'> &
  Partial<Pick<Deps, 'statementBudget'>>;

export interface ScheduleReport {
  launched: number;
  noticed: number;
  failed: number;
}

/** Runs that may try one quarter's launch: a minute apart on the cron, a few seconds on Node's loop. */
export const maxAttempts = 10;
/**
 * Statements a scheduled launch may write in one run where statements are counted (D1): the cron's run
 * also resumes launches and dispatches, and the rest of a large launch is resumed by the next runs
 * through campaign_launches, as a launch from the dashboard is.
 */
const scheduledLaunchBudget = 150;

/**
 * A failure that may pass (a locked database, a write refused whole): counted on the run, shown as
 * "not launched yet", and after `maxAttempts` runs recorded as the quarter's failure for good.
 */
async function attemptFailed(
  deps: RunnerDeps,
  key: RunKey,
  now: string,
  why: string,
  report: ScheduleReport,
) {
  const attempts = await runs.noteAttempt(deps, key, `Not launched yet: ${why}.`);
  if (attempts < maxAttempts) return;
  await runs.markFailed(deps, key, now, `Not launched after ${attempts} tries: ${why}.`);
  report.failed++;
}

export async function runSchedules(deps: RunnerDeps): Promise<ScheduleReport> {
  const report: ScheduleReport = { launched: 0, noticed: 0, failed: 0 };
  for (const s of await activeSchedules(deps)) {
    try {
      const p = await getPartnership(deps, s.partnershipId);
      const today = localDay(deps.clock.now(), p.timeZone);
      const due = dueQuarter(s, today, p.reviewYear);
      if (due) await launchQuarter(deps, s, p, due, today, report);
      const next = nextQuarter(s, today, p.reviewYear);
      const { opensOn } = quarterDates(next, s.openDay, s.openDays);
      if (s.noticeDays > 0 && addDays(opensOn, -s.noticeDays) <= today)
        if (await sendNotice(deps, s, p, next)) report.noticed++;
    } catch (err) {
      // One schedule's trouble (a locked database) must not hold up the others; the next run tries again.
      deps.log.error('schedule run failed', { scheduleId: s.id, error: message(err) });
    }
  }
  return report;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function launchQuarter(
  deps: RunnerDeps,
  s: StoredSchedule,
  p: Partnership,
  quarter: string,
  today: string,
  report: ScheduleReport,
) {
  const key = runKey(s.id, quarter);
  const dates = quarterDates(quarter, s.openDay, s.openDays);
  const seen = await runs.getRun(deps, key);
  if (seen?.launched_at || seen?.failed_at) return;
  const now = deps.clock.now().toISOString();
  const run = seen ?? (await runs.ensureRun(deps, key, dates, now));
  if (!run.campaign_id && today > dates.closesOn) {
    // Nothing ran from its opening day to its close (the server was off): too late to ask anyone.
    await runs.markFailed(
      deps,
      key,
      now,
      `Not launched: nothing ran between ${dates.opensOn} and ${dates.closesOn}, when it would have been open.`,
    );
    report.failed++;
    return;
  }
  try {
    const id = run.campaign_id ?? (await runs.chooseCampaignId(deps, key, newId(deps.random)));
    const campaign = await campaignOf(deps, s, p, quarter, dates, id);
    let invited: number | null = null;
    if (campaign.status === 'draft') {
      const reach = await countAudience(deps, p.id, campaign.audience, campaign.channels);
      if (reach.total === 0) {
        await runs.markFailed(
          deps,
          key,
          now,
          'Not launched: no contact matches the audience. Add contacts or change the audience, then launch the campaign from its page.',
        );
        report.failed++;
        return;
      }
      const launchDeps =
        deps.statementBudget === undefined
          ? deps
          : { ...deps, statementBudget: Math.min(deps.statementBudget, scheduledLaunchBudget) };
      try {
        invited = (await launchCampaign(launchDeps, id)).invited;
      } catch (err) {
        // Another runner launched it first; what matters is that it is open.
        if (!(err instanceof AppError && err.code === 'CAMPAIGN_NOT_DRAFT')) throw err;
      }
    }
    const launched = await getCampaign(deps, id);
    if (launched.launchedAt) {
      await runs.markLaunched(deps, key, launched.launchedAt, invited);
      report.launched++;
      deps.log.info('scheduled campaign launched', { scheduleId: s.id, campaignId: id, period: quarter });
    } else {
      // No launch of ours or anyone's took (its write was refused whole): try again, a few times.
      await attemptFailed(deps, key, now, 'the launch could not be written', report);
    }
  } catch (err) {
    if (err instanceof AppError) {
      await runs.markFailed(deps, key, now, `Not launched: ${err.message}`);
      report.failed++;
      return;
    }
    await attemptFailed(deps, key, now, message(err), report);
    throw err;
  }
}

/** The quarter's campaign under its chosen id: found, or written now (by this runner or a racing one). */
async function campaignOf(
  deps: RunnerDeps,
  s: StoredSchedule,
  p: Partnership,
  quarter: string,
  dates: { opensOn: string; closesOn: string },
  id: string,
): Promise<Campaign> {
  const found = await getCampaign(deps, id).catch(() => null);
  if (found) return found;
  try {
    return await createCampaign(
      deps,
      p.id,
      {
        name: campaignName(s, quarter),
        templateId: s.templateId,
        period: quarter,
        audience: s.audience,
        segmentAttributes: s.segmentAttributes,
        channels: s.channels,
        reminderDays: s.reminderDays,
        ...dates,
      },
      id,
    );
  } catch (err) {
    // The id's PRIMARY KEY refused a second write of the same campaign: the other runner's stands.
    const written = await getCampaign(deps, id).catch(() => null);
    if (written) return written;
    throw err;
  }
}
