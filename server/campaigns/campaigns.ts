/** Campaigns: one template version sent to an audience of a partnership for one period. */
import type { Deps } from '../deps.ts';
import { RecentRows } from '../db/recent-rows.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { partnershipIdsInTimeZone } from '../partnerships/partnerships.ts';
import { campaignState, toCampaign, type Row } from './campaign-row.ts';
import { defaultKinds, type Campaign, type CampaignListing, type CreateCampaignBody } from './contract.ts';
import type { invitationTotals } from './invitations/store.ts';
import { surveyFor } from '../surveys/lookup.ts';
import { pinTemplateVersion } from '../surveys/versions.ts';
import { checkTextSettings, keywordTaken } from './text-settings.ts';

// Read from here as before: how a row reads, and where a campaign stands, are pure (campaign-row.ts).
export { campaignState, campaignWindow, toCampaign } from './campaign-row.ts';

export async function createCampaign(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  partnershipId: string,
  input: CreateCampaignBody,
  /** Given by a caller that must write the same campaign again after a crash (distribution/schedules). */
  id: string = newId(deps.random),
): Promise<Campaign> {
  const def = await surveyFor(deps, partnershipId, input.templateId, input.templateVersion);
  const channels = [...new Set(input.channels ?? (['sms', 'email'] as const))];
  const smsAnswers = input.smsAnswers ?? 'link';
  // A new campaign's open link is off, so a keyword given here is refused (text-settings.ts).
  const settings = { campaignId: id, def, channels, openLinkEnabled: false, smsAnswers };
  const textKeyword = await checkTextSettings(
    deps,
    { ...settings, textKeyword: input.textKeyword ?? null },
    true,
  );
  await pinTemplateVersion(deps, def);
  const row: Row = {
    id,
    partnership_id: partnershipId,
    name: input.name,
    template_id: def.id,
    template_version: def.version,
    period: input.period,
    audience: JSON.stringify({ kinds: defaultKinds[def.kind], ...input.audience }),
    segment_attributes: JSON.stringify(input.segmentAttributes),
    opens_on: input.opensOn,
    closes_on: input.closesOn,
    status: 'draft',
    launched_at: null,
    open_link_hash: null,
    open_link_version: 0,
    open_link_hourly_limit: input.openLink?.hourlyLimit ?? 60,
    open_link_total_limit: input.openLink?.totalLimit ?? 2000,
    created_at: deps.clock.now().toISOString(),
    channels: JSON.stringify(channels),
    reminder_days: JSON.stringify(input.reminderDays ?? []),
    sms_answers: smsAnswers,
    text_keyword: textKeyword,
  };
  await deps.db.insertInto('campaigns').values(row).execute();
  return toCampaign(row);
}

export async function getCampaign(deps: Pick<Deps, 'db'>, id: string): Promise<Campaign> {
  const row = await deps.db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such campaign.');
  return toCampaign(row);
}

// Every submission needs its campaign; a copy up to a second old serves them (see recentCampaign).
const recent = new RecentRows<Campaign>(1000);

/**
 * The campaign as read at most a second ago, for the respondent's path. A change written through this
 * module (a close, a launch) is seen at once; one written by another process (another Worker isolate)
 * within a second, so a closed campaign may accept answers for up to a second after its close.
 */
export function recentCampaign(deps: Pick<Deps, 'db'>, id: string): Promise<Campaign> {
  return recent.get(deps.db, id, () => getCampaign(deps, id));
}

/** Drops the short-lived copy after a write to the campaign row. */
export function forgetCampaign(deps: Pick<Deps, 'db'>, id: string): void {
  recent.forget(deps.db, id);
}

export async function listCampaigns(deps: Pick<Deps, 'db'>, partnershipId: string): Promise<Campaign[]> {
  const rows = await deps.db
    .selectFrom('campaigns')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .orderBy('opens_on', 'desc')
    .execute();
  return rows.map(toCampaign);
}

