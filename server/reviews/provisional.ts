/**
 * Which periods' figures may still move. A live review is provisional while any of its campaigns is
 * open or the period has not ended: its response rate only climbs until the campaigns close, so its
 * changes would read as findings that are only timing. A final review is frozen; it says it was made
 * final while campaigns were open, since its rate then stops short for good.
 */
import { campaignWindow } from '../campaigns/campaigns.ts';
import { localDay } from '../dates.ts';
import type { ProvisionalReason } from './contract.ts';
import { finalReview } from './final-store.ts';
import type { Ctx } from './period-rows.ts';
import { contains, periodDays, type Period } from './periods.ts';
import type { Provisional } from './publish.ts';

interface PeriodState {
  /** Reasons that hold for every template (the period not over). */
  all: ProvisionalReason[];
  byTemplate: Map<string, ProvisionalReason[]>;
  openCampaigns: number;
}

async function periodState(ctx: Ctx, p: Period, today: string): Promise<PeriodState> {
  const campaigns = ctx.campaigns.filter((c) => contains(p, c.p) && c.status !== 'draft');
  const byTemplate = new Map<string, ProvisionalReason[]>();
  const add = (templateId: string, reason: ProvisionalReason) => {
    const list = byTemplate.get(templateId) ?? [];
    if (!list.includes(reason)) list.push(reason);
    byTemplate.set(templateId, list);
  };
  const row = ctx.finals.has(p.name) ? await finalReview(ctx.deps, ctx.partnershipId, p.name) : undefined;
  if (row) {
    const finalDay = row.finalized_at.slice(0, 10);
    for (const c of campaigns)
      if (campaignWindow(c, finalDay) !== 'closed' || c.closesOn > finalDay)
        add(c.templateId, 'final-before-close');
    return { all: [], byTemplate, openCampaigns: 0 };
  }
  // Most campaigns end on their close date rather than by "close now", and keep status 'open' in
  // their row: open is what the date says, as for links and releases.
  const open = campaigns.filter((c) => campaignWindow(c, today) !== 'closed');
  for (const c of open) add(c.templateId, 'campaigns-open');
  return {
    all: today <= periodDays(p).last ? ['period-not-ended'] : [],
    byTemplate,
    openCampaigns: open.length,
  };
}

/** What `publish` asks: whether a period's figures of a template may move, and the review's note. */
export async function provisionalFigures(
  ctx: Ctx,
  current: Period,
  compared: Period[],
  now: Date,
  timeZone: string,
): Promise<Provisional> {
  const today = localDay(now, timeZone);
  const states = new Map<string, PeriodState>();
  for (const p of [current, ...compared])
    if (!states.has(p.name)) states.set(p.name, await periodState(ctx, p, today));
  const own = states.get(current.name)!;
  const reasons = [...new Set([...own.all, ...[...own.byTemplate.values()].flat()])];
  return {
    note:
      reasons.length === 0
        ? null
        : { reasons, openCampaigns: own.openCampaigns, periodEnds: periodDays(current).last },
    of: (period, templateId) => {
      const s = states.get(period);
      return s !== undefined && (s.all.length > 0 || (s.byTemplate.get(templateId)?.length ?? 0) > 0);
    },
  };
}
