/**
 * `publish`: the one way a review leaves the server. It takes the unsuppressed review model and returns
 * the public review with every small group hidden (suppress.ts), comments shown only from campaigns big
 * enough and masked, changes computed only between shown figures, and goals judged on shown figures.
 * The JSON API, the CSV and the printable page all render a PublicReview and nothing else.
 */
import type { VersionChanges } from '../../surveys/changes.ts';
import type { Group, PeriodModel, TemplatePeriod } from './period-figures.ts';
import { invitedPersonally, responseSplit } from './rates.ts';
import { shareStat } from './stats.ts';
import {
  cellId,
  channelBreakdown,
  channelCounts,
  questionBreakdown,
  suppressionReasons,
  type CellId,
} from './suppress.ts';
import {
  findStat,
  hiddenBy,
  pubChange,
  pubStat,
  settled,
  shownPeriod,
  type Provisional,
} from './publish-parts.ts';
import { publicComments } from './comments.ts';
import type { ReviewModel } from './types.ts';
import type {
  ActionItem,
  Goal,
  PublicGroup,
  PublicReview,
  PublicStat,
  PublicTemplate,
  SuppressionReason,
} from './contract.ts';

/** A factor stands at a "good" level when its score is at least this: an average answer of "agree". */
export const goodFactorScore = 75;

interface Settings {
  minGroupSize: number;
  commentMinSize: number;
  /** Masks names in a comment (mask-names.ts), built once for the review; none when no comment shows. */
  maskNames?: (text: string) => string;
}

export type { Provisional };

