/**
 * The owner of `campaign_schedules`: one schedule per partnership and survey template, read by the
 * routes and the runner. Its quarters' runs are runs.ts's.
 */
import type { ScheduleBody } from '../../campaigns/contract.ts';
import type { CampaignSchedulesTable } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { audience } from '../../partnerships/contract.ts';
import { runsDelete } from './runs.ts';

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
    runsDelete(deps, scheduleId),
    deps.db.deleteFrom('campaign_schedules').where('id', '=', scheduleId),
  ]);
}
