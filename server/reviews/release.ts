/**
 * Releases: the only way answers reach `responses` and the aggregates. A release opens a campaign's
 * waiting answers, plans what may go (release-plan.ts), and in one atomic write inserts those
 * responses in random order with fresh ids and the release's day, adds their cells to the aggregates,
 * and deletes their pool rows. Every statement is guarded by "all these pool rows still exist", so two
 * releases racing (the Node loop and the CLI, two cron runs) carry each answer exactly once.
 * Runs from Node's background loop, the Worker's cron and `npm run cli -- release`.
 */
import { CompiledQuery } from 'kysely';
import type { Deps } from '../deps.ts';
import { campaignWindow, getCampaign } from '../campaigns/campaigns.ts';
import type { Campaign } from '../campaigns/contract.ts';
import { campaignTemplate } from '../surveys/versions.ts';
import { localDay } from '../dates.ts';
import { newId } from '../ids.ts';
import { recentPartnership } from '../partnerships/partnerships.ts';
import {
  channelGroup,
  demographicValues,
  notRecorded,
  planOf,
  responseCells,
  unrecordedKey,
  type Cell,
} from './response-cells.ts';
import type { AnswerRelease } from './contract.ts';
import {
  heldInsert,
  openedDelete,
  readPool,
  resealed,
  stillWaiting,
  waitingCount,
  waitingPerCampaign,
  type WaitingRow,
} from './pool.ts';
import { planRelease, type Pick as PickInt, type PoolItem, type ReleasePlan } from './release-plan.ts';
import { cellsInsert, responsesInsert, sumCells } from './rollups.ts';

type ReleaseDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config' | 'statementBudget'>;

export interface ReleaseReport {
  campaignId: string;
  final: boolean;
  released: number;
  /** Answers left in the pool: waiting (open campaign) or held back for good (closed). */
  held: number;
}

/**
 * Most answers one release opens: a D1 request must hold the whole write, and on better-sqlite3 the
 * write holds the event loop (about half a second for 2,000). More waiting go in the next releases.
 */
const maxPerRelease = 2000;
// D1 takes a bound value of at most 2 MB: 100 responses at every text answer's longest stay under 1 MB.
const responsesPerStatement = 100;
const cellsPerStatement = 2000;
const maxCampaignsPerCron = 5;

/** A uniform integer in [0, n) from the CSPRNG, by rejection so no value is likelier than another. */
export function pickFrom(random: Deps['random']): PickInt {
  return (n) => {
    const limit = Math.floor(0x1_0000_0000 / n) * n;
    for (;;) {
      const b = random.bytes(4);
      const v = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
      if (v < limit) return v % n;
    }
  };
}

function shuffle<T>(list: T[], pick: PickInt): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

export interface ReleaseOptions {
  /** The release at (or after) the close: recorded as final. */
  final: boolean;
  /**
   * Record a too-small demographic or channel group as "not recorded" instead of holding it back: the
   * final release does, and staff may ask for it before a review (POST /api/campaigns/:id/release).
   */
  coarsen: boolean;
  minGroupSize: number;
  timeZone: string;
}

/**
 * Answers given by text answer only the questions asked by text, so a response shows which way it
 * came: "answered by text" is a published group of its own, in effect. The two kinds are planned
 * apart, each under the rule, so a release carries none or at least k of each; every other group
 * then moves by a sum of two amounts that are each 0 or at least k, which keeps the rule. Coarsening
 * cannot hide how an answer came, so text answers short of k wait (and at the close stay held back).
 */
function planByForm(
  byText: boolean[],
  items: PoolItem[],
  k: number,
  coarsen: boolean,
  pick: PickInt,
): ReleasePlan {
  const out: ReleasePlan = { released: [], held: [] };
  for (const text of [false, true]) {
    const part = items.flatMap((_, i) => (byText[i] === text ? [i] : []));
    if (part.length === 0) continue;
    const plan = planRelease(
      part.map((i) => items[i]!),
      k,
      coarsen,
      pick,
    );
    out.released.push(...plan.released.map((p) => ({ ...p, index: part[p.index]! })));
    out.held.push(...plan.held.map((i) => part[i]!));
  }
  return out;
}

