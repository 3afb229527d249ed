/**
 * `publish`: the one way a review leaves the server. It takes the unsuppressed review model and returns
 * the public review with every small group hidden (suppress.ts), comments shown only from campaigns big
 * enough and masked, changes computed only between shown figures, and goals judged on shown figures.
 * The JSON API, the CSV and the printable page all render a PublicReview and nothing else.
 */
import { invitedTotal, type Group, type PeriodModel, type TemplatePeriod } from './period-figures.ts';
import { change, type Stat } from './stats.ts';
import {
  allCells,
  cellId,
  channelBreakdown,
  channelCounts,
  hiddenCells,
  questionBreakdown,
  type CellId,
} from './suppress.ts';
import { publicComments } from './comments.ts';
import type { ReviewModel } from './types.ts';
import type {
  ActionItem,
  Goal,
  PublicChange,
  PublicGroup,
  PublicReview,
  PublicStat,
  PublicTemplate,
} from './contract.ts';

/** A factor stands at a "good" level when its score is at least this: an average answer of "agree". */
export const goodFactorScore = 75;

interface Settings {
  minGroupSize: number;
  commentMinSize: number;
  /** Masks names in a comment (mask-names.ts), built once for the review; none when no comment shows. */
  maskNames?: (text: string) => string;
}

/** A period's model with its hidden cells, so comparisons use exactly what that period's review shows. */
interface Shown {
  model: PeriodModel;
  hidden: Map<string, Set<CellId>>;
}

function shownPeriod(model: PeriodModel | null, k: number, quarters: PeriodModel[] = []): Shown | null {
  if (!model) return null;
  const quarterShown = quarters.map((q) => shownPeriod(q, k)!);
  const hidden = new Map<string, Set<CellId>>();
  for (const t of model.templates) {
    let published: Map<CellId, number> | undefined;
    if (quarters.length > 0) {
      published = new Map();
      for (const q of quarterShown) {
        const qt = q.model.templates.find((x) => x.templateId === t.templateId);
        if (!qt) continue;
        const off = q.hidden.get(t.templateId)!;
        for (const [id, count] of allCells(qt))
          if (!off.has(id)) published.set(id, (published.get(id) ?? 0) + count);
      }
    }
    hidden.set(t.templateId, hiddenCells(t, k, published));
  }
  return { model, hidden };
}

function findStat(
  s: Shown | null,
  templateId: string,
  breakdown: string,
  group: string,
  measure: string,
): { stat: Stat; shown: boolean } | null {
  const t = s?.model.templates.find((x) => x.templateId === templateId);
  if (!t) return null;
  const g =
    breakdown === ''
      ? t.overall
      : t.breakdowns.find((b) => b.key === breakdown)?.groups.find((x) => x.key === group);
  const stat = g?.measures[measure];
  if (!stat) return null;
  const column = measure === 'response_rate' ? 'responses' : measure;
  return { stat, shown: !s!.hidden.get(templateId)!.has(cellId(templateId, breakdown, group, column)) };
}

function pubStat(stat: Stat, hidden: boolean): PublicStat {
  if (hidden) return { value: null, low: null, high: null, n: null, suppressed: true };
  return { value: stat.value, low: stat.low, high: stat.high, n: stat.n, suppressed: false };
}

function pubChange(
  now: Stat,
  nowShown: boolean,
  before: ReturnType<typeof findStat>,
  period: string,
  k: number,
): PublicChange | null {
  if (!before) return null;
  if (!before.shown || !nowShown)
    return { period, value: null, n: null, difference: null, low: null, high: null, meaningful: false };
  const c = change(now, before.stat, k);
  return {
    period,
    value: before.stat.value,
    n: before.stat.n,
    difference: c?.difference ?? null,
    low: c?.low ?? null,
    high: c?.high ?? null,
    meaningful: c?.meaningful ?? false,
  };
}