export async function closeCampaign(deps: Pick<Deps, 'db'>, id: string): Promise<Campaign> {
  await deps.db.updateTable('campaigns').set({ status: 'closed' }).where('id', '=', id).execute();
  forgetCampaign(deps, id);
  return getCampaign(deps, id);
}

/** The close, as a statement for the atomic write that also cancels the campaign's queued messages. */
export function closeStatement(deps: Pick<Deps, 'db'>, id: string) {
  return deps.db
    .updateTable('campaigns')
    .set({ status: 'closed' })
    .where('id', '=', id)
    .where('status', '=', 'open');
}

/**
 * What a write that travels with a launch is guarded on: the campaign's launch is still the one made
 * at `launchedAt`, so a launch that lost a race writes nothing. Raw SQL with its values, for the
 * `INSERT ... SELECT ... WHERE` statements built as text (their number of rows varies).
 */
export function launchedBy(campaignId: string, launchedAt: string) {
  return {
    sql: 'EXISTS (SELECT 1 FROM campaigns WHERE id = ? AND launched_at = ?)',
    parameters: [campaignId, launchedAt],
  };
}

/**
 * The launch's first statement: a draft opens, stamped with `launchedAt`, which guards every other
 * write of the launch (launchedBy). It changes no row once the campaign has left draft, so the caller
 * reads from its result whether this launch won. Run it in the launch's atomic batch, then call
 * forgetCampaign.
 */
export function openForLaunch(deps: Pick<Deps, 'db'>, campaignId: string, launchedAt: string) {
  return deps.db
    .updateTable('campaigns')
    .set({ status: 'open', launched_at: launchedAt })
    .where('id', '=', campaignId)
    .where('status', '=', 'draft');
}

/** The open link's stored hash (null when off) and version: the link itself is derived (open-link.ts). */
export async function storedOpenLink(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
): Promise<{ hash: string | null; version: number } | undefined> {
  const row = await deps.db
    .selectFrom('campaigns')
    .select(['open_link_hash', 'open_link_version'])
    .where('id', '=', campaignId)
    .executeTakeFirst();
  return row && { hash: row.open_link_hash, version: row.open_link_version };
}

/** The version of the campaign's open link, read before moving it to the next (open-link.ts). */
export async function openLinkVersion(deps: Pick<Deps, 'db'>, campaignId: string): Promise<number> {
  const row = await deps.db
    .selectFrom('campaigns')
    .select('open_link_version')
    .where('id', '=', campaignId)
    .executeTakeFirstOrThrow();
  return row.open_link_version;
}

/**
 * Stores a new open link, only if its version is still `current`, so two requests at once cannot
 * both think their link is current; whether it was stored.
 */
export async function storeOpenLink(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  link: { hash: string; version: number },
  current: number,
): Promise<boolean> {
  const result = await deps.db
    .updateTable('campaigns')
    .set({ open_link_hash: link.hash, open_link_version: link.version })
    .where('id', '=', campaignId)
    .where('open_link_version', '=', current)
    .executeTakeFirst();
  const stored = Number(result.numUpdatedRows) === 1;
  if (stored) forgetCampaign(deps, campaignId);
  return stored;
}

/** Turns the open link off; its version stays, so the link never comes back. */
export async function clearOpenLink(deps: Pick<Deps, 'db'>, campaignId: string): Promise<void> {
  await deps.db.updateTable('campaigns').set({ open_link_hash: null }).where('id', '=', campaignId).execute();
  forgetCampaign(deps, campaignId);
}

/** The campaign whose open link has this hash, if any. */
export async function campaignByOpenLink(deps: Pick<Deps, 'db'>, hash: string): Promise<string | undefined> {
  const row = await deps.db
    .selectFrom('campaigns')
    .select('id')
    .where('open_link_hash', '=', hash)
    .executeTakeFirst();
  return row?.id;
}

/** The ids of the campaigns of partnerships in a time zone, as a subquery (for per-zone sweeps). */
export function campaignIdsInTimeZone(deps: Pick<Deps, 'db'>, zone: string) {
  return deps.db
    .selectFrom('campaigns')
    .select('id')
    .where('partnership_id', 'in', partnershipIdsInTimeZone(deps, zone));
}

