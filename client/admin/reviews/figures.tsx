// How a review's numbers read on screen: a hidden figure says why it is hidden, a change says which
// way it went and whether it means anything yet, and an employer's account sees its own organization
// beside the whole sector.
import type { PublicChange, PublicStat, PublicTemplate } from '../../../server/reviews/contract.ts';
import { hiddenText } from '../../shared/question-groups.ts';
import { useReviewWords } from './use-review-words.ts';

export const isPercent = (m: string) => m.startsWith('share.') || m === 'response_rate';

/** The mark of a figure that may still move; the key on the screen says what it means. */
export const provisionalMark = '◇';

export function Value({ stat, k, percent }: { stat: PublicStat | undefined; k: number; percent?: boolean }) {
  const { t, r, value } = useReviewWords();
  if (!stat) return <span class="muted">–</span>;
  if (stat.suppressed) return <span class="too-small">{hiddenText(r, stat.reason, k)}</span>;
  if (stat.value === null) return <span class="muted">{t('noAnswers')}</span>;
  const words = r('provisionalWords');
  return (
    <span>
      {value(stat.value, percent)}
      {stat.provisional && (
        <span class="provisional" title={words}>
          {' '}
          <span aria-hidden="true">{provisionalMark}</span>
          <span class="sr-only">({words})</span>
        </span>
      )}
    </span>
  );
}

/** The 95% interval of a shown figure, or nothing. */
export function Interval({ stat, percent }: { stat: PublicStat | undefined; percent?: boolean }) {
  const { value } = useReviewWords();
  if (!stat || stat.suppressed || stat.low === null || stat.high === null) return null;
  return (
    <span class="interval">
      {value(stat.low, percent)}–{value(stat.high, percent)}
    </span>
  );
}

/**
 * The change from an earlier period, with an arrow; a meaningful change is marked ● and said in words,
 * a provisional one is marked and never called meaningful, whatever its size.
 */
export function Change({ change }: { change: PublicChange | null | undefined }) {
  const { t, r, f } = useReviewWords();
  if (!change) return <span class="muted">–</span>;
  if (change.difference === null)
    return <span class="muted">{change.value === null ? '–' : t('notComparable')}</span>;
  const d = change.difference;
  const arrow = d > 0 ? '▲' : d < 0 ? '▼' : '■';
  const meaningful = change.meaningful && !change.provisional;
  const words = t('changeWords', {
    direction: d > 0 ? 'up' : d < 0 ? 'down' : 'none',
    size: f.figure(Math.abs(d)),
    period: change.period,
    meaningful: meaningful ? 'yes' : 'no',
    provisional: change.provisional ? 'yes' : 'no',
    words: r('provisionalWords'),
  });
  return (
    <span class={meaningful ? (d > 0 ? 'up' : 'down') : change.provisional ? 'provisional' : undefined}>
      <span aria-hidden="true">
        {arrow} {d > 0 ? '+' : ''}
        {f.figure(d)}
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
  const { t: tpl, k, organizationName: name, previous } = props;
  const { t, r, f } = useReviewWords();
  const own = tpl.breakdowns.find((b) => b.key === 'organization')?.groups[0];
  const hidden = !own || own.suppressed;
  const small = <span class="too-small">{hiddenText(r, own?.reason, k)}</span>;
  const keys = props.keys.filter((m) => m !== 'response_rate' && m !== 'responses');
  const caption = t('sectorAndOwn', { title: tpl.title, organization: name });
  return (
    <>
      {hidden && (
        <p class="too-small">
          {t('ownHidden', {
            organization: name,
            reason: own?.reason === 'protects-another' ? 'protects' : 'small',
            k,
          })}
        </p>
      )}
      <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table class="side-by-side">
          <caption class="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('measure')}</th>
              <th scope="col" class="num">
                {t('wholeSector')}
              </th>
              {previous && (
                <th scope="col" class="num">
                  {t('sectorVersus', { period: previous })}
                </th>
              )}
              <th scope="col" class="num own">
                {t('yourOrganization', { organization: name })}
              </th>
              {previous && (
                <th scope="col" class="num">
                  {t('yoursVersus', { period: previous })}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('responses')}</th>
              <td class="num">
                {tpl.overall.suppressed || tpl.overall.n === null ? (
                  <span class="too-small">{hiddenText(r, tpl.overall.reason, k)}</span>
                ) : (
                  f.number(tpl.overall.n)
                )}
              </td>
              {previous && <td />}
              <td class="num own">{hidden ? small : own.n === null ? '' : f.number(own.n)}</td>
              {previous && <td />}
            </tr>
            {keys.map((m) => (
              <tr>
                <th scope="row">{tpl.measureLabels[m] ?? m}</th>
                <td class="num">
                  <Value stat={tpl.overall.measures[m]} k={k} percent={isPercent(m)} />
                </td>
                {previous && (
                  <td class="num">
                    <Change change={tpl.overall.measures[m]?.previous} />
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
