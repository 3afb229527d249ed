/** The reviews a partnership has: every quarter and year holding one of its campaigns, newest first. */
import type { Deps } from '../deps.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import type { ReviewListing } from './contract.ts';
import { periodAt, periodDays, periodLabel, type Period } from './periods.ts';
import { reviewContext } from './draw-review.ts';
import { provisionalFigures } from './provisional.ts';

export async function listReviews(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock'>,
  partnershipId: string,
): Promise<ReviewListing[]> {
  const partnership = await getPartnership(deps, partnershipId);
  const ctx = await reviewContext(deps, partnership);
  const found = new Map<string, { p: Period; campaigns: number }>();
  const note = (p: Period) => {
    const entry = found.get(p.name) ?? { p, campaigns: 0 };
    entry.campaigns++;
    found.set(p.name, entry);
  };
  for (const c of ctx.campaigns) {
    const system = partnership.reviewYear;
    const quarter = c.p.kind === 'quarter' ? periodAt(c.p.start, 'quarter', system) : null;
    if (quarter) note(quarter);
    // The year a campaign counts in: its quarter's year, or its own year when it names one of ours.
    const year = periodAt(c.p.start, 'year', system);
    if (quarter || (c.p.system === system && year.start === c.p.start)) note(year);
  }
  const sorted = [...found.values()].sort((a, b) => b.p.start - a.p.start || (a.p.kind === 'year' ? -1 : 1));
  const now = deps.clock.now();
  return Promise.all(
    sorted.map(async ({ p, campaigns }) => ({
      period: p.name,
      kind: p.kind,
      label: periodLabel(p),
      ...periodDays(p),
      campaigns,
      status: ctx.finals.has(p.name) ? ('final' as const) : ('live' as const),
      provisional: (await provisionalFigures(ctx, p, [], now, partnership.timeZone)).note !== null,
    })),
  );
}
