// How a review's numbers read on screen: a hidden group says plainly it is too small to report.
import type { PublicChange, PublicStat } from '../../../server/reviews/types.ts';

const one = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
export const isPercent = (m: string) => m.startsWith('share.') || m === 'response_rate';

export function Value({ stat, k, percent }: { stat: PublicStat | undefined; k: number; percent?: boolean }) {
  if (!stat) return <span class="muted">–</span>;
  if (stat.suppressed) return <span class="too-small">too small to report (fewer than {k})</span>;
  if (stat.value === null) return <span class="muted">no answers</span>;
  return (
    <span>
      {one(stat.value)}
      {percent ? '%' : ''}
    </span>
  );
}

/** The change from an earlier period, with an arrow; "meaningful" changes are marked in words too. */
export function Change({ change }: { change: PublicChange | null | undefined }) {
  if (!change || change.difference === null) return <span class="muted">–</span>;
  const d = change.difference;
  const arrow = d > 0 ? '▲' : d < 0 ? '▼' : '■';
  const words = `${d > 0 ? 'up' : d < 0 ? 'down' : 'no change'} ${one(Math.abs(d))} from ${change.period}${change.meaningful ? ', a meaningful change' : ''}`;
  return (
    <span class={change.meaningful ? (d > 0 ? 'up' : 'down') : undefined}>
      <span aria-hidden="true">
        {arrow} {d > 0 ? '+' : ''}
        {one(d)}
        {change.meaningful ? ' ●' : ''}
      </span>
      <span class="sr-only">{words}</span>
    </span>
  );
}