/** A partnership's launched campaigns with their close dates, as a subquery (contact retention). */
export function launchedCampaignClosesOf(deps: Pick<Deps, 'db'>, partnershipId: string) {
  return deps.db
    .selectFrom('campaigns')
    .select(['id', 'closes_on'])
    .where('partnership_id', '=', partnershipId)
    .where('status', '!=', 'draft');
}

/** The ids of the campaigns closed on `today` (by staff, or past their close date), as a subquery. */
export function campaignIdsClosedBy(deps: Pick<Deps, 'db'>, today: string) {
  return deps.db
    .selectFrom('campaigns')
    .select('id')
    .where((c) => c.or([c('status', '=', 'closed'), c('closes_on', '<', today)]));
}

/** Every campaign (of one partnership, when given) in id order, with what recounting its answers needs. */
export async function campaignsToRecount(
  deps: Pick<Deps, 'db'>,
  partnershipId?: string,
): Promise<Pick<Campaign, 'id' | 'templateId' | 'templateVersion' | 'segmentAttributes'>[]> {
  let query = deps.db
    .selectFrom('campaigns')
    .select(['id', 'template_id', 'template_version', 'segment_attributes'])
    .orderBy('id');
  if (partnershipId) query = query.where('partnership_id', '=', partnershipId);
  return (await query.execute()).map((c) => ({
    id: c.id,
    templateId: c.template_id,
    templateVersion: c.template_version,
    segmentAttributes: JSON.parse(c.segment_attributes) as string[],
  }));
}

/** The columns a draft's edit may set (every one but its identity, state and open link's secret). */
export type DraftChange = Partial<
  Pick<
    Row,
    | 'name'
    | 'template_id'
    | 'template_version'
    | 'period'
    | 'audience'
    | 'segment_attributes'
    | 'opens_on'
    | 'closes_on'
    | 'open_link_hourly_limit'
    | 'open_link_total_limit'
    | 'channels'
    | 'reminder_days'
    | 'sms_answers'
    | 'text_keyword'
  >
>;

/** Changes a campaign only while it is a draft; whether it was (a launch may have won the race). */
export async function updateDraft(deps: Pick<Deps, 'db'>, id: string, change: DraftChange): Promise<boolean> {
  let result;
  try {
    result = await deps.db
      .updateTable('campaigns')
      .set(change)
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
  } catch (err) {
    // Another campaign took the keyword since it was checked: the unique index said so.
    if (change.text_keyword && /UNIQUE constraint failed/i.test(String(err)))
      throw keywordTaken(change.text_keyword);
    throw err;
  }
  forgetCampaign(deps, id);
  return Number(result.numUpdatedRows) === 1;
}

/** The id of a campaign other than `exceptId`, not closed, with this (stored) poster keyword. */
export async function keywordHolder(
  deps: Pick<Deps, 'db'>,
  keyword: string,
  exceptId: string,
): Promise<string | undefined> {
  const row = await deps.db
    .selectFrom('campaigns')
    .select('id')
    .where('text_keyword', '=', keyword)
    .where('status', '<>', 'closed')
    .where('id', '<>', exceptId)
    .executeTakeFirst();
  return row?.id;
}

/** Deletes a campaign only while it is a draft (nothing was ever sent for it); whether it did. */
export async function deleteDraft(deps: Pick<Deps, 'db'>, id: string): Promise<boolean> {
  const result = await deps.db
    .deleteFrom('campaigns')
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  forgetCampaign(deps, id);
  return Number(result.numDeletedRows) === 1;
}

type Settings = Pick<Campaign, 'name' | 'closesOn' | 'reminderDays'>;

/**
 * The change a launched campaign allows, as the first statement of the write that reschedules its
 * reminders: it applies only while the campaign has the close date and reminder days the reschedule
 * was computed from, so two edits at once cannot leave the messages of neither; and, when the schedule
 * changes, only while it is open (a closed one may only be renamed).
 */
