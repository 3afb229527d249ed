/**
 * Draws a review: reads the aggregate rows of the period (and of the periods it is compared with),
 * builds its figures (period-figures.ts), and publishes it through the one suppression function (publish.ts).
 * Its cost depends on the number of campaigns and groups, not on the number of responses.
 */
import { listCampaigns } from '../campaigns/campaigns.ts';
import type { Deps } from '../deps.ts';
import { organizationLabels } from '../partnerships/organizations.ts';
import type { Partnership } from '../partnerships/contract.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { versionNotes } from '../surveys/own.ts';
import { listActions } from './actions.ts';
import { countedResponses, finalPeriods, finalReview } from './final-store.ts';
import { listGoals } from './goals.ts';
import { buildPeriodModel, type PeriodModel, type Source } from './period-figures.ts';
import {
  parsePeriod,
  periodDays,
  periodLabel,
  previousPeriod,
  quartersOf,
  reviewPeriod,
  yearBefore,
  type Period,
} from './periods.ts';
import { anyCommentOpen, ownNames, readComments, storedComments, type StoredComments } from './comments.ts';
import { nameMasker } from './mask-names.ts';
import { provisionalFigures } from './provisional.ts';
import { publish } from './publish.ts';
import { rollupResponseCounts } from './rollups.ts';
import { commentMinSize } from './settings.ts';
import { frozenSources, lateSources, liveSources, type Ctx, type ReviewCampaign } from './period-rows.ts';
import type { PublicReview } from './contract.ts';
import type { ReviewModel } from './types.ts';

/** What a final review stores: its own figures, comments and late note, frozen. */
export type FrozenReview = Pick<ReviewModel, 'current' | 'comments' | 'late' | 'generatedAt'>;
/** A final review as read back: reviews made final before comments carried their campaign differ. */
type StoredReview = Omit<FrozenReview, 'comments'> & { comments: StoredComments };

export async function reviewContext(
  deps: Pick<Deps, 'db' | 'atomic'>,
  partnership: Partnership,
): Promise<Ctx> {
  const campaigns: ReviewCampaign[] = [];
  for (const c of await listCampaigns(deps, partnership.id)) {
    const p = parsePeriod(c.period);
    if (p) campaigns.push({ ...c, p });
  }
  return { deps, partnershipId: partnership.id, campaigns, finals: await finalPeriods(deps, partnership.id) };
}

const ownCampaigns = (ctx: Ctx, p: Period) =>
  ctx.campaigns.filter((c) => c.p.kind === p.kind && c.p.start === p.start);

async function labeler(ctx: Ctx) {
  // Removed organizations included: their groups stay in past periods' rows.
  const names = await organizationLabels(ctx.deps, ctx.partnershipId);
  return (b: string, value: string) =>
    b === 'organization' ? (names.get(value) ?? 'Unknown organization') : value;
}

/** The rows a period counts (not final): its campaigns, plus late rows; a year adds its quarters' rows. */
async function periodSources(ctx: Ctx, p: Period): Promise<{ sources: Source[]; late: ReviewModel['late'] }> {
  const own = await liveSources(ctx, ownCampaigns(ctx, p));
  const late = await lateSources(ctx, p);
  const sources = [...own, ...late.sources];
  if (p.kind === 'year') {
    for (const q of quartersOf(p)) {
      sources.push(
        ...(ctx.finals.has(q.name)
          ? await frozenSources(ctx, q.name)
          : (await periodSources(ctx, q)).sources),
      );
    }
  }
  return { sources, late: late.late };
}

const finalRow = (ctx: Ctx, period: string) => finalReview(ctx.deps, ctx.partnershipId, period);

/** A period's own figures as its review shows them: frozen when final, else drawn now. */
async function periodModel(
  ctx: Ctx,
  p: Period,
  label: Awaited<ReturnType<typeof labeler>>,
): Promise<PeriodModel> {
  if (ctx.finals.has(p.name)) {
    const row = await finalRow(ctx, p.name);
    if (row) return (JSON.parse(row.model) as FrozenReview).current;
  }
  return buildPeriodModel(p.name, (await periodSources(ctx, p)).sources, label);
}

/** Where a period's comments come from: its own campaigns now, and a year's final quarters as frozen. */
async function periodComments(ctx: Ctx, p: Period, current: PeriodModel): Promise<ReviewModel['comments']> {
  const live = ownCampaigns(ctx, p).map((c) => c.id);
  const frozen: ReviewModel['comments'][] = [];
  if (p.kind === 'year') {
    for (const q of quartersOf(p)) {
      const row = ctx.finals.has(q.name) ? await finalRow(ctx, q.name) : undefined;
      if (!row) {
        live.push(...ownCampaigns(ctx, q).map((c) => c.id));
        continue;
      }
      const stored = JSON.parse(row.model) as StoredReview;
      frozen.push(await storedComments(ctx.deps, stored.current, stored.comments));
    }
  }
  return readComments(ctx.deps, current, live, frozen);
}

