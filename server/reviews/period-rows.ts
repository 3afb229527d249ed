/**
 * Where a period's aggregate rows come from: live rows of its campaigns, the rows a final review froze,
 * and late rows (what arrived for a campaign after the review that counted it was made final, counted
 * in the next review that is not final). Reads are per campaign and never touch the responses.
 */
import type { Campaign } from '../campaigns/contract.ts';
import { campaignTemplate } from '../surveys/versions.ts';
import type { Deps } from '../deps.ts';
import { invitationReach } from '../distribution/outbox/reads.ts';
import { reachChannels } from './contract.ts';
import { noInvitations, type Invitations, type Source, type SourceRow } from './period-figures.ts';
import { countedAlongside, frozenCellsOfCampaigns, frozenCellsOfPeriod } from './final-store.ts';
import { parsePeriod, previousPeriod, type Period } from './periods.ts';
import { channelGroup, channelKey } from './response-cells.ts';
import { readRollups, rollupResponseCounts } from './rollups.ts';

export type ReviewCampaign = Campaign & { p: Period };

/** What a final review stored per campaign: the rows it counted and the invitations of the day. */

export interface Ctx {
  deps: Pick<Deps, 'db' | 'atomic'>;
  partnershipId: string;
  campaigns: ReviewCampaign[];
  /** Names of the periods whose review is final. */
  finals: Set<string>;
}

const cellKey = (r: Pick<SourceRow, 'group_key' | 'item' | 'value'>) =>
  `${r.group_key}\u0000${r.item}\u0000${r.value}`;

/**
 * Responses per channel as released (the `@channel=` rows a release writes), so a review changes only
 * when a release does: counting completed invitations would move with every single submission.
 * Campaigns answered before releases recorded the channel keep their invitation counts.
 */
function releasedByChannel(rows: SourceRow[], invitations: Invitations): Invitations {
  const byChannel = rows.filter((r) => r.group_key.startsWith(`${channelKey}=`) && r.item === '_n');
  const total = rows.find((r) => r.group_key === '' && r.item === '_n')?.n ?? 0;
  if (byChannel.length === 0 && total > 0) return invitations;
  const out = noInvitations();
  for (const c of reachChannels) {
    const n = byChannel.find((r) => r.group_key === channelGroup(c))?.n ?? 0;
    out[c] = { invited: invitations[c].invited, completed: n };
  }
  return out;
}

async function sourceOf(
  ctx: Ctx,
  campaign: ReviewCampaign,
  rows: SourceRow[],
  invitations: Invitations | null,
): Promise<Source> {
  const def = await campaignTemplate(ctx.deps, campaign.templateId, campaign.templateVersion);
  return { campaign, def, rows, invitations: invitations && releasedByChannel(rows, invitations) };
}

/**
 * Invitations per campaign and how each person was reached (the outbox's invitationReach). Counts
 * only, never who. A closed campaign's counts cannot change, so they are counted once and kept; an
 * open one's each time.
 */
export async function invitationCounts(
  ctx: Ctx,
  campaigns: ReviewCampaign[],
): Promise<Map<string, Invitations>> {
  const out = new Map<string, Invitations>();
  if (campaigns.length === 0) return out;
  const kept = await ctx.deps.db
    .selectFrom('review_channel_counts')
    .selectAll()
    .where(
      'campaign_id',
      'in',
      campaigns.map((c) => c.id),
    )
    .execute();
  for (const r of kept) {
    const inv = out.get(r.campaign_id) ?? noInvitations();
    inv[r.channel] = { invited: r.invited, completed: r.completed };
    out.set(r.campaign_id, inv);
  }
  const missing = campaigns.filter((c) => !out.has(c.id));
  if (missing.length === 0) return out;
  const rows = await invitationReach(
    ctx.deps,
    missing.map((c) => c.id),
  );
  for (const c of missing) {
    const inv = noInvitations();
    for (const r of rows.filter((x) => x.campaign_id === c.id)) {
      inv[r.channel].invited += Number(r.n);
      if (r.completed) inv[r.channel].completed += Number(r.n);
    }
    out.set(c.id, inv);
  }
  const closed = missing.filter((c) => c.status === 'closed');
  if (closed.length > 0) {
    await ctx.deps.db
      .insertInto('review_channel_counts')
      .values(
        closed.flatMap((c) =>
          reachChannels.map((channel) => ({ campaign_id: c.id, channel, ...out.get(c.id)![channel] })),
        ),
      )
      .onConflict((oc) => oc.columns(['campaign_id', 'channel']).doNothing())
      .execute();
  }
  return out;
}

