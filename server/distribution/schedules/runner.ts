/**
 * The schedule runner, run by Node's dispatcher loop and the Worker's Cron Trigger (through
 * upkeep.ts), and by `npm run cli -- dispatch`. For each schedule that is on, on the partnership's
 * today: the quarter whose opening day has come gets its campaign, launched through the launch staff
 * use (launch.ts); the quarter still to come gets its notice to staff once its notice day has come.
 *
 * Each step is claimed through store.ts with one guarded statement, so runners that overlap (the loop
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
import { noticeEmail, noticeRecipients } from './notice.ts';
import {
  addDays,
  isBefore,
  quarterAt,
  quarterBefore,
  quarterDates,
  quarterLabel,
  quarterOfDay,
  quarterStart,
  type ReviewYear,
} from './quarters.ts';
import * as store from './store.ts';
import type { RunKey, StoredSchedule } from './store.ts';

export type RunnerDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config' | 'mailer' | 'log'> &
  Partial<Pick<Deps, 'statementBudget'>>;

export interface ScheduleReport {
  launched: number;
  noticed: number;
  failed: number;
}

/** Runs that may try one quarter's launch: a minute apart on the cron, a few seconds on Node's loop. */
export const maxAttempts = 10;
/** A notice claimed this long ago and still unsent belongs to a runner that died mid-send. */
const noticeLeaseMs = 15 * 60_000;
/**
 * Statements a scheduled launch may write in one run where statements are counted (D1): the cron's run
 * also resumes launches and dispatches, and the rest of a large launch is resumed by the next runs
 * through campaign_launches, as a launch from the dashboard is.
 */
const scheduledLaunchBudget = 150;

/** The quarter's key in schedule_runs: its calendar name, so a change of review year cannot repeat it. */
const runKey = (scheduleId: string, quarter: string): RunKey => ({
  scheduleId,
  period: quarterAt(quarterStart(quarter)!, 'calendar'),
});

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
  const attempts = await store.noteAttempt(deps, key, `Not launched yet: ${why}.`);
  if (attempts < maxAttempts) return;
  await store.markFailed(deps, key, now, `Not launched after ${attempts} tries: ${why}.`);
  report.failed++;
}

/** The campaign's name for a quarter, as the schedule's campaigns are all named. */
export const campaignName = (s: Pick<StoredSchedule, 'name'>, quarter: string) =>
  `${s.name} — ${quarterLabel(quarter)}`.slice(0, 160);

/** The latest quarter, from the schedule's first, whose opening day has come; null before the first. */
export function dueQuarter(s: StoredSchedule, today: string, year: ReviewYear): string | null {
  let q = quarterOfDay(today, year);
  if (quarterDates(q, s.openDay, s.openDays).opensOn > today) q = quarterBefore(q, year);
  return isBefore(q, s.startsWith) ? null : q;
}

/** The first quarter, from the schedule's first, whose opening day is still to come. */
export function nextQuarter(s: StoredSchedule, today: string, year: ReviewYear): string {
  let q = quarterAt(quarterStart(s.startsWith)!, year);
  const current = quarterOfDay(today, year);
  if (isBefore(q, current)) q = quarterBefore(current, year);
  while (quarterDates(q, s.openDay, s.openDays).opensOn <= today) q = quarterAt(quarterStart(q)! + 3, year);
  return q;
}