export function publish(
  model: ReviewModel,
  settings: Settings,
  live: {
    status: PublicReview['status'];
    finalizedAt: string | null;
    arrivedAfterFinal: number;
    goals: Goal[];
    actions: ActionItem[];
  },
): PublicReview {
  const k = settings.minGroupSize;
  const current = shownPeriod(model.current, k, model.quarters)!;
  const previous = shownPeriod(model.previous, k, model.previousQuarters);
  const yearBefore = shownPeriod(model.yearBefore, k);
  const quarters = model.quarters.map((q) => shownPeriod(q, k)!);

  const group = (t: TemplatePeriod, breakdown: string, g: Group): PublicGroup => {
    const off = current.hidden.get(t.templateId)!;
    const sizeHidden = off.has(cellId(t.templateId, breakdown, g.key, 'responses'));
    const measures: Record<string, PublicStat> = {};
    for (const [m, stat] of Object.entries(g.measures)) {
      // A group hidden for its size takes every measure with it, an empty one too: `n: 0` would say
      // that nobody in the hidden group answered the item.
      const isHidden =
        sizeHidden ||
        off.has(cellId(t.templateId, breakdown, g.key, m === 'response_rate' ? 'responses' : m));
      const p = pubStat(stat, isHidden);
      p.previous = model.previous
        ? pubChange(
            stat,
            !isHidden,
            findStat(previous, t.templateId, breakdown, g.key, m),
            model.previous.period,
            k,
          )
        : null;
      p.yearBefore = model.yearBefore
        ? pubChange(
            stat,
            !isHidden,
            findStat(yearBefore, t.templateId, breakdown, g.key, m),
            model.yearBefore.period,
            k,
          )
        : null;
      measures[m] = p;
    }
    return { key: g.key, label: g.label, n: sizeHidden ? null : g.n, suppressed: sizeHidden, measures };
  };

  const templates: PublicTemplate[] = model.current.templates.map((t) => {
    const off = current.hidden.get(t.templateId)!;
    const tooSmall = t.overall.n < k;
    const overall = group(t, '', t.overall);
    const dims = Object.keys(t.overall.measures).filter((m) => m.startsWith('dim.'));
    const dimValues = dims.map((d) => overall.measures[d]!.value);
    const channels = channelCounts(t);
    const inv = t.invitations;
    return {
      templateId: t.templateId,
      kind: t.kind,
      title: t.title,
      campaigns: t.campaigns,
      tooSmall,
      measureLabels: t.measureLabels,
      invitations: {
        invited: invitedTotal(inv),
        responses: overall.n,
        channels: (channels ?? []).map((c) => {
          const hiddenChannel = off.has(cellId(t.templateId, channelBreakdown, c.channel, 'responses'));
          const invited = inv[c.channel].invited;
          return {
            channel: c.channel,
            invited,
            responses: hiddenChannel ? null : c.count,
            suppressed: hiddenChannel,
          };
        }),
      },
      overall,
      profile:
        t.kind === 'worker-voice' && dims.length > 0
          ? {
              threshold: goodFactorScore,
              of: dims.length,
              good: dimValues.some((v) => v === null)
                ? null
                : dimValues.filter((v) => v! >= goodFactorScore).length,
            }
          : null,
      questions: t.questions.map((q) => {
        const hidden = off.has(cellId(t.templateId, questionBreakdown, q.id, 'n'));
        return hidden
          ? {
              id: q.id,
              text: q.text,
              type: q.type,
              suppressed: true,
              n: null,
              mean: null,
              favorable: null,
              distribution: [],
            }
          : {
              id: q.id,
              text: q.text,
              type: q.type,
              suppressed: false,
              n: q.n,
              mean: q.mean,
              favorable: q.favorable && pubStat(q.favorable, false),
              distribution: q.distribution,
            };
      }),
      breakdowns: t.breakdowns.map((b) => ({
        key: b.key,
        label: b.label,
        groups: b.groups.map((g) => group(t, b.key, g)),
      })),
      trend: quarters.map((q) => {
        const qt = q.model.templates.find((x) => x.templateId === t.templateId);
        if (!qt) return { period: q.model.period, n: null, suppressed: false, measures: {} };
        const qoff = q.hidden.get(t.templateId)!;
        const measures: Record<string, PublicStat> = {};
        for (const [m, stat] of Object.entries(qt.overall.measures)) {
          measures[m] = pubStat(
            stat,
            qoff.has(cellId(t.templateId, '', '', m === 'response_rate' ? 'responses' : m)),
          );
        }
        const hiddenSize = qoff.has(cellId(t.templateId, '', '', 'responses'));
        return {
          period: q.model.period,
          n: hiddenSize ? null : qt.overall.n,
          suppressed: hiddenSize,
          measures,
        };
      }),
      comments: publicComments(model.comments[t.templateId] ?? [], tooSmall, settings),
    };
  });

  const goals = live.goals
    .filter((g) => g.periods === null || g.periods.includes(model.period.name))
    .map((g) => {
      const stat = templates.find((t) => t.templateId === g.templateId)?.overall.measures[g.measure];
      const value = stat && !stat.suppressed ? stat.value : null;
      const status =
        value === null
          ? 'not_enough_responses'
          : (g.comparison === 'at_least' ? value >= g.target : value <= g.target)
            ? 'met'
            : 'not_met';
      return { ...g, value, status } as const;
    });

  return {
    partnership: model.partnership,
    period: model.period,
    reviewYear: model.reviewYear,
    status: live.status,
    generatedAt: model.generatedAt,
    finalizedAt: live.finalizedAt,
    previousPeriod: model.previous?.period ?? null,
    yearBeforePeriod: model.yearBefore?.period ?? null,
    suppression: { minGroupSize: k, commentMinSize: settings.commentMinSize },
    late: { included: model.late, arrivedAfterFinal: live.arrivedAfterFinal },
    templates,
    goals,
    actions: live.actions,
    scope: null,
  };
}
