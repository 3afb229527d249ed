/**
 * The printable review's tables: a template's measures with intervals and changes, and its breakdowns.
 * A suppressed figure reads "fewer than k", never a number.
 */
import type { PublicChange, PublicReview, PublicStat, PublicTemplate, ReachChannel } from './contract.ts';
export const channelNames: Record<ReachChannel, string> = {
  sms: 'by SMS',
  email: 'by email',
  printed: 'printed links only',
  open_link: 'open link',
};

export const one = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
const headlineOrder = [
  'index.jqi',
  'nps.recommend',
  'index.acsi',
  'share.intent',
  'dim.value',
  'share.roi',
  'nps.recommend_job',
];

function Value(props: { stat: PublicStat | undefined; k: number; percent?: boolean }) {
  const s = props.stat;
  if (!s) return <span class="muted">–</span>;
  if (s.suppressed) return <span class="hidden-cell">fewer than {props.k}</span>;
  if (s.value === null) return <span class="muted">no answers</span>;
  return (
    <span>
      {one(s.value)}
      {props.percent ? '%' : ''}
    </span>
  );
}

function Interval(props: { stat: PublicStat | undefined }) {
  const s = props.stat;
  if (!s || s.low === null || s.high === null) return null;
  return (
    <span class="muted">
      {one(s.low)}–{one(s.high)}
    </span>
  );
}

function Delta(props: { change: PublicChange | null | undefined }) {
  const c = props.change;
  if (!c) return <span class="muted">–</span>;
  if (c.difference === null) return <span class="muted">{c.value === null ? 'not comparable' : '–'}</span>;
  const sign = c.difference > 0 ? '+' : '';
  const cls = c.meaningful ? (c.difference > 0 ? 'up flag' : 'down flag') : '';
  return (
    <span
      class={cls}
      title={`from ${c.value === null ? '–' : one(c.value)}; 95% interval ${one(c.low!)} to ${one(c.high!)}`}
    >
      {sign}
      {one(c.difference)}
      {c.meaningful ? ' ●' : ''}
    </span>
  );
}

const isPercent = (m: string) => m.startsWith('share.') || m === 'response_rate';

export function MeasureTable(props: { t: PublicTemplate; k: number; review: PublicReview }) {
  const { t } = props;
  const keys = Object.keys(t.overall.measures).filter((m) => m !== 'responses');
  keys.sort((a, b) => (headlineOrder.indexOf(a) + 1 || 99) - (headlineOrder.indexOf(b) + 1 || 99));
  return (
    <table>
      <tr>
        <th>Measure</th>
        <th class="num">Value</th>
        <th class="num">95% interval</th>
        <th class="num">n</th>
        <th class="num">vs {props.review.previousPeriod ?? 'previous'}</th>
        {props.review.yearBeforePeriod && <th class="num">vs {props.review.yearBeforePeriod}</th>}
      </tr>
      {keys.map((m) => {
        const s = t.overall.measures[m]!;
        return (
          <tr>
            <td>{t.measureLabels[m] ?? m}</td>
            <td class="num">
              <Value stat={s} k={props.k} percent={isPercent(m)} />
            </td>
            <td class="num">
              <Interval stat={s} />
            </td>
            <td class="num">{s.n ?? ''}</td>
            <td class="num">
              <Delta change={s.previous} />
            </td>
            {props.review.yearBeforePeriod && (
              <td class="num">
                <Delta change={s.yearBefore} />
              </td>
            )}
          </tr>
        );
      })}
    </table>
  );
}

export function Breakdowns(props: { t: PublicTemplate; k: number }) {
  const { t } = props;
  const cols = Object.keys(t.overall.measures).filter(
    (m) => m !== 'responses' && m !== 'response_rate' && (!m.startsWith('dim.') || t.kind !== 'worker-voice'),
  );
  // Eight factor columns would not fit a printed page; per-group factor scores are in the JSON and CSV.
  const dimCols: string[] = [];
  return (
    <>
      {t.breakdowns.map((b) => (
        <>
          <h3>By {b.label.charAt(0).toLowerCase() + b.label.slice(1)}</h3>
          <table>
            <tr>
              <th>{b.label}</th>
              <th class="num">n</th>
              {[...cols, ...dimCols].map((m) => (
                <th class="num">{t.measureLabels[m] ?? m}</th>
              ))}
            </tr>
            {b.groups.map((g) => (
              <tr>
                <td>{g.label}</td>
                <td class="num">
                  {g.suppressed ? <span class="hidden-cell">fewer than {props.k}*</span> : g.n}
                </td>
                {[...cols, ...dimCols].map((m) => (
                  <td class="num">
                    <Value stat={g.measures[m]} k={props.k} percent={isPercent(m)} />{' '}
                    <Delta change={g.measures[m]?.previous} />
                  </td>
                ))}
              </tr>
            ))}
          </table>
        </>
      ))}
    </>
  );
}