export async function runSchedules(deps: RunnerDeps): Promise<ScheduleReport> {
  const report: ScheduleReport = { launched: 0, noticed: 0, failed: 0 };
  for (const s of await store.activeSchedules(deps)) {
    try {
      const p = await getPartnership(deps, s.partnershipId);
      const today = localDay(deps.clock.now(), p.timeZone);
      const due = dueQuarter(s, today, p.reviewYear);
      if (due) await launchQuarter(deps, s, p, due, today, report);
      const next = nextQuarter(s, today, p.reviewYear);
      const { opensOn } = quarterDates(next, s.openDay, s.openDays);
      if (s.noticeDays > 0 && addDays(opensOn, -s.noticeDays) <= today)
        await sendNotice(deps, s, p, next, report);
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
  const seen = await store.getRun(deps, key);
  if (seen?.launched_at || seen?.failed_at) return;
  const now = deps.clock.now().toISOString();
  const run = seen ?? (await store.ensureRun(deps, key, dates, now));
  if (!run.campaign_id && today > dates.closesOn) {
    // Nothing ran from its opening day to its close (the server was off): too late to ask anyone.
    await store.markFailed(
      deps,
      key,
      now,
      `Not launched: nothing ran between ${dates.opensOn} and ${dates.closesOn}, when it would have been open.`,
    );
    report.failed++;
    return;
  }
  try {
    const id = run.campaign_id ?? (await store.chooseCampaignId(deps, key, newId(deps.random)));
    const campaign = await campaignOf(deps, s, p, quarter, dates, id);
    let invited: number | null = null;
    if (campaign.status === 'draft') {
      const reach = await countAudience(deps, p.id, campaign.audience, campaign.channels);
      if (reach.total === 0) {
        await store.markFailed(
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
      await store.markLaunched(deps, key, launched.launchedAt, invited);
      report.launched++;
      deps.log.info('scheduled campaign launched', { scheduleId: s.id, campaignId: id, period: quarter });
    } else {
      // No launch of ours or anyone's took (its write was refused whole): try again, a few times.
      await attemptFailed(deps, key, now, 'the launch could not be written', report);
    }
  } catch (err) {
    if (err instanceof AppError) {
      await store.markFailed(deps, key, now, `Not launched: ${err.message}`);
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

async function sendNotice(
  deps: RunnerDeps,
  s: StoredSchedule,
  p: Partnership,
  quarter: string,
  report: ScheduleReport,
) {
  const key = runKey(s.id, quarter);
  const dates = quarterDates(quarter, s.openDay, s.openDays);
  let seen = await store.getRun(deps, key);
  // Staff moved the quarter's days after they were told: the notice goes again, with the new ones.
  if (seen && !seen.campaign_id && seen.opens_on !== dates.opensOn) {
    await store.moveRun(deps, key, dates);
    seen = await store.getRun(deps, key);
  }
  if (seen?.notice_sent_at) return;
  const now = deps.clock.now();
  if (!seen) await store.ensureRun(deps, key, dates, now.toISOString());
  const stale = new Date(now.getTime() - noticeLeaseMs).toISOString();
  if (!(await store.claimNotice(deps, key, now.toISOString(), stale))) return;

  const recipients = await noticeRecipients(deps, p.id);
  const reach = await countAudience(deps, p.id, s.audience, s.channels);
  const url = `${deps.config.publicUrl}/admin/campaigns/schedule?partnership=${encodeURIComponent(p.id)}`;
  let sent = 0;
  let transient = 0;
  for (const to of recipients) {
    const mail = noticeEmail({
      to: to.email,
      name: to.name,
      partnershipName: p.name,
      campaignName: campaignName(s, quarter),
      ...dates,
      reach,
      reminderDays: s.reminderDays,
      url,
    });
    const result = await deps.mailer.send(mail).catch((err: unknown) => ({
      ok: false as const,
      permanent: false,
      code: 'SEND_FAILED',
      message: message(err),
    }));
    if (result.ok) sent++;
    else {
      if (!result.permanent) transient++;
      deps.log.error('schedule notice not sent', {
        scheduleId: s.id,
        code: result.code,
        error: result.message,
      });
    }
  }
  // Nothing went and it might next time: give the claim back. Otherwise the notice is done, once.
  if (sent === 0 && transient > 0) return store.releaseNotice(deps, key);
  await store.noticeSent(deps, key, deps.clock.now().toISOString(), sent);
  report.noticed++;
}
