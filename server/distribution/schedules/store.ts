/**
 * The owner of `campaign_schedules` and `schedule_runs`. A run row is one quarter of one schedule; its
 * primary key is what keeps the quarter from being created twice, and every step of the runner is
 * one guarded statement here (a claim that changes one row or none), so two runners at once, or one
 * killed half-way, never do a step twice.
 */
import type { Deps } from '../../deps.ts';
import type { CampaignSchedulesTable, ScheduleRunsTable } from '../../db/schema.ts';
import { audience } from '../../partnerships/contract.ts';
import type { ScheduleBody, ScheduleRun } from '../../campaigns/contract.ts';

type Db = Pick<Deps, 'db'>;

export interface StoredSchedule {
  id: string;
  partnershipId: string;
  templateId: string;
  name: string;
  audience: ScheduleBody['audience'];
  segmentAttributes: string[];
  channels: ('sms' | 'email')[];
  reminderDays: number[];
  openDay: number;
  openDays: number;
  noticeDays: number;
  active: boolean;
  startsWith: string;
  updatedAt: string;
}

export interface RunKey {
  scheduleId: string;
  period: string;
}

export type RunRow = Omit<ScheduleRunsTable, 'attempts'> & { attempts: number };

function toSchedule(row: CampaignSchedulesTable): StoredSchedule {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    templateId: row.template_id,
    name: row.name,
    audience: audience.parse(JSON.parse(row.audience)),
    segmentAttributes: JSON.parse(row.segment_attributes) as string[],
    channels: JSON.parse(row.channels) as StoredSchedule['channels'],
    reminderDays: JSON.parse(row.reminder_days) as number[],
    openDay: row.open_day,
    openDays: row.open_days,
    noticeDays: row.notice_days,
    active: row.active === 1,
    startsWith: row.starts_with,
    updatedAt: row.updated_at,
  };
}

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

export async function schedulesOf(deps: Db, partnershipId: string): Promise<StoredSchedule[]> {
  const rows = await deps.db
    .selectFrom('campaign_schedules')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .orderBy('template_id')
    .execute();
  return rows.map(toSchedule);
}

export async function scheduleOf(
  deps: Db,
  partnershipId: string,
  templateId: string,
): Promise<StoredSchedule | undefined> {
  const row = await deps.db
    .selectFrom('campaign_schedules')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('template_id', '=', templateId)
    .executeTakeFirst();
  return row && toSchedule(row);
}

export async function activeSchedules(deps: Db): Promise<StoredSchedule[]> {
  const rows = await deps.db
    .selectFrom('campaign_schedules')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map(toSchedule);
}

/** One statement: a new schedule, or the template's schedule changed in place (its id and runs stay). */
export async function saveSchedule(
  deps: Db,
  s: Omit<StoredSchedule, 'updatedAt'>,
  now: string,
): Promise<void> {
  const values = {
    name: s.name,
    audience: JSON.stringify(s.audience),
    segment_attributes: JSON.stringify(s.segmentAttributes),
    channels: JSON.stringify([...new Set(s.channels)]),
    reminder_days: JSON.stringify(s.reminderDays),
    open_day: s.openDay,
    open_days: s.openDays,
    notice_days: s.noticeDays,
    active: s.active ? 1 : 0,
    starts_with: s.startsWith,
    updated_at: now,
  };
  await deps.db
    .insertInto('campaign_schedules')
    .values({
      ...values,
      id: s.id,
      partnership_id: s.partnershipId,
      template_id: s.templateId,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['partnership_id', 'template_id']).doUpdateSet(values))
    .execute();
}

/** Removes the schedule and its runs' record; the campaigns it made stay with the partnership. */
export async function deleteSchedule(deps: Pick<Deps, 'db' | 'atomic'>, scheduleId: string): Promise<void> {
  await deps.atomic([
    deps.db.deleteFrom('schedule_runs').where('schedule_id', '=', scheduleId),
    deps.db.deleteFrom('campaign_schedules').where('id', '=', scheduleId),
  ]);
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