export function editLaunched(deps: Pick<Deps, 'db'>, id: string, from: Settings, to: Settings) {
  const reschedules = to.closesOn !== from.closesOn || to.reminderDays.join() !== from.reminderDays.join();
  return deps.db
    .updateTable('campaigns')
    .set({ name: to.name, closes_on: to.closesOn, reminder_days: JSON.stringify(to.reminderDays) })
    .where('id', '=', id)
    .where('status', 'in', reschedules ? ['open'] : ['open', 'closed'])
    .where('closes_on', '=', from.closesOn)
    .where('reminder_days', '=', JSON.stringify(from.reminderDays));
}

/**
 * What every other write of that edit is guarded on: the campaign now holds the edit's settings.
 * Raw SQL with its values, for statements built as text (see launchedBy).
 */
export function editedTo(id: string, to: Pick<Settings, 'closesOn' | 'reminderDays'>) {
  return {
    sql: "EXISTS (SELECT 1 FROM campaigns WHERE id = ? AND status = 'open' AND closes_on = ? AND reminder_days = ?)",
    parameters: [id, to.closesOn, JSON.stringify(to.reminderDays)],
  };
}

/**
 * A partnership's campaigns, newest first, each with its invitation totals joined in the same
 * statement (invitations.ts's subquery over this partnership's campaign ids), and its state on `today`;
 * a poster count under `minGroupSize` (but not none) is left out, as the reviews leave it out.
 */
export async function listCampaignsWithTotals(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  today: string,
  minGroupSize: number,
  totals: typeof invitationTotals,
): Promise<CampaignListing[]> {
  const ids = deps.db.selectFrom('campaigns').select('id').where('partnership_id', '=', partnershipId);
  const rows = await deps.db
    .selectFrom('campaigns as c')
    .leftJoin(totals(deps, ids).as('t'), 't.campaign_id', 'c.id')
    .selectAll('c')
    .select(['t.invited', 't.completed', 't.poster_answers'])
    .where('c.partnership_id', '=', partnershipId)
    .orderBy('c.opens_on', 'desc')
    .orderBy('c.created_at', 'desc')
    .execute();
  return rows.map((r) => {
    const campaign = toCampaign(r);
    const invited = Number(r.invited ?? 0);
    const completed = Number(r.completed ?? 0);
    const poster = Number(r.poster_answers ?? 0);
    return {
      ...campaign,
      state: campaignState(campaign, today),
      invited,
      completed,
      responseRate: invited > 0 ? completed / invited : null,
      posterAnswers: poster > 0 && poster < minGroupSize ? null : poster,
    };
  });
}

/** Open campaigns whose SMS invitations offer answering by text, as a subquery (invitations/text-answers.ts). */
export function textAnswerCampaignIds(deps: Pick<Deps, 'db'>) {
  return deps.db
    .selectFrom('campaigns')
    .select('id')
    .where('status', '=', 'open')
    .where('sms_answers', 'in', ['text', 'both']);
}

/** Campaigns not closed: every campaign a phone may have a conversation by text in (STOP ends them all). */
export async function campaignIdsNotClosed(deps: Pick<Deps, 'db'>): Promise<string[]> {
  const rows = await deps.db.selectFrom('campaigns').select('id').where('status', '<>', 'closed').execute();
  return rows.map((r) => r.id);
}

/** Open campaigns a poster keyword starts a conversation in: a keyword set and the open link on. */
export async function keywordCampaigns(deps: Pick<Deps, 'db'>): Promise<{ id: string; keyword: string }[]> {
  const rows = await deps.db
    .selectFrom('campaigns')
    .select(['id', 'text_keyword'])
    .where('status', '=', 'open')
    .where('text_keyword', 'is not', null)
    .where('open_link_hash', 'is not', null)
    .execute();
  return rows.map((r) => ({ id: r.id, keyword: r.text_keyword! }));
}