/** Releases what it may of one campaign's waiting answers. */
export async function releaseCampaign(
  deps: ReleaseDeps,
  campaign: Campaign,
  options: ReleaseOptions,
): Promise<ReleaseReport> {
  const def = await campaignTemplate(deps, campaign.templateId, campaign.templateVersion);
  const plan = planOf(def);
  const waiting = await readPool(deps, campaign.id, maxPerRelease);
  const readable = waiting.filter(
    (w): w is WaitingRow & { value: NonNullable<WaitingRow['value']> } => w.value !== null,
  );
  // How people were reached is a published group too (responses by channel): it is planned like one
  // more demographic question, after the real ones.
  const channelAt = plan.demographics.length;
  const items: PoolItem[] = readable.map((w) => ({
    path: w.value.segment.map(([, v]) => v),
    demo: [...demographicValues(plan, w.value.answers), w.value.channel],
  }));
  const pick = pickFrom(deps.random);
  const planned = planByForm(
    readable.map((w) => w.value.byText === true),
    items,
    options.minGroupSize,
    options.coarsen,
    pick,
  );
  const report = { campaignId: campaign.id, final: options.final, released: 0, held: waiting.length };
  if (planned.released.length === 0) return report;

  // The release's day, never after the campaign's last day (the release at close runs a day later):
  // every response of a release carries the same day, so a day singles out no one.
  const today = localDay(deps.clock.now(), options.timeZone);
  const day = today > campaign.closesOn ? campaign.closesOn : today;
  const responses = shuffle(planned.released, pick).map(({ index, depth, unrecorded }) => {
    const { segment, answers: given } = readable[index]!.value;
    const tag: Record<string, string | null> = Object.fromEntries(segment.slice(0, depth));
    // A group too small to record is not kept at all: its rare answer would mark the response.
    const answers = { ...given };
    const questions = unrecorded.filter((q) => q !== channelAt).map((q) => plan.demographics[q]!.id);
    for (const id of questions) delete answers[id];
    if (questions.length > 0) tag[unrecordedKey] = questions.join(',');
    return { tag, answers };
  });
  // How many of the release each channel reached: counted into the aggregates only, never kept with
  // a response (a response tagged "email" could be matched with the one invitation an email carried).
  const channels = planned.released.map(({ index, unrecorded }): Cell => [
    channelGroup(unrecorded.includes(channelAt) ? notRecorded : readable[index]!.value.channel),
    '_n',
    '',
    0,
    0,
  ]);
  const cells = sumCells([
    ...responses.flatMap((r) => responseCells(def, campaign.segmentAttributes, r.tag, r.answers)),
    ...channels,
  ]);

  // Every row this release opened, released or not: the ones left are written again under new ids
  // and seals (see resealed), so a copy taken after it cannot tell whose answers were held back.
  const ids = JSON.stringify(readable.map((r) => r.id));
  const n = readable.length;
  const held = await resealed(
    deps,
    def,
    planned.held.map((i) => readable[i]!.value),
  );
  // The release's own row is written first, only if every row it opened is still in the pool (a
  // racing release took none); every later statement then depends on that row alone, so the costly
  // check over the opened ids runs once, and the whole write is all or nothing either way.
  const releaseId = newId(deps.random);
  const ours = { sql: 'EXISTS (SELECT 1 FROM releases WHERE id = ?)', params: [releaseId] };
  const opened = stillWaiting(ids, n);
  const statements: CompiledQuery[] = [
    CompiledQuery.raw(
      `INSERT INTO releases (id, campaign_id, released_on, released, final) SELECT ?, ?, ?, ?, ?
       WHERE ${opened.sql}`,
      [releaseId, campaign.id, day, planned.released.length, options.final ? 1 : 0, ...opened.params],
    ),
  ];
  for (let i = 0; i < responses.length; i += responsesPerStatement) {
    const rows = responses
      .slice(i, i + responsesPerStatement)
      .map((r): [string, string, string] => [
        newId(deps.random),
        JSON.stringify(r.tag),
        JSON.stringify(r.answers),
      ]);
    statements.push(responsesInsert(campaign, day, rows, ours));
  }
  for (let i = 0; i < cells.length; i += cellsPerStatement) {
    statements.push(cellsInsert(campaign.id, cells.slice(i, i + cellsPerStatement), ours));
  }
  statements.push(heldInsert(campaign.id, held, ours), openedDelete(ids, ours));
  const results = await deps.atomic(statements);
  const done = results[0]!.numChangedRows === 1;
  const released = done ? planned.released.length : 0;
  return { ...report, released, held: waiting.length - released };
}

