/**
 * The printable review's tables: a template's measures with intervals and changes, and its
 * breakdowns (one table per way of grouping, shift once). A hidden figure says why it is hidden,
 * never a number; a provisional figure carries its mark and is never called meaningful.
 */
import { shownBreakdowns } from '../../client/shared/breakdowns.ts';
import { hiddenText } from '../../client/shared/question-groups.ts';
import type { PublicChange, PublicReview, PublicStat, PublicTemplate, ReachChannel } from './contract.ts';

export const channelNames: Record<ReachChannel, string> = {
  sms: 'by SMS',
  email: 'by email',
  printed: 'printed links only',
  open_link: 'poster (open link)',
};

export const one = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
export const provisionalMark = '◇';
const headlineOrder = [
  'index.jqi',
  'nps.recommend',
  'index.acsi',
  'share.intent',
  'dim.value',
  'share.roi',
  'nps.recommend_job',
];

/** A template's measure keys, headline figures first. */
export function measureKeys(t: PublicTemplate): string[] {
  const keys = Object.keys(t.overall.measures).filter((m) => m !== 'responses');
  return keys.sort((a, b) => (headlineOrder.indexOf(a) + 1 || 99) - (headlineOrder.indexOf(b) + 1 || 99));
}

export function Value(props: { stat: PublicStat | undefined; k: number; percent?: boolean }) {
  const s = props.stat;
  if (!s) return <span class="muted">–</span>;
  if (s.suppressed) return <span class="hidden-cell">{hiddenText(s.reason, props.k)}</span>;
  if (s.value === null) return <span class="muted">no answers</span>;
  return (
    <span>
      {one(s.value)}
      {props.percent ? '%' : ''}
      {s.provisional ? <span class="provisional"> {provisionalMark}</span> : null}
    </span>
  );
}

export function Interval(props: { stat: PublicStat | undefined; percent?: boolean }) {
  const s = props.stat;
  if (!s || s.suppressed || s.low === null || s.high === null) return null;
  const u = props.percent ? '%' : '';
  return (
    <span class="muted">
      {one(s.low)}
      {u}–{one(s.high)}
      {u}
    </span>
  );
}

function Delta(props: { change: PublicChange | null | undefined }) {
  const c = props.change;
  if (!c) return <span class="muted">–</span>;
  if (c.difference === null) return <span class="muted">{c.value === null ? 'not comparable' : '–'}</span>;
  const d = c.difference;
  const meaningful = c.meaningful && !c.provisional;
  const cls = meaningful ? (d > 0 ? 'up flag' : 'down flag') : c.provisional ? 'provisional' : '';
  return (
    <span
      class={cls}
      title={`from ${c.value === null ? '–' : one(c.value)}; 95% interval ${one(c.low!)} to ${one(c.high!)}`}
    >
      {d > 0 ? '▲ +' : d < 0 ? '▼ ' : '■ '}
      {one(d)}
      {meaningful ? ' ●' : ''}
      {c.provisional ? ` ${provisionalMark}` : ''}
    </span>
  );
}

export const isPercent = (m: string) => m.startsWith('share.') || m === 'response_rate';

export function MeasureTable(props: { t: PublicTemplate; k: number; review: PublicReview }) {
  const { t } = props;
  return (
    <table class="measures">
      <caption>Measures</caption>
      <tr>
        <th>Measure</th>
        <th class="num">Value</th>
        <th class="num">95% interval</th>
        <th class="num">n</th>
        <th class="num">vs {props.review.previousPeriod ?? 'previous'}</th>
        {props.review.yearBeforePeriod && <th class="num">vs {props.review.yearBeforePeriod}</th>}
      </tr>
      {measureKeys(t).map((m) => {
        const s = t.overall.measures[m]!;
        return (
          <tr>
            <td>{t.measureLabels[m] ?? m}</td>
            <td class="num">
              <Value stat={s} k={props.k} percent={isPercent(m)} />
            </td>
            <td class="num">
              <Interval stat={s} percent={isPercent(m)} />
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
  // Eight factor columns would not fit a printed page; per-group factor scores are in the downloads.
  const cols = measureKeys(t).filter(
    (m) => m !== 'response_rate' && (!m.startsWith('dim.') || t.kind !== 'worker-voice'),
  );
  return (
    <>
      {shownBreakdowns(t.breakdowns).map((b) => {
        const all = [...cols, ...(b.hasRate ? ['response_rate'] : [])];
        return (
          <>
            <h3>By {b.title}</h3>
            {b.alsoRecorded && (
              <p class="note">
                From workers' own answer to “{b.question}”. {b.alsoRecorded} as recorded on contacts is in the
                downloads, not repeated here.
              </p>
            )}
            <table class="breakdown">
              <tr>
                <th>Group</th>
                <th class="num">n</th>
                {all.map((m) => (
                  <th class="num">{t.measureLabels[m] ?? m}</th>
                ))}
              </tr>
              {b.groups.map((g) => (
                <tr>
                  <td>{g.label}</td>
                  <td class="num">
                    {g.suppressed ? <span class="hidden-cell">{hiddenText(g.reason, props.k)}</span> : g.n}
                  </td>
                  {all.map((m) => (
                    <td class="num">
                      {g.suppressed ? (
                        ''
                      ) : (
                        <>
                          <Value stat={g.measures[m]} k={props.k} percent={isPercent(m)} />{' '}
                          <Delta change={g.measures[m]?.previous} />
                          {g.measures[m]?.low != null && (
                            <div class="cell-interval">
                              <Interval stat={g.measures[m]} percent={isPercent(m)} />
                            </div>
                          )}
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </table>
          </>
        );
      })}
    </>
  );
}
