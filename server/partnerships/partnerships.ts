/** Partnerships: queries for the partnerships table and its mapping to the API shape. */
import { z } from 'zod';
import { oneLine } from '../text.ts';
import type { Deps } from '../deps.ts';
import { RecentRows } from '../db/recent-rows.ts';
import type { PartnershipsTable } from '../db/schema.ts';
import { isValidTimeZone } from '../dates.ts';
import { AppError } from '../errors.ts';
import type { SessionUser } from '../http.ts';
import { newId } from '../ids.ts';
import { memberPartnershipIds } from './members.ts';

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmmEnd = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const partnershipFields = {
  name: oneLine(160),
  sector: oneLine(80),
  region: oneLine(120),
  timeZone: z.string().refine(isValidTimeZone, 'Use an IANA time zone such as America/Chicago.'),
  reviewYear: z.enum(['calendar', 'program']),
  // Below 3, a "group" statistic can describe one or two people; the floor is not configurable.
  minGroupSize: z.number().int().min(3, 'The minimum group size is never below 3.').max(100),
  /** Local hours in which SMS may go out (end exclusive); texts due outside wait for the next window. */
  smsHours: z
    .object({
      start: z.string().regex(hhmm, 'Use a time such as 08:00.'),
      // 24:00 is the end of the day: a window of 00:00-24:00 never holds a text back.
      end: z.string().regex(hhmmEnd, 'Use a time such as 20:00 (24:00 for the end of the day).'),
    })
    .refine((h) => h.start < h.end, { message: 'The window must end after it starts.', path: ['end'] }),
};
export const createPartnershipBody = z.object({
  ...partnershipFields,
  reviewYear: partnershipFields.reviewYear.default('program'),
  minGroupSize: partnershipFields.minGroupSize.default(5),
  smsHours: partnershipFields.smsHours.default({ start: '08:00', end: '20:00' }),
});
/** What the API validated; callers inside the server may leave the SMS hours to their default. */
export type CreatePartnershipBody = Omit<z.infer<typeof createPartnershipBody>, 'smsHours'> & {
  smsHours?: { start: string; end: string };
};
// Built from the fields without their defaults: zod fills a default in even on a partial schema, so
// renaming a partnership would otherwise reset its minimum group size to 5.
export const updatePartnershipBody = z.object(partnershipFields).partial();

export interface Partnership {
  id: string;
  name: string;
  sector: string;
  region: string;
  timeZone: string;
  reviewYear: 'calendar' | 'program';
  minGroupSize: number;
  smsHours: { start: string; end: string };
  createdAt: string;
}

type Row = Omit<PartnershipsTable, 'min_group_size' | 'sms_window_start' | 'sms_window_end'> & {
  min_group_size: number;
  sms_window_start: string;
  sms_window_end: string;
};

export function toPartnership(row: Row): Partnership {
  return {
    id: row.id,
    name: row.name,
    sector: row.sector,
    region: row.region,
    timeZone: row.time_zone,
    reviewYear: row.review_year,
    minGroupSize: row.min_group_size,
    smsHours: { start: row.sms_window_start, end: row.sms_window_end },
    createdAt: row.created_at,
  };
}

export async function createPartnership(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  input: CreatePartnershipBody,
) {
  const row: Row = {
    id: newId(deps.random),
    name: input.name,
    sector: input.sector,
    region: input.region,
    time_zone: input.timeZone,
    review_year: input.reviewYear,
    min_group_size: input.minGroupSize,
    sms_window_start: input.smsHours?.start ?? '08:00',
    sms_window_end: input.smsHours?.end ?? '20:00',
    created_at: deps.clock.now().toISOString(),
  };
  await deps.db.insertInto('partnerships').values(row).execute();
  return toPartnership(row);
}

export async function getPartnership(deps: Pick<Deps, 'db'>, id: string): Promise<Partnership> {
  const row = await deps.db.selectFrom('partnerships').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such partnership.');
  return toPartnership(row);
}

// Every submission needs its partnership's time zone and minimum group size; they rarely change.
const recent = new RecentRows<Partnership>(1000);

/**
 * The partnership as read at most a second ago, for the respondent's path. An update through this
 * module is seen at once; one made by another process (another Worker isolate) within a second. A
 * submission that races a change of the minimum group size is tagged as if it came a second earlier.
 */
export function recentPartnership(deps: Pick<Deps, 'db'>, id: string): Promise<Partnership> {
  return recent.get(deps.db, id, () => getPartnership(deps, id));
}

export async function listPartnerships(deps: Pick<Deps, 'db'>, user: SessionUser): Promise<Partnership[]> {
  let query = deps.db.selectFrom('partnerships').selectAll('partnerships').orderBy('name');
  if (user.role !== 'admin') {
    query = query.innerJoin(
      memberPartnershipIds(deps, user.id).as('membership'),
      'membership.partnership_id',
      'partnerships.id',
    );
  }
  return (await query.execute()).map(toPartnership);
}

export async function updatePartnership(
  deps: Pick<Deps, 'db'>,
  id: string,
  input: z.infer<typeof updatePartnershipBody>,
): Promise<Partnership> {
  const values = {
    name: input.name,
    sector: input.sector,
    region: input.region,
    time_zone: input.timeZone,
    review_year: input.reviewYear,
    min_group_size: input.minGroupSize,
    sms_window_start: input.smsHours?.start,
    sms_window_end: input.smsHours?.end,
  };
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length > 0)
    await deps.db.updateTable('partnerships').set(set).where('id', '=', id).execute();
  recent.forget(deps.db, id);
  return getPartnership(deps, id);
}

/** Which of these partnerships exist. */
export async function existingPartnershipIds(deps: Pick<Deps, 'db'>, ids: string[]): Promise<string[]> {
  const rows = await deps.db.selectFrom('partnerships').select('id').where('id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

/** Partnerships' names by id, as a subquery a contact joins to in the same query (contacts.ts). */
export function partnershipNames(deps: Pick<Deps, 'db'>) {
  return deps.db.selectFrom('partnerships').select(['id', 'name']);
}

/** Every time zone some partnership is in, each once (jobs that run per local day). */
export async function partnershipTimeZones(deps: Pick<Deps, 'db'>): Promise<string[]> {
  const rows = await deps.db.selectFrom('partnerships').select('time_zone').distinct().execute();
  return rows.map((r) => r.time_zone);
}

/** The ids of the partnerships in a time zone, as a subquery. */
export function partnershipIdsInTimeZone(deps: Pick<Deps, 'db'>, zone: string) {
  return deps.db.selectFrom('partnerships').select('id').where('time_zone', '=', zone);
}