/** Draws the current figures of a period that is not final (also what "mark final" freezes). */
export async function drawPeriod(
  ctx: Ctx,
  p: Period,
  now: Date,
): Promise<FrozenReview & { sources: Source[] }> {
  const label = await labeler(ctx);
  const { sources, late } = await periodSources(ctx, p);
  const current = buildPeriodModel(p.name, sources, label);
  return {
    current,
    comments: await periodComments(ctx, p, current),
    late,
    generatedAt: now.toISOString(),
    sources,
  };
}

/** The public review of a partnership's period: the only thing the API, CSV and page render. */
export async function getReview(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock'>,
  partnershipId: string,
  periodName: string,
): Promise<PublicReview> {
  const partnership = await getPartnership(deps, partnershipId);
  const p = reviewPeriod(periodName, partnership.reviewYear);
  const ctx = await reviewContext(deps, partnership);
  const label = await labeler(ctx);

  let frozen: FrozenReview;
  let finalizedAt: string | null = null;
  let arrivedAfterFinal = 0;
  const row = ctx.finals.has(p.name) ? await finalRow(ctx, p.name) : undefined;
  if (row) {
    const stored = JSON.parse(row.model) as StoredReview;
    frozen = { ...stored, comments: await storedComments(deps, stored.current, stored.comments) };
    finalizedAt = row.finalized_at;
    arrivedAfterFinal = await lateSince(ctx, p);
  } else {
    frozen = await drawPeriod(ctx, p, deps.clock.now());
  }
  const prev = previousPeriod(p);
  const quarters =
    p.kind === 'year' ? await Promise.all(quartersOf(p).map((q) => periodModel(ctx, q, label))) : [];
  const model: ReviewModel = {
    partnership: { id: partnership.id, name: partnership.name },
    period: { name: p.name, kind: p.kind, label: periodLabel(p), ...periodDays(p) },
    reviewYear: partnership.reviewYear,
    generatedAt: frozen.generatedAt,
    current: frozen.current,
    quarters,
    previous: await periodModel(ctx, prev, label),
    previousQuarters:
      p.kind === 'year' ? await Promise.all(quartersOf(prev).map((q) => periodModel(ctx, q, label))) : [],
    // For a year, the year before is the previous period: shown once.
    yearBefore: p.kind === 'quarter' ? await periodModel(ctx, yearBefore(p), label) : null,
    comments: frozen.comments,
    late: frozen.late,
  };
  const status = row ? ('final' as const) : ('live' as const);
  const minimums = {
    minGroupSize: partnership.minGroupSize,
    commentMinSize: await commentMinSize(deps, partnership),
  };
  // The names are read once per review, and only when a comment is to be shown.
  const maskNames = anyCommentOpen(model.comments, minimums)
    ? nameMasker(await ownNames(deps, partnership.id))
    : undefined;
  return publish(
    model,
    { ...minimums, maskNames },
    {
      status,
      finalizedAt,
      arrivedAfterFinal,
      goals: await listGoals(deps, partnership.id),
      actions: await listActions(deps, partnership.id, p),
      surveys: await versionNotes(
        deps,
        model.current.templates.flatMap((t) => t.surveys ?? []),
      ),
      provisional: await provisionalFigures(
        ctx,
        p,
        [prev, ...(p.kind === 'quarter' ? [yearBefore(p)] : [...quartersOf(p), ...quartersOf(prev)])],
        deps.clock.now(),
        partnership.timeZone,
      ),
    },
  );
}

/** Responses to a final review's own campaigns that arrived after it was made final. */
async function lateSince(ctx: Ctx, p: Period): Promise<number> {
  const own = ownCampaigns(ctx, p).map((c) => c.id);
  if (own.length === 0) return 0;
  const counted = await countedResponses(ctx.deps, own);
  const live = await rollupResponseCounts(ctx.deps, own);
  let late = 0;
  for (const id of own) {
    const sum = counted
      .filter((r) => r.campaign_id === id && parsePeriod(r.period)?.kind === p.kind)
      .reduce((a, r) => a + r.responses, 0);
    late += Math.max(0, (live.get(id) ?? 0) - sum);
  }
  return late;
}