/**
 * Per database, the waiting count at which a campaign's last plan released nothing: until an answer
 * arrives (or the campaign closes) planning again would decide the same, so it is not redone on every
 * tick. Memory only: a Worker isolate or a restart simply plans once more.
 */
const fruitless = new WeakMap<object, Map<string, string>>();

/**
 * Every campaign whose waiting answers may move: open ones with at least k waiting, and closed ones
 * (a final release) with at least k. Fewer than k can never go, so those are not even opened.
 */
export async function releaseDue(deps: ReleaseDeps): Promise<ReleaseReport[]> {
  let skip = fruitless.get(deps.db);
  if (!skip) fruitless.set(deps.db, (skip = new Map()));
  const counts = await waitingPerCampaign(deps);
  const reports: ReleaseReport[] = [];
  // A Worker invocation may make a limited number of D1 queries (a batch's statements count): a cron
  // run plans at most a few campaigns, each costing a handful of reads and one batch; the rest wait a minute.
  const most = deps.statementBudget ? maxCampaignsPerCron : Infinity;
  for (const { campaignId, n } of counts) {
    if (reports.length >= most) break;
    const campaign = await getCampaign(deps, campaignId);
    const partnership = await recentPartnership(deps, campaign.partnershipId);
    if (n < partnership.minGroupSize) continue;
    const final = campaignWindow(campaign, localDay(deps.clock.now(), partnership.timeZone)) === 'closed';
    const state = `${n}/${final}/${partnership.minGroupSize}`;
    if (skip.get(campaignId) === state) continue;
    const report = await releaseCampaign(deps, campaign, {
      final,
      coarsen: final,
      minGroupSize: partnership.minGroupSize,
      timeZone: partnership.timeZone,
    });
    if (report.released === 0) skip.set(campaignId, state);
    else skip.delete(campaignId);
    reports.push(report);
  }
  return reports;
}

/**
 * Staff asking for everything that can go now, before a review: the same rule, with too-small groups
 * recorded as "not recorded" (as at the close) rather than waiting for their group to grow.
 */
export async function releaseNowForReview(deps: ReleaseDeps, campaign: Campaign): Promise<ReleaseReport> {
  const partnership = await recentPartnership(deps, campaign.partnershipId);
  const closed = campaignWindow(campaign, localDay(deps.clock.now(), partnership.timeZone)) === 'closed';
  const options = {
    final: closed,
    coarsen: true,
    minGroupSize: partnership.minGroupSize,
    timeZone: partnership.timeZone,
  };
  // A release opens at most maxPerRelease answers; a larger pool goes in several, each under the rule
  // (a Worker request leaves the rest to the cron, within its query budget).
  let last = await releaseCampaign(deps, campaign, options);
  let released = last.released;
  const full = (r: ReleaseReport) => r.released > 0 && r.released + r.held >= maxPerRelease;
  for (let more = deps.statementBudget ? 2 : 50; more > 0 && full(last); more--) {
    last = await releaseCampaign(deps, campaign, options);
    released += last.released;
  }
  return { ...last, released };
}

export async function releaseStatus(
  deps: Pick<Deps, 'db' | 'clock'>,
  campaignId: string,
): Promise<AnswerRelease> {
  const campaign = await getCampaign(deps, campaignId);
  const { timeZone } = await recentPartnership(deps, campaign.partnershipId);
  // Once the campaign is closed no answer can join the ones left: they are held back, not waiting.
  const closed = campaignWindow(campaign, localDay(deps.clock.now(), timeZone)) === 'closed';
  const [left, releases] = await Promise.all([
    waitingCount(deps, campaignId),
    deps.db
      .selectFrom('releases')
      .select((eb) => [eb.fn.sum<number>('released').as('released'), eb.fn.max('released_on').as('last')])
      .where('campaign_id', '=', campaignId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    waiting: closed ? 0 : left,
    released: Number(releases.released ?? 0),
    lastReleasedOn: releases.last ?? null,
    heldBack: closed ? left : 0,
  };
}
