/**
 * The printable review's tables: a template's measures with intervals and changes, and its
 * breakdowns (one table per way of grouping, shift once). A hidden figure says why it is hidden,
 * never a number; a provisional figure carries its mark and is never called meaningful.
 */
import { shownBreakdowns } from '../../client/shared/breakdowns.ts';
import { hiddenText } from '../../client/shared/question-groups.ts';
import type { WordsOf } from '../../client/shared/i18n/areas.ts';
import { formatFigure, formatNumber, formatPercent } from '../../client/shared/i18n/format.ts';
import type { Locale } from '../../client/shared/i18n/locales.ts';
import { serverWords } from '../../client/shared/i18n/server-words.ts';
import type { PublicChange, PublicReview, PublicStat, PublicTemplate, ReachChannel } from './contract.ts';

/** The page's words (`t`), the review's shared ones (`r`), and its numbers, in the reader's locale. */
export interface PageWords {
  locale: Locale;
  t: WordsOf<'print'>;
  r: WordsOf<'review'>;
  /** Whole numbers as they are, others to one decimal. */
  figure(v: number): string;
  /** `figure`, as a percentage when the measure is one. */
  value(v: number, percent?: boolean): string;
  count(n: number): string;
}

export function pageWords(locale: Locale): PageWords {
  const figure = (v: number) => formatFigure(locale, v);
  return {
    locale,
    t: serverWords(locale, 'print'),
    r: serverWords(locale, 'review'),
    figure,
    value: (v, percent) => (percent ? formatPercent(locale, v, Number.isInteger(v) ? 0 : 1) : figure(v)),
    count: (n) => formatNumber(locale, n),
  };
}

const channelKeys = {
  sms: 'bySms',
  email: 'byEmail',
  printed: 'printedOnly',
  open_link: 'poster',
} as const satisfies Record<ReachChannel, string>;

export const channelName = (w: PageWords, c: ReachChannel) => w.t(channelKeys[c]);

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

export function Value(props: { w: PageWords; stat: PublicStat | undefined; k: number; percent?: boolean }) {
  const { w, stat: s } = props;
  if (!s) return <span class="muted">–</span>;
  if (s.suppressed) return <span class="hidden-cell">{hiddenText(w.r, s.reason, props.k)}</span>;
  if (s.value === null) return <span class="muted">{w.t('noAnswers')}</span>;
  return (
    <span>
      {w.value(s.value, props.percent)}
      {s.provisional ? <span class="provisional"> {provisionalMark}</span> : null}
    </span>
  );
}

export function Interval(props: { w: PageWords; stat: PublicStat | undefined; percent?: boolean }) {
  const { w, stat: s } = props;
  if (!s || s.suppressed || s.low === null || s.high === null) return null;
  return (
    <span class="muted">
      {w.value(s.low, props.percent)}–{w.value(s.high, props.percent)}
    </span>
  );
}

function Delta(props: { w: PageWords; change: PublicChange | null | undefined }) {
  const { w, change: c } = props;
  if (!c) return <span class="muted">–</span>;
  if (c.difference === null)
    return <span class="muted">{c.value === null ? w.t('notComparable') : '–'}</span>;
  const d = c.difference;
  const meaningful = c.meaningful && !c.provisional;
  const cls = meaningful ? (d > 0 ? 'up flag' : 'down flag') : c.provisional ? 'provisional' : '';
  return (
    <span
      class={cls}
      title={w.t('changeTitle', {
        from: c.value === null ? '–' : w.figure(c.value),
        low: w.figure(c.low!),
        high: w.figure(c.high!),
      })}
    >
      {d > 0 ? '▲ +' : d < 0 ? '▼ ' : '■ '}
      {w.figure(d)}
      {meaningful ? ' ●' : ''}
      {c.provisional ? ` ${provisionalMark}` : ''}
    </span>
  );
}

export const isPercent = (m: string) => m.startsWith('share.') || m === 'response_rate';

export function MeasureTable(props: { t: PublicTemplate; k: number; review: PublicReview; w: PageWords }) {
  const { t, w } = props;
  const previous = props.review.previousPeriod;
  return (
    <table class="measures">
      <caption>{w.t('measures')}</caption>
      <tr>
        <th>{w.t('measure')}</th>
        <th class="num">{w.t('value')}</th>
        <th class="num">{w.t('interval')}</th>
        <th class="num">n</th>
        <th class="num">{previous ? w.t('versus', { period: previous }) : w.t('versusPrevious')}</th>
        {props.review.yearBeforePeriod && (
          <th class="num">{w.t('versus', { period: props.review.yearBeforePeriod })}</th>
        )}
      </tr>
      {measureKeys(t).map((m) => {
        const s = t.overall.measures[m]!;
        return (
          <tr>
            <td>{t.measureLabels[m] ?? m}</td>
            <td class="num">
              <Value w={w} stat={s} k={props.k} percent={isPercent(m)} />
            </td>
            <td class="num">
              <Interval w={w} stat={s} percent={isPercent(m)} />
            </td>
            <td class="num">{s.n === null ? '' : w.count(s.n)}</td>
            <td class="num">
              <Delta w={w} change={s.previous} />
            </td>
            {props.review.yearBeforePeriod && (
              <td class="num">
                <Delta w={w} change={s.yearBefore} />
              </td>
            )}
          </tr>
        );
      })}
    </table>
  );
}

export function Breakdowns(props: { t: PublicTemplate; k: number; w: PageWords }) {
  const { t, w } = props;
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
            <h3>{w.t('by', { title: b.title })}</h3>
            {b.alsoRecorded && (
              <p class="note">
                {w.t('alsoRecorded', { question: b.question ?? '', attribute: b.alsoRecorded })}
              </p>
            )}
            <table class="breakdown">
              <tr>
                <th>{w.t('group')}</th>
                <th class="num">n</th>
                {all.map((m) => (
                  <th class="num">{t.measureLabels[m] ?? m}</th>
                ))}
              </tr>
              {b.groups.map((g) => (
                <tr>
                  <td>{g.label}</td>
                  <td class="num">
                    {g.suppressed ? (
                      <span class="hidden-cell">{hiddenText(w.r, g.reason, props.k)}</span>
                    ) : g.n === null ? (
                      ''
                    ) : (
                      w.count(g.n)
                    )}
                  </td>
                  {all.map((m) => (
                    <td class="num">
                      {g.suppressed ? (
                        ''
                      ) : (
                        <>
                          <Value w={w} stat={g.measures[m]} k={props.k} percent={isPercent(m)} />{' '}
                          <Delta w={w} change={g.measures[m]?.previous} />
                          {g.measures[m]?.low != null && (
                            <div class="cell-interval">
                              <Interval w={w} stat={g.measures[m]} percent={isPercent(m)} />
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
