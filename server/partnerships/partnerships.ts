/** Partnerships: queries for the partnerships table and its mapping to the API shape. */
import { isLang } from '../../surveys/languages.ts';
import type { Deps } from '../deps.ts';
import { RecentRows } from '../db/recent-rows.ts';
import type { PartnershipsTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { SessionUser } from '../http.ts';
import { newId } from '../ids.ts';
import type { CreatePartnershipBody, Partnership, UpdatePartnershipBody } from './contract.ts';
import { memberPartnershipIds } from './members.ts';

type Row = Omit<
  PartnershipsTable,
  'min_group_size' | 'sms_window_start' | 'sms_window_end' | 'fallback_language'
> & {
  min_group_size: number;
  sms_window_start: string;
  sms_window_end: string;
  fallback_language: string;
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
    helpContact: row.help_contact,
    // Only page languages are stored; should that list ever shrink, English is what every survey has.
    fallbackLanguage: isLang(row.fallback_language) ? row.fallback_language : 'en',
    contactRetentionDays: row.contact_retention_days,
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
    help_contact: input.helpContact ?? null,
    fallback_language: input.fallbackLanguage ?? 'en',
    contact_retention_days: input.contactRetentionDays ?? null,
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
  input: UpdatePartnershipBody,
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
    help_contact: input.helpContact,
    fallback_language: input.fallbackLanguage,
    contact_retention_days: input.contactRetentionDays,
  };
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length > 0)
    await deps.db.updateTable('partnerships').set(set).where('id', '=', id).execute();
  recent.forget(deps.db, id);
  return getPartnership(deps, id);
}

/** The partnerships that keep contact details for a set time (contact retention on), by name. */
export async function partnershipsWithRetention(deps: Pick<Deps, 'db'>): Promise<Partnership[]> {
  const rows = await deps.db
    .selectFrom('partnerships')
    .selectAll()
    .where('contact_retention_days', 'is not', null)
    .orderBy('name')
    .execute();
  return rows.map(toPartnership);
}

/** Which of these partnerships exist. */
export async function existingPartnershipIds(deps: Pick<Deps, 'db'>, ids: string[]): Promise<string[]> {
  const rows = await deps.db.selectFrom('partnerships').select('id').where('id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

/**
 * Partnerships' names and help contacts by id, as a subquery a contact joins to in the same query
 * (contacts/reach.ts: the SMS HELP reply says who is asking and where to ask).
 */
export function partnershipNames(deps: Pick<Deps, 'db'>) {
  return deps.db.selectFrom('partnerships').select(['id', 'name', 'help_contact']);
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