export function publish(
  model: ReviewModel,
  settings: Settings,
  live: {
    status: PublicReview['status'];
    finalizedAt: string | null;
    arrivedAfterFinal: number;
    goals: Goal[];
    actions: ActionItem[];
    provisional?: Provisional;
    /** Names and changes of the survey versions counted, by `id@version` (surveys/own.ts). */
    surveys?: Map<string, { name: string; changes: VersionChanges | null }>;
  },
): PublicReview {
  const k = settings.minGroupSize;
  const prov = live.provisional ?? settled;
  const current = shownPeriod(model.current, k, model.quarters)!;
  const previous = shownPeriod(model.previous, k, model.previousQuarters);
  const yearBefore = shownPeriod(model.yearBefore, k);
  const quarters = model.quarters.map((q) => shownPeriod(q, k)!);

  const reasons = new Map(
    current.model.templates.map((t) => [
      t.templateId,
      suppressionReasons(t, k, current.hidden.get(t.templateId)!),
    ]),
  );
  const reasonOf = (templateId: string, id: CellId | null): SuppressionReason | null =>
    id === null ? null : (reasons.get(templateId)!.get(id) ?? 'withheld');
  // A rate (or the personal responses) hidden with the poster's count rests on many itself: it hides
  // to protect the poster's group, whatever that group's own reason.
  const reasonFor = (templateId: string, id: CellId | null, m: string) =>
    m === 'response_rate' && id?.includes(`${channelBreakdown}\u0001`)
      ? ('protects-another' as const)
      : reasonOf(templateId, id);
  const nowProvisional = (templateId: string) => prov.of(model.current.period, templateId);
  const changeProvisional = (other: PeriodModel | null, templateId: string) =>
    nowProvisional(templateId) || (other !== null && prov.of(other.period, templateId));

  const group = (t: TemplatePeriod, breakdown: string, g: Group): PublicGroup => {
    const off = current.hidden.get(t.templateId)!;
    const sizeCell = cellId(t.templateId, breakdown, g.key, 'responses');
    const sizeHidden = off.has(sizeCell);
    const measures: Record<string, PublicStat> = {};
    for (const [m, stat] of Object.entries(g.measures)) {
      // A group hidden for its size takes every measure with it, an empty one too: `n: 0` would say
      // that nobody in the hidden group answered the item.
      const by = sizeHidden ? sizeCell : hiddenBy(t, off, breakdown, g.key, m);
      const isHidden = by !== null;
      const p = pubStat(stat, isHidden, reasonFor(t.templateId, by, m), nowProvisional(t.templateId));
      p.previous = model.previous
        ? pubChange(
            stat,
            !isHidden,
            findStat(previous, t.templateId, breakdown, g.key, m),
            model.previous.period,
            k,
            changeProvisional(model.previous, t.templateId),
          )
        : null;
      p.yearBefore = model.yearBefore
        ? pubChange(
            stat,
            !isHidden,
            findStat(yearBefore, t.templateId, breakdown, g.key, m),
            model.yearBefore.period,
            k,
            changeProvisional(model.yearBefore, t.templateId),
          )
        : null;
      measures[m] = p;
    }
    return {
      key: g.key,
      label: g.label,
      n: sizeHidden ? null : g.n,
      suppressed: sizeHidden,
      reason: sizeHidden ? reasonOf(t.templateId, sizeCell) : null,
      measures,
    };
  };

  const templates: PublicTemplate[] = current.model.templates.map((t) => {
    const off = current.hidden.get(t.templateId)!;
    const tooSmall = t.overall.n < k;
    const overall = group(t, '', t.overall);
    const dims = Object.keys(t.overall.measures).filter((m) => m.startsWith('dim.'));
    const dimValues = dims.map((d) => overall.measures[d]!.value);
    const channels = channelCounts(t);
    const inv = t.invitations;
    const split = responseSplit(inv, t.overall.n);
    const posterCell = cellId(t.templateId, channelBreakdown, 'open_link', 'responses');
    const totalCell = cellId(t.templateId, '', '', 'responses');
    // With one channel in use, the poster's count is every response or none: hidden with the total.
    const posterBy = off.has(totalCell) ? totalCell : channels && off.has(posterCell) ? posterCell : null;
    const personalBy = off.has(totalCell) ? totalCell : inv.open_link.invited > 0 ? posterBy : null;
    return {
      templateId: t.templateId,
      kind: t.kind,
      title: t.title,
      campaigns: t.campaigns,
      ...(t.surveys && {
        surveys: t.surveys.map((v) => ({
          ...v,
          name: live.surveys?.get(`${v.templateId}@${v.version}`)?.name ?? v.templateId,
          changes: live.surveys?.get(`${v.templateId}@${v.version}`)?.changes ?? null,
        })),
      }),
      ...(t.roles && { roles: t.roles }),
      tooSmall,
      provisional: nowProvisional(t.templateId),
      measureLabels: t.measureLabels,
      invitations: {
        invited: invitedPersonally(inv),
        responses: overall.n,
        invitedResponses: personalBy ? null : split.personal,
        posterVisits: inv.open_link.invited,
        posterResponses: posterBy ? null : split.poster,
        posterSuppressed: posterBy !== null,
        posterReason: reasonOf(t.templateId, posterBy),
        invitedReason: reasonFor(t.templateId, personalBy, 'response_rate'),
        channels: (channels ?? []).map((c) => {
          const id = cellId(t.templateId, channelBreakdown, c.channel, 'responses');
          const hiddenChannel = off.has(id);
          const invited = inv[c.channel].invited;
          return {
            channel: c.channel,
            invited,
            responses: hiddenChannel ? null : c.count,
            suppressed: hiddenChannel,
            reason: reasonOf(t.templateId, hiddenChannel ? id : null),
            rate:
              c.channel === 'open_link' || hiddenChannel || invited === 0
                ? null
                : pubStat(
                    shareStat(Math.min(c.count, invited), invited),
                    false,
                    null,
                    nowProvisional(t.templateId),
                  ),
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
        const id = cellId(t.templateId, questionBreakdown, q.id, 'n');
        const hidden = off.has(id);
        return hidden
          ? {
              id: q.id,
              text: q.text,
              type: q.type,
              suppressed: true,
              reason: reasonOf(t.templateId, id),
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
              reason: null,
              n: q.n,
              mean: q.mean,
              favorable: q.favorable && pubStat(q.favorable, false, null, nowProvisional(t.templateId)),
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
        const qreasons = suppressionReasons(qt, k, qoff);
        const qprov = prov.of(q.model.period, t.templateId);
        const measures: Record<string, PublicStat> = {};
        for (const [m, stat] of Object.entries(qt.overall.measures)) {
          const by = hiddenBy(qt, qoff, '', '', m);
          measures[m] = pubStat(
            stat,
            by !== null,
            by === null
              ? null
              : m === 'response_rate' && by.includes(`${channelBreakdown}\u0001`)
                ? 'protects-another'
                : (qreasons.get(by) ?? 'withheld'),
            qprov,
          );
        }
        const sizeCell = cellId(t.templateId, '', '', 'responses');
        const hiddenSize = qoff.has(sizeCell);
        return {
          period: q.model.period,
          n: hiddenSize ? null : qt.overall.n,
          suppressed: hiddenSize,
          reason: hiddenSize ? (qreasons.get(sizeCell) ?? 'withheld') : null,
          provisional: qprov,
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
      // A goal met or missed on figures that may still move is said to be so, not settled.
      return { ...g, value, status, provisional: stat?.provisional ?? false } as const;
    });

  return {
    partnership: model.partnership,
    period: model.period,
    reviewYear: model.reviewYear,
    status: live.status,
    provisional: prov.note,
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
