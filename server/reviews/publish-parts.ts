/**
 * The pieces `publish` puts a review together from: a period's model with its hidden cells, and one
 * figure and its change as they leave the server. Only publish.ts calls them.
 */
import type { PeriodModel, TemplatePeriod } from './period-figures.ts';
import { withResponseRate } from './rates.ts';
import { change, type Stat } from './stats.ts';
import { cellId, channelBreakdown, allCells, hiddenCells, type CellId } from './suppress.ts';
import type { PublicChange, PublicReview, PublicStat, SuppressionReason } from './contract.ts';

/** A period's model with its hidden cells, so comparisons use exactly what that period's review shows. */
export interface Shown {
  model: PeriodModel;
  hidden: Map<string, Set<CellId>>;
}

export function shownPeriod(raw: PeriodModel | null, k: number, quarters: PeriodModel[] = []): Shown | null {
  if (!raw) return null;
  const model = { ...raw, templates: raw.templates.map(withResponseRate) };
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

export function findStat(
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
  const off = s!.hidden.get(templateId)!;
  return { stat, shown: !hiddenBy(t, off, breakdown, group, measure) };
}

/**
 * The cell that hides a measure, if any. A response rate rests on the group's responses and, when a
 * poster was used, on the poster's count too: the rate times the invitations gives the personal
 * responses, and the responses minus those give the poster's.
 */
export function hiddenBy(
  t: TemplatePeriod,
  off: Set<CellId>,
  breakdown: string,
  group: string,
  measure: string,
): CellId | null {
  const own = cellId(t.templateId, breakdown, group, measure === 'response_rate' ? 'responses' : measure);
  if (off.has(own)) return own;
  const poster = cellId(t.templateId, channelBreakdown, 'open_link', 'responses');
  if (measure === 'response_rate' && t.invitations.open_link.invited > 0 && off.has(poster)) return poster;
  return null;
}

export function pubStat(
  stat: Stat,
  hidden: boolean,
  reason: SuppressionReason | null = null,
  provisional = false,
): PublicStat {
  if (hidden)
    return {
      value: null,
      low: null,
      high: null,
      n: null,
      suppressed: true,
      reason: reason ?? 'withheld',
      provisional,
    };
  return {
    value: stat.value,
    low: stat.low,
    high: stat.high,
    n: stat.n,
    suppressed: false,
    reason: null,
    provisional,
  };
}

export function pubChange(
  now: Stat,
  nowShown: boolean,
  before: ReturnType<typeof findStat>,
  period: string,
  k: number,
  provisional: boolean,
): PublicChange | null {
  if (!before) return null;
  if (!before.shown || !nowShown)
    return {
      period,
      value: null,
      n: null,
      difference: null,
      low: null,
      high: null,
      meaningful: false,
      provisional,
    };
  const c = change(now, before.stat, k);
  return {
    period,
    value: before.stat.value,
    n: before.stat.n,
    difference: c?.difference ?? null,
    low: c?.low ?? null,
    high: c?.high ?? null,
    // A live period's figures move until its campaigns close (a response rate only climbs), so a
    // change against them is not a finding yet, however wide.
    meaningful: !provisional && (c?.meaningful ?? false),
    provisional,
  };
}

/** Which figures may still move: per period and template, and the note the review carries. */
export interface Provisional {
  note: PublicReview['provisional'];
  /** Whether a period's figures of a template may still move. */
  of: (period: string, templateId: string) => boolean;
}

export const settled: Provisional = { note: null, of: () => false };
