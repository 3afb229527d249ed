/**
 * The owner of `schedule_runs`: one row per schedule and quarter. Its primary key is what keeps a
 * quarter from being created twice, and every step of the runner is one guarded statement here (a
 * claim that changes one row or none), so two runners at once, or one killed half-way, never do a
 * step twice.
 */
import type { ScheduleRun } from '../../campaigns/contract.ts';
import type { ScheduleRunsTable } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';

type Db = Pick<Deps, 'db'>;

export interface RunKey {
  scheduleId: string;
  period: string;
}

export type RunRow = Omit<ScheduleRunsTable, 'attempts'> & { attempts: number };

export function toRun(row: RunRow): ScheduleRun {
  const state: ScheduleRun['state'] = row.launched_at
    ? 'launched'
    : row.failed_at
      ? 'failed'
      : row.campaign_id
        ? 'launching'
        : 'noticed';
  return {
    period: row.period,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    noticeSentAt: row.notice_sent_at,
    noticeRecipients: row.notice_recipients,
    campaignId: row.campaign_id,
    launchedAt: row.launched_at,
    invited: row.invited,
    failure: row.failure,
    state,
  };
}

/** Runs of these schedules, newest quarter first. */
export async function runsOf(deps: Db, scheduleId: string, limit = 12): Promise<ScheduleRun[]> {
  const rows = await deps.db
    .selectFrom('schedule_runs')
    .selectAll()
    .where('schedule_id', '=', scheduleId)
    .orderBy('opens_on', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRun);
}

export async function getRun(deps: Db, key: RunKey): Promise<RunRow | undefined> {
  return deps.db
    .selectFrom('schedule_runs')
    .selectAll()
    .where('schedule_id', '=', key.scheduleId)
    .where('period', '=', key.period)
    .executeTakeFirst();
}

/** The quarter's row, made if it is not there yet (by this runner or any other). */
export async function ensureRun(
  deps: Db,
  key: RunKey,
  dates: { opensOn: string; closesOn: string },
  now: string,
): Promise<RunRow> {
  await deps.db
    .insertInto('schedule_runs')
    .values({
      schedule_id: key.scheduleId,
      period: key.period,
      opens_on: dates.opensOn,
      closes_on: dates.closesOn,
      notice_claimed_at: null,
      notice_sent_at: null,
      notice_recipients: null,
      campaign_id: null,
      launched_at: null,
      invited: null,
      failed_at: null,
      failure: null,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['schedule_id', 'period']).doNothing())
    .execute();
  return (await getRun(deps, key))!;
}

const one = (r: { numUpdatedRows: bigint }) => Number(r.numUpdatedRows) === 1;

const run = (deps: Db, key: RunKey) =>
  deps.db
    .updateTable('schedule_runs')
    .where('schedule_id', '=', key.scheduleId)
    .where('period', '=', key.period);

/**
 * Takes the notice to send: unsent and unclaimed, or claimed before `staleBefore` by a runner that
 * never finished (killed mid-send). Whether this runner won it.
 */
export async function claimNotice(deps: Db, key: RunKey, now: string, staleBefore: string) {
  const r = await run(deps, key)
    .set({ notice_claimed_at: now })
    .where('notice_sent_at', 'is', null)
    .where((w) => w.or([w('notice_claimed_at', 'is', null), w('notice_claimed_at', '<', staleBefore)]))
    .executeTakeFirst();
  return one(r);
}

export async function noticeSent(deps: Db, key: RunKey, now: string, recipients: number) {
  await run(deps, key).set({ notice_sent_at: now, notice_recipients: recipients }).executeTakeFirst();
}

/** Gives a claimed notice back (nothing could be sent), for the next run to try. */
export async function releaseNotice(deps: Db, key: RunKey) {
  await run(deps, key)
    .set({ notice_claimed_at: null })
    .where('notice_sent_at', 'is', null)
    .executeTakeFirst();
}

/**
 * New days for a quarter not yet created (its schedule was changed): the notice, sent for the old
 * days, is due again. Guarded on the old days, so of two runners only one moves it.
 */
export async function moveRun(deps: Db, key: RunKey, dates: { opensOn: string; closesOn: string }) {
  await run(deps, key)
    .set({
      opens_on: dates.opensOn,
      closes_on: dates.closesOn,
      notice_claimed_at: null,
      notice_sent_at: null,
    })
    .where('opens_on', '<>', dates.opensOn)
    .where('campaign_id', 'is', null)
    .executeTakeFirst();
}

/**
 * Chooses the quarter's campaign id before the campaign is written: the first runner's id stands,
 * and a runner that resumes after a crash writes the campaign under that same id.
 */
export async function chooseCampaignId(deps: Db, key: RunKey, campaignId: string): Promise<string> {
  await run(deps, key).set({ campaign_id: campaignId }).where('campaign_id', 'is', null).executeTakeFirst();
  return (await getRun(deps, key))!.campaign_id!;
}

export async function markLaunched(deps: Db, key: RunKey, launchedAt: string, invited: number | null) {
  await run(deps, key)
    .set({ launched_at: launchedAt, invited, failure: null })
    .where('launched_at', 'is', null)
    .executeTakeFirst();
}

/** For good: the runner stops trying this quarter, and the dashboard shows why. */
export async function markFailed(deps: Db, key: RunKey, now: string, failure: string) {
  await run(deps, key)
    .set({ failed_at: now, failure })
    .where('launched_at', 'is', null)
    .where('failed_at', 'is', null)
    .executeTakeFirst();
}

/** A failure that may pass (a locked database, a timeout): counted, so it is not retried forever. */
export async function noteAttempt(deps: Db, key: RunKey, failure: string): Promise<number> {
  await run(deps, key)
    .set((eb) => ({ attempts: eb('attempts', '+', 1), failure }))
    .executeTakeFirst();
  return (await getRun(deps, key))?.attempts ?? 0;
}

/** The statement that removes a schedule's runs, for the atomic write that removes the schedule. */
export function runsDelete(deps: Db, scheduleId: string) {
  return deps.db.deleteFrom('schedule_runs').where('schedule_id', '=', scheduleId);
}
