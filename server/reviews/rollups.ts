/**
 * The aggregate rows (rollup_counts): adding a release's cells, reading a period's rows, and
 * recomputing them from the raw responses. All writes go through `deps.atomic`.
 */
import { CompiledQuery, sql } from 'kysely';
import type { Deps } from '../deps.ts';
import { campaignsToRecount } from '../campaigns/campaigns.ts';
import { campaignTemplate } from '../surveys/versions.ts';
import type { Answers } from '../../surveys/index.ts';
import { channelKey, responseCells, type Cell } from './response-cells.ts';

const upsert = `ON CONFLICT (campaign_id, group_key, item, value) DO UPDATE SET
  n = n + excluded.n, total = total + excluded.total, sumsq = sumsq + excluded.sumsq`;

/** Summed cells: [group, item, value, n, total, sumsq]. */
export type SummedCell = [string, string, string, number, number, number];
type Sums = Map<string, SummedCell>;

function addCell(sums: Sums, [group, item, value, total, sumsq]: Cell) {
  const key = JSON.stringify([group, item, value]);
  const s = sums.get(key);
  if (s) ((s[3] += 1), (s[4] += total), (s[5] += sumsq));
  else sums.set(key, [group, item, value, 1, total, sumsq]);
}

/** Adds up the cells of many responses, so a release writes each aggregate row once. */
export function sumCells(cells: Iterable<Cell>): SummedCell[] {
  const sums: Sums = new Map();
  for (const cell of cells) addCell(sums, cell);
  return [...sums.values()];
}

/**
 * Adds summed cells to a campaign's aggregates in one statement, whatever their number: they travel as
 * one JSON parameter, so D1's limit of 100 bound parameters never bites. `guard` is an SQL condition
 * (with its parameters) the write depends on, such as a release's "its pool rows still exist".
 */
export function cellsInsert(
  campaignId: string,
  rows: SummedCell[],
  guard: { sql: string; params: unknown[] } = { sql: 'true', params: [] },
): CompiledQuery {
  return CompiledQuery.raw(
    `INSERT INTO rollup_counts (campaign_id, group_key, item, value, n, total, sumsq)
SELECT ?, c.value ->> 0, c.value ->> 1, c.value ->> 2, c.value ->> 3, c.value ->> 4, c.value ->> 5 FROM json_each(?) AS c
WHERE ${guard.sql} ${upsert}`,
    [campaignId, JSON.stringify(rows), ...guard.params],
  );
}

/**
 * Inserts a release's responses, given as `[id, segment, answers]` (the last two JSON), all on the
 * release's day, in one statement, if `guard` holds (see release.ts).
 */
export function responsesInsert(
  campaign: { id: string; templateId: string; templateVersion: number },
  day: string,
  rows: [id: string, segment: string, answers: string][],
  guard: { sql: string; params: unknown[] },
): CompiledQuery {
  return CompiledQuery.raw(
    `INSERT INTO responses (id, campaign_id, template_id, template_version, submitted_on, segment, answers)
         SELECT r.value ->> 0, ?, ?, ?, ?, r.value ->> 1, r.value ->> 2 FROM json_each(?) AS r WHERE ${guard.sql}`,
    [campaign.id, campaign.templateId, campaign.templateVersion, day, JSON.stringify(rows), ...guard.params],
  );
}

export interface RollupRow {
  campaign_id: string;
  group_key: string;
  item: string;
  value: string;
  n: number;
  total: number;
  sumsq: number;
}

/** Every aggregate row of the given campaigns: its size depends on the groups, not on responses. */
export async function readRollups(deps: Pick<Deps, 'db'>, campaignIds: string[]): Promise<RollupRow[]> {
  if (campaignIds.length === 0) return [];
  return deps.db
    .selectFrom('rollup_counts')
    .select(['campaign_id', 'group_key', 'item', 'value', 'n', 'total', 'sumsq'])
    .where('campaign_id', 'in', campaignIds)
    .execute();
}

/** Responses per campaign, from the '' group's size rows: one indexed row per campaign. */
export async function rollupResponseCounts(
  deps: Pick<Deps, 'db'>,
  campaignIds: string[],
): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await deps.db
    .selectFrom('rollup_counts')
    .select(['campaign_id', 'n'])
    .where('campaign_id', 'in', campaignIds)
    .where('group_key', '=', '')
    .where('item', '=', '_n')
    .where('value', '=', '')
    .execute();
  return new Map(rows.map((r) => [r.campaign_id, r.n]));
}