/** Invitations as a final review stored them; reviews made final before the split by channel held two. */
function frozenInvitations(raw: unknown): Invitations | null {
  if (!raw || typeof raw !== 'object') return null;
  const old = raw as { personal?: Invitations['sms']; openLink?: Invitations['sms'] };
  if (!old.personal) return { ...noInvitations(), ...(raw as Partial<Invitations>) };
  return {
    ...noInvitations(),
    printed: old.personal,
    open_link: old.openLink ?? { invited: 0, completed: 0 },
  };
}

/** Live rows of the campaigns, with their invitations. */
export async function liveSources(ctx: Ctx, campaigns: ReviewCampaign[]): Promise<Source[]> {
  const rows = await readRollups(
    ctx.deps,
    campaigns.map((c) => c.id),
  );
  const invitations = await invitationCounts(ctx, campaigns);
  return Promise.all(
    campaigns.map((c) =>
      sourceOf(
        ctx,
        c,
        rows.filter((r) => r.campaign_id === c.id),
        invitations.get(c.id) ?? null,
      ),
    ),
  );
}

/** The rows a final review counted, per campaign. */
export async function frozenSources(ctx: Ctx, period: string): Promise<Source[]> {
  const sources: Source[] = [];
  for (const { campaignId, cells: frozen } of await frozenCellsOfPeriod(
    ctx.deps,
    ctx.partnershipId,
    period,
  )) {
    const campaign = ctx.campaigns.find((c) => c.id === campaignId);
    if (!campaign) continue;
    sources.push(await sourceOf(ctx, campaign, frozen.rows, frozenInvitations(frozen.invitations)));
  }
  return sources;
}

/** Row-wise a - b (rows present only in b cannot happen: counts only grow). */
function subtract(a: SourceRow[], bs: SourceRow[][]): SourceRow[] {
  const out = new Map(a.map((r) => [cellKey(r), { ...r }]));
  for (const b of bs) {
    for (const r of b) {
      const x = out.get(cellKey(r));
      if (x) ((x.n -= r.n), (x.total -= r.total), (x.sumsq -= r.sumsq));
    }
  }
  return [...out.values()].filter((r) => r.n > 0);
}

/**
 * Late rows counted in `period`: for every final review of the same kind just before it (a run of final
 * periods ending right before this one), the campaigns it counted, minus everything the final reviews
 * of that kind have counted for them so far.
 */
export async function lateSources(
  ctx: Ctx,
  period: Period,
): Promise<{ sources: Source[]; late: { period: string; campaign: string; responses: number }[] }> {
  const before: string[] = [];
  for (let p = previousPeriod(period); ctx.finals.has(p.name); p = previousPeriod(p)) before.push(p.name);
  if (before.length === 0) return { sources: [], late: [] };
  const counted = await countedAlongside(ctx.deps, ctx.partnershipId, before);
  const sameKind = counted.filter((r) => parsePeriod(r.period)?.kind === period.kind);
  const ids = [...new Set(sameKind.map((r) => r.campaign_id))];
  const live = await rollupResponseCounts(ctx.deps, ids);
  const lateIds = ids.filter(
    (id) =>
      (live.get(id) ?? 0) > sameKind.filter((r) => r.campaign_id === id).reduce((a, r) => a + r.responses, 0),
  );
  if (lateIds.length === 0) return { sources: [], late: [] };
  const frozen = await frozenCellsOfCampaigns(ctx.deps, ctx.partnershipId, lateIds);
  const rows = await readRollups(ctx.deps, lateIds);
  const sources: Source[] = [];
  const late: { period: string; campaign: string; responses: number }[] = [];
  for (const id of lateIds) {
    const campaign = ctx.campaigns.find((c) => c.id === id);
    if (!campaign) continue;
    const earlier = frozen
      .filter((f) => f.campaignId === id && parsePeriod(f.period)?.kind === period.kind)
      .map((f) => f.cells.rows);
    const diff = subtract(
      rows.filter((r) => r.campaign_id === id),
      earlier,
    );
    sources.push(await sourceOf(ctx, campaign, diff, null));
    late.push({
      period: campaign.period,
      campaign: campaign.name,
      responses: diff.find((r) => r.group_key === '' && r.item === '_n')?.n ?? 0,
    });
  }
  return { sources, late };
}
