/**
 * Marking a review final: its figures are frozen for good (the model before suppression, and the
 * aggregate rows it counted per campaign). Responses that arrive later for those campaigns count in the
 * next review that is not final, and both reviews say so.
 */
import type { Deps } from '../deps.ts';
import { localDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { drawPeriod, reviewContext, type FrozenReview } from './draw-review.ts';
import { periodDays, quartersOf, reviewPeriod } from './periods.ts';
import { finalWrites } from './final-store.ts';

export async function markFinal(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock'>,
  partnershipId: string,
  periodName: string,
  userId: string,
): Promise<{ period: string; finalizedAt: string }> {
  const partnership = await getPartnership(deps, partnershipId);
  const p = reviewPeriod(periodName, partnership.reviewYear);
  const ctx = await reviewContext(deps, partnership);
  const now = deps.clock.now();
  if (ctx.finals.has(p.name)) throw new AppError('CONFLICT', `The ${p.name} review is already final.`);
  if (periodDays(p).first > localDay(now, partnership.timeZone)) {
    throw new AppError('CONFLICT', `The ${p.name} review cannot be final before the period begins.`);
  }
  if (p.kind === 'year') {
    // The year is the sum of its quarterly reviews; freezing it while a quarter still moves would let
    // the two be subtracted from each other later.
    const open = quartersOf(p).filter((q) => !ctx.finals.has(q.name));
    if (open.length > 0)
      throw new AppError(
        'CONFLICT',
        `Mark the quarterly reviews final first: ${open.map((q) => q.name).join(', ')}.`,
      );
  }
  const drawn = await drawPeriod(ctx, p, now);
  const frozen: FrozenReview = {
    current: drawn.current,
    comments: drawn.comments,
    late: drawn.late,
    generatedAt: drawn.generatedAt,
  };
  // Only the rows this kind of review owns: a year's quarters are frozen by their own reviews.
  const owned = drawn.sources.filter(
    (s) => ctx.campaigns.find((c) => c.id === s.campaign.id)?.p.kind === p.kind,
  );
  const finalizedAt = now.toISOString();
  try {
    await deps.atomic([
      ...finalWrites(
        deps,
        {
          partnershipId: partnership.id,
          period: p.name,
          model: JSON.stringify(frozen),
          finalizedAt,
          userId,
        },
        owned.map((s) => ({
          campaignId: s.campaign.id,
          cells: {
            rows: s.rows.map(({ group_key, item, value, n, total, sumsq }) => ({
              group_key,
              item,
              value,
              n,
              total,
              sumsq,
            })),
            invitations: s.invitations,
          },
        })),
      ),
    ]);
  } catch (err) {
    // Two people marking the same review final at once: the second finds the first's row.
    if (/UNIQUE|PRIMARY KEY|constraint/i.test(String(err)))
      throw new AppError('CONFLICT', `The ${p.name} review is already final.`);
    throw err;
  }
  return { period: p.name, finalizedAt };
}