const pageSize = 2000;
const rowsPerStatement = 2000;

/** Adds up every cell of a campaign's responses, read a page at a time in id order. */
async function recount(
  deps: Pick<Deps, 'db'>,
  campaign: { id: string; templateId: string; templateVersion: number; segmentAttributes: string[] },
) {
  const def = await campaignTemplate(deps, campaign.templateId, campaign.templateVersion);
  const sums: Sums = new Map();
  let after = '';
  let responses = 0;
  for (;;) {
    const page = await deps.db
      .selectFrom('responses')
      .select(['id', 'segment', 'answers'])
      .where('campaign_id', '=', campaign.id)
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const r of page) {
      const tag = JSON.parse(r.segment) as Record<string, string | null>;
      for (const cell of responseCells(
        def,
        campaign.segmentAttributes,
        tag,
        JSON.parse(r.answers) as Answers,
      ))
        addCell(sums, cell);
    }
    responses += page.length;
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.id;
  }
  return { rows: [...sums.values()], responses };
}

/**
 * Recomputes a campaign's aggregates from its responses and swaps them in atomically. A submission
 * that lands between the read and the swap would be lost from the new rows, so the swap is checked
 * against the responses counted afterwards and done again if they differ.
 */
export async function rebuildCampaign(
  deps: Pick<Deps, 'db' | 'atomic'>,
  campaign: { id: string; templateId: string; templateVersion: number; segmentAttributes: string[] },
): Promise<{ responses: number; rows: number }> {
  for (let attempt = 0; ; attempt++) {
    const { rows } = await recount(deps, campaign);
    // Responses by channel come from the releases, not from the responses: they are kept as they are.
    const statements: CompiledQuery[] = [
      CompiledQuery.raw(
        `DELETE FROM rollup_counts WHERE campaign_id = ? AND group_key NOT LIKE '${channelKey}=%'`,
        [campaign.id],
      ),
    ];
    for (let i = 0; i < rows.length; i += rowsPerStatement) {
      statements.push(cellsInsert(campaign.id, rows.slice(i, i + rowsPerStatement)));
    }
    await deps.atomic(statements);
    // One statement, so both counts come from the same snapshot of the database.
    const check = await sql<{ rolled: number | null; stored: number }>`SELECT
      (SELECT n FROM rollup_counts WHERE campaign_id = ${campaign.id} AND group_key = '' AND item = '_n' AND value = '') AS rolled,
      (SELECT count(*) FROM responses WHERE campaign_id = ${campaign.id}) AS stored`.execute(deps.db);
    const { rolled, stored } = check.rows[0]!;
    if ((rolled ?? 0) === stored) return { responses: stored, rows: rows.length };
    if (attempt >= 4)
      throw new Error(`responses kept arriving while campaign ${campaign.id} was rebuilt; run it again`);
  }
}

/** Rebuilds the aggregates of every campaign (of one partnership, when given), one campaign at a time. */
export async function rebuildRollups(
  deps: Pick<Deps, 'db' | 'atomic'>,
  partnershipId?: string,
  onCampaign?: (done: { campaignId: string; responses: number; rows: number }) => void,
): Promise<{ campaigns: number; responses: number }> {
  let responses = 0;
  const campaigns = await campaignsToRecount(deps, partnershipId);
  for (const c of campaigns) {
    const done = await rebuildCampaign(deps, c);
    responses += done.responses;
    onCampaign?.({ campaignId: c.id, ...done });
  }
  return { campaigns: campaigns.length, responses };
}

/**
 * Up to `limit` released comments of a campaign. Ids are random, so id order is a fair sample and
 * says nothing about who answered when.
 */
export async function commentsOfCampaign(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  limit: number,
): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('responses')
    .select((eb) => eb.fn<string>('json_extract', ['answers', eb.val('$.comment')]).as('comment'))
    .where('campaign_id', '=', campaignId)
    .where((eb) => eb.fn('json_extract', ['answers', eb.val('$.comment')]), 'is not', null)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => String(r.comment));
}
