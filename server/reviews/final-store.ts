/**
 * The owner of `review_finals` and `review_final_cells`: a final review's frozen model, and the rows
 * each of its campaigns counted. final.ts writes them through `finalWrites`; the review loaders read
 * them through the readers below.
 */
import type { Deps } from '../deps.ts';
import type { Invitations, SourceRow } from './period-figures.ts';

/** What a final review froze for one campaign: its aggregate rows and its invitation counts. */
export interface FrozenCells {
  rows: SourceRow[];
  invitations: Invitations | null;
}

type Db = Pick<Deps, 'db'>;

/** The statements that make a period's review final, for one `deps.atomic`. */
export function finalWrites(
  deps: Db,
  final: { partnershipId: string; period: string; model: string; finalizedAt: string; userId: string },
  campaigns: { campaignId: string; cells: FrozenCells }[],
) {
  return [
    deps.db.insertInto('review_finals').values({
      partnership_id: final.partnershipId,
      period: final.period,
      model: final.model,
      finalized_at: final.finalizedAt,
      finalized_by: final.userId,
    }),
    ...campaigns.map(({ campaignId, cells }) =>
      deps.db.insertInto('review_final_cells').values({
        partnership_id: final.partnershipId,
        period: final.period,
        campaign_id: campaignId,
        responses: cells.rows.find((r) => r.group_key === '' && r.item === '_n')?.n ?? 0,
        cells: JSON.stringify(cells),
      }),
    ),
  ];
}

/** The periods of a partnership whose reviews are final. */
export async function finalPeriods(deps: Db, partnershipId: string): Promise<Set<string>> {
  const rows = await deps.db
    .selectFrom('review_finals')
    .select('period')
    .where('partnership_id', '=', partnershipId)
    .execute();
  return new Set(rows.map((r) => r.period));
}

/** A final review's frozen model and when it was made final, if it is. */
export function finalReview(deps: Db, partnershipId: string, period: string) {
  return deps.db
    .selectFrom('review_finals')
    .select(['model', 'finalized_at'])
    .where('partnership_id', '=', partnershipId)
    .where('period', '=', period)
    .executeTakeFirst();
}

/** How many responses each final review counted for these campaigns. */
export function countedResponses(deps: Db, campaignIds: string[]) {
  return deps.db
    .selectFrom('review_final_cells')
    .select(['campaign_id', 'period', 'responses'])
    .where('campaign_id', 'in', campaignIds)
    .execute();
}

/** The same, for every campaign that one of the final reviews of `periods` counted. */
export function countedAlongside(deps: Db, partnershipId: string, periods: string[]) {
  return deps.db
    .selectFrom('review_final_cells')
    .select(['campaign_id', 'period', 'responses'])
    .where('partnership_id', '=', partnershipId)
    .where(
      'campaign_id',
      'in',
      deps.db
        .selectFrom('review_final_cells')
        .select('campaign_id')
        .where('partnership_id', '=', partnershipId)
        .where('period', 'in', periods),
    )
    .execute();
}

/** The cells one final review froze, per campaign. */
export async function frozenCellsOfPeriod(deps: Db, partnershipId: string, period: string) {
  const rows = await deps.db
    .selectFrom('review_final_cells')
    .select(['campaign_id', 'cells'])
    .where('partnership_id', '=', partnershipId)
    .where('period', '=', period)
    .execute();
  return rows.map((r) => ({ campaignId: r.campaign_id, cells: JSON.parse(r.cells) as FrozenCells }));
}

/** The cells every final review froze for these campaigns. */
export async function frozenCellsOfCampaigns(deps: Db, partnershipId: string, campaignIds: string[]) {
  const rows = await deps.db
    .selectFrom('review_final_cells')
    .select(['campaign_id', 'period', 'cells'])
    .where('partnership_id', '=', partnershipId)
    .where('campaign_id', 'in', campaignIds)
    .execute();
  return rows.map((r) => ({
    campaignId: r.campaign_id,
    period: r.period,
    cells: JSON.parse(r.cells) as FrozenCells,
  }));
}
