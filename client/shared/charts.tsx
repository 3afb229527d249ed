/**
 * Inline SVG charts for the printable review (drawn by the server) and the dashboard's review screen:
 * no script, no external request, crisp in print. Each chart has a text title for screen readers and
 * draws only figures that were published.
 */
import type { PublicStat } from '../../server/reviews/contract.ts';

const fmt = (v: number) => (Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(1));

/** Horizontal 0-100 bars with their intervals and a marker at the "good" level. */
export function ProfileChart(props: {
  title: string;
  rows: { label: string; stat: PublicStat }[];
  good?: number;
}) {
  const rowH = 22;
  const labelW = 250;
  const barW = 380;
  const h = props.rows.length * rowH + 24;
  const x = (v: number) => labelW + (v / 100) * barW;
  return (
    <svg class="chart" viewBox={`0 0 ${labelW + barW + 50} ${h}`} role="img" aria-label={props.title}>
      <title>{props.title}</title>
      {[0, 25, 50, 75, 100].map((t) => (
        <g>
          <line x1={x(t)} x2={x(t)} y1={0} y2={h - 18} class="grid" />
          <text x={x(t)} y={h - 4} class="axis" text-anchor="middle">
            {t}
          </text>
        </g>
      ))}
      {props.good !== undefined && (
        <line x1={x(props.good)} x2={x(props.good)} y1={0} y2={h - 18} class="good" />
      )}
      {props.rows.map((r, i) => {
        const y = i * rowH + 4;
        const v = r.stat.value;
        return (
          <g>
            <text x={labelW - 8} y={y + 13} class="label" text-anchor="end">
              {r.label}
            </text>
            {v === null ? (
              <text x={labelW + 4} y={y + 13} class="muted">
                {r.stat.suppressed ? 'too few to show' : 'no answers'}
              </text>
            ) : (
              <g>
                <rect
                  x={labelW}
                  y={y + 2}
                  width={Math.max(0, x(v) - labelW)}
                  height={rowH - 8}
                  class={props.good !== undefined && v >= props.good ? 'bar good-bar' : 'bar'}
                />
                {r.stat.low !== null && r.stat.high !== null && (
                  <line
                    x1={x(r.stat.low)}
                    x2={x(r.stat.high)}
                    y1={y + rowH / 2 - 1}
                    y2={y + rowH / 2 - 1}
                    class="ci"
                  />
                )}
                <text
                  x={x(v) + 4 + (r.stat.high !== null ? x(r.stat.high) - x(v) : 0)}
                  y={y + 13}
                  class="value"
                >
                  {fmt(v)}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** A quarter-by-quarter line with interval whiskers; a gap where a quarter was too small. */
export function TrendChart(props: {
  title: string;
  points: { period: string; stat: PublicStat | undefined }[];
  min: number;
  max: number;
}) {
  const w = 300;
  const h = 150;
  const pad = { l: 34, r: 10, t: 10, b: 28 };
  const n = props.points.length;
  const x = (i: number) => pad.l + (n === 1 ? (w - pad.l - pad.r) / 2 : (i * (w - pad.l - pad.r)) / (n - 1));
  const y = (v: number) => pad.t + ((props.max - v) / (props.max - props.min)) * (h - pad.t - pad.b);
  const segments: string[] = [];
  let current = '';
  props.points.forEach((p, i) => {
    const v = p.stat?.value;
    if (v === null || v === undefined) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <svg class="chart trend" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={props.title}>
      <title>{props.title}</title>
      {[props.min, (props.min + props.max) / 2, props.max].map((t) => (
        <g>
          <line x1={pad.l} x2={w - pad.r} y1={y(t)} y2={y(t)} class="grid" />
          <text x={pad.l - 4} y={y(t) + 4} class="axis" text-anchor="end">
            {t}
          </text>
        </g>
      ))}
      {segments.map((d) => (
        <path d={d} class="line" />
      ))}
      {props.points.map((p, i) => {
        const s = p.stat;
        return (
          <g>
            <text x={x(i)} y={h - 8} class="axis" text-anchor="middle">
              {p.period.replace(/^PY\d{4}-|^\d{4}-/, '')}
            </text>
            {s && s.value !== null && s.low !== null && s.high !== null && (
              <line x1={x(i)} x2={x(i)} y1={y(s.high)} y2={y(s.low)} class="ci" />
            )}
            {s && s.value !== null ? (
              <circle cx={x(i)} cy={y(s.value)} r={3.5} class="dot" />
            ) : (
              <text x={x(i)} y={y((props.min + props.max) / 2)} class="muted" text-anchor="middle">
                –
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** One stacked bar of an answer distribution, with a legend of counts. */
export function DistributionBar(props: { title: string; parts: { label: string; count: number }[] }) {
  const total = props.parts.reduce((a, p) => a + p.count, 0);
  const w = 400;
  let x0 = 0;
  return (
    <svg class="dist" viewBox={`0 0 ${w} 16`} role="img" aria-label={props.title} preserveAspectRatio="none">
      <title>{props.title}</title>
      {total > 0 &&
        props.parts.map((p, i) => {
          const width = (p.count / total) * w;
          const rect = <rect x={x0} y={0} width={width} height={16} class={`shade${Math.min(i, 10)}`} />;
          x0 += width;
          return rect;
        })}
    </svg>
  );
}
