// How a review's numbers read on screen: a hidden figure says why it is hidden, a change says which
// way it went and whether it means anything yet, and an employer's account sees its own organization
// beside the whole sector.
import type { PublicChange, PublicStat, PublicTemplate } from '../../../server/reviews/contract.ts';
import { hiddenText } from '../../shared/question-groups.ts';

/** A figure as reviews show it: whole numbers as they are, others to one decimal. */
export const one = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
export const isPercent = (m: string) => m.startsWith('share.') || m === 'response_rate';

/** The mark of a figure that may still move; the key on the screen says what it means. */
export const provisionalMark = '◇';
export const provisionalWords = 'provisional — campaigns still open';

export function Value({ stat, k, percent }: { stat: PublicStat | undefined; k: number; percent?: boolean }) {
  if (!stat) return <span class="muted">–</span>;
  if (stat.suppressed) return <span class="too-small">{hiddenText(stat.reason, k)}</span>;
  if (stat.value === null) return <span class="muted">no answers</span>;
  return (
    <span>
      {one(stat.value)}
      {percent ? '%' : ''}
      {stat.provisional && (
        <span class="provisional" title={provisionalWords}>
          {' '}
          <span aria-hidden="true">{provisionalMark}</span>
          <span class="sr-only">({provisionalWords})</span>
        </span>
      )}
    </span>
  );
}

/** The 95% interval of a shown figure, or nothing. */
export function Interval({ stat, percent }: { stat: PublicStat | undefined; percent?: boolean }) {
  if (!stat || stat.suppressed || stat.low === null || stat.high === null) return null;
  const u = percent ? '%' : '';
  return (
    <span class="interval">
      {one(stat.low)}
      {u}–{one(stat.high)}
      {u}
    </span>
  );
}

/**
 * The change from an earlier period, with an arrow; a meaningful change is marked ● and said in words,
 * a provisional one is marked and never called meaningful, whatever its size.
 */
export function Change({ change }: { change: PublicChange | null | undefined }) {
  if (!change) return <span class="muted">–</span>;
  if (change.difference === null)
    return <span class="muted">{change.value === null ? '–' : 'not comparable'}</span>;
  const d = change.difference;
  const arrow = d > 0 ? '▲' : d < 0 ? '▼' : '■';
  const meaningful = change.meaningful && !change.provisional;
  const words = `${d > 0 ? 'up' : d < 0 ? 'down' : 'no change'} ${one(Math.abs(d))} from ${change.period}${meaningful ? ', a meaningful change' : ''}${change.provisional ? `, ${provisionalWords}` : ''}`;
  return (
    <span class={meaningful ? (d > 0 ? 'up' : 'down') : change.provisional ? 'provisional' : undefined}>
      <span aria-hidden="true">
        {arrow} {d > 0 ? '+' : ''}
        {one(d)}
        {meaningful ? ' ●' : ''}
        {change.provisional ? ` ${provisionalMark}` : ''}
      </span>
      <span class="sr-only">{words}</span>
    </span>
  );
}

/**
 * An employer's view of one survey: each measure for the whole sector beside their own
 * organization's, both as suppressed as in the full review. `previous` adds the change columns.
 */
export function SectorAndOwn(props: {
  t: PublicTemplate;
  k: number;
  organizationName: string;
  keys: string[];
  previous?: string | null;
}) {
  const { t, k, organizationName: name, previous } = props;
  const own = t.breakdowns.find((b) => b.key === 'organization')?.groups[0];
  const hidden = !own || own.suppressed;
  const small = <span class="too-small">{hiddenText(own?.reason, k)}</span>;
  const keys = props.keys.filter((m) => m !== 'response_rate' && m !== 'responses');
  return (
    <>
      {hidden && (
        <p class="too-small">
          {name}'s own figures are{' '}
          {own?.reason === 'protects-another' ? 'hidden to protect a smaller group' : 'too small to report'}{' '}
          for this period (groups under {k} are never shown), so only the whole sector's are given.
        </p>
      )}
      <div
        class="table-wrap"
        tabIndex={0}
        role="region"
        aria-label={`${t.title}: the whole sector and ${name}`}
      >
        <table class="side-by-side">
          <caption class="sr-only">
            {t.title}: the whole sector and {name}
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" class="num">
                Whole sector
              </th>
              {previous && (
                <th scope="col" class="num">
                  Sector vs {previous}
                </th>
              )}
              <th scope="col" class="num own">
                Your organization: {name}
              </th>
              {previous && (
                <th scope="col" class="num">
                  Yours vs {previous}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Responses</th>
              <td class="num">
                {t.overall.suppressed || t.overall.n === null ? (
                  <span class="too-small">{hiddenText(t.overall.reason, k)}</span>
                ) : (
                  t.overall.n
                )}
              </td>
              {previous && <td />}
              <td class="num own">{hidden ? small : own.n}</td>
              {previous && <td />}
            </tr>
            {keys.map((m) => (
              <tr>
                <th scope="row">{t.measureLabels[m] ?? m}</th>
                <td class="num">
                  <Value stat={t.overall.measures[m]} k={k} percent={isPercent(m)} />
                </td>
                {previous && (
                  <td class="num">
                    <Change change={t.overall.measures[m]?.previous} />
                  </td>
                )}
                <td class="num own">
                  {hidden ? small : <Value stat={own.measures[m]} k={k} percent={isPercent(m)} />}
                </td>
                {previous && (
                  <td class="num">{hidden ? '' : <Change change={own.measures[m]?.previous} />}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
