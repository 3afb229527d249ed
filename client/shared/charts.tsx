/**
 * Inline SVG charts for the printable review (drawn by the server) and the dashboard's review screen:
 * no script, no external request, crisp in print. Each chart is a figure whose visible caption is
 * also its accessible name, with a legend for every mark it draws; colours come as attributes, so the
 * screen and the page cannot disagree on what a colour means.
 */
import type { ComponentChildren } from 'preact';
import type { PublicStat } from '../../server/reviews/contract.ts';
import { isLang } from '../../surveys/languages.ts';
import { pointLabel, typeNamed } from '../../surveys/types/index.ts';
import type { WordsOf } from './i18n/areas.ts';
import { formatNumber, formatPercent } from './i18n/format.ts';
import { answerTones, categoryFill, toneFill, type Tone } from './polarity.ts';

type ReviewWords = WordsOf<'review'>;

const fmt = (t: ReviewWords, v: number) => formatNumber(t.locale, v, Math.abs(v) >= 10 ? 0 : 1);
const toneWord = (t: ReviewWords, tone: Tone) =>
  t(tone < 0 ? 'toneUnfavorable' : tone > 0 ? 'toneFavorable' : 'toneNeutral');
const ink = '#1b1f24';
const scoreFill = '#3b73b9';
const goodFill = '#1b5e20';

function Figure(props: { id: string; title: string; class?: string; children: ComponentChildren }) {
  return (
    <figure class={`chart-fig${props.class ? ` ${props.class}` : ''}`} id={props.id}>
      <figcaption id={`${props.id}-t`} class="chart-title">
        {props.title}
      </figcaption>
      {props.children}
    </figure>
  );
}

type Mark = 'score' | 'good-score' | 'ci' | 'good-line' | 'dot' | 'open-dot';

/** One small drawing of a mark, as the legend shows it (decorative: the text beside it names it). */
function Swatch(props: { mark?: Mark; fill?: string; hatch?: string }) {
  return (
    <svg class="swatch" viewBox="0 0 20 12" width="20" height="12" aria-hidden="true">
      {props.fill && <rect x={0} y={0} width={20} height={12} fill={props.fill} />}
      {props.hatch && <rect x={0} y={0} width={20} height={12} fill={`url(#${props.hatch})`} />}
      {props.mark === 'score' && <rect x={0} y={2} width={20} height={8} fill={scoreFill} />}
      {props.mark === 'good-score' && <rect x={0} y={2} width={20} height={8} fill={goodFill} />}
      {props.mark === 'ci' && <path d="M1,3V9M1,6H19M19,3V9" stroke={ink} stroke-width={1.5} fill="none" />}
      {props.mark === 'good-line' && (
        <line x1={10} x2={10} y1={0} y2={12} stroke={goodFill} stroke-width={1.5} stroke-dasharray="3 2" />
      )}
      {props.mark === 'dot' && <circle cx={10} cy={6} r={3.5} fill={ink} />}
      {props.mark === 'open-dot' && (
        <circle cx={10} cy={6} r={3.5} fill="#fff" stroke={ink} stroke-width={1.5} />
      )}
    </svg>
  );
}

export function Legend(props: {
  items: { mark?: Mark; fill?: string; hatch?: string; symbol?: string; text: string }[];
}) {
  return (
    <ul class="legend">
      {props.items.map((i) => (
        <li>
          {i.symbol ? (
            <span class="legend-symbol" aria-hidden="true">
              {i.symbol}
            </span>
          ) : (
            <Swatch mark={i.mark} fill={i.fill} hatch={i.hatch} />
          )}{' '}
          {i.text}
        </li>
      ))}
    </ul>
  );
}

/** Horizontal 0-100 bars with their intervals and a marker at the "good" level. */
export function ProfileChart(props: {
  t: ReviewWords;
  id: string;
  title: string;
  rows: { label: string; stat: PublicStat }[];
  good?: number;
}) {
  const rowH = 22;
  const labelW = 250;
  const barW = 380;
  const h = props.rows.length * rowH + 24;
  const x = (v: number) => labelW + (v / 100) * barW;
  const { good, t } = props;
  return (
    <Figure id={props.id} title={props.title}>
      <svg
        class="chart"
        viewBox={`0 0 ${labelW + barW + 80} ${h}`}
        role="img"
        aria-labelledby={`${props.id}-t`}
      >
        {[0, 25, 50, 75, 100].map((t) => (
          <g>
            <line x1={x(t)} x2={x(t)} y1={0} y2={h - 18} stroke="#d5d9df" />
            <text x={x(t)} y={h - 4} class="axis" text-anchor="middle">
              {t}
            </text>
          </g>
        ))}
        {good !== undefined && (
          <line
            x1={x(good)}
            x2={x(good)}
            y1={0}
            y2={h - 18}
            stroke={goodFill}
            stroke-width={1.5}
            stroke-dasharray="4 3"
          />
        )}
        {props.rows.map((r, i) => {
          const y = i * rowH + 4;
          const s = r.stat;
          const v = s.value;
          return (
            <g>
              <text x={labelW - 8} y={y + 13} class="label" text-anchor="end">
                {r.label}
              </text>
              {v === null ? (
                <text x={labelW + 4} y={y + 13} class="muted">
                  {s.suppressed ? 'too few to show' : 'no answers'}
                </text>
              ) : (
                <g>
                  <rect
                    x={labelW}
                    y={y + 2}
                    width={Math.max(0, x(v) - labelW)}
                    height={rowH - 8}
                    fill={good !== undefined && v >= good ? goodFill : scoreFill}
                    class="score-bar"
                  />
                  {s.low !== null && s.high !== null && (
                    <path
                      d={`M${x(s.low)},${y + 5}V${y + rowH - 9}M${x(s.low)},${y + rowH / 2 - 2}H${x(s.high)}M${x(s.high)},${y + 5}V${y + rowH - 9}`}
                      stroke={ink}
                      stroke-width={1.5}
                      fill="none"
                    />
                  )}
                  <text
                    x={Math.max(x(v), s.high !== null ? x(s.high) : 0) + 4}
                    y={y + 13}
                    class="value"
                    // A white halo keeps the figure legible where it crosses the "good" line or a whisker.
                    paint-order="stroke"
                    stroke="#fff"
                    stroke-width={3}
                  >
                    {fmt(t, v)}
                    {s.low !== null && s.high !== null ? ` (${fmt(t, s.low)}–${fmt(t, s.high)})` : ''}
                  </text>
                </g>
              )}
            </g>
          );
        })}
      </svg>
      <Legend
        items={[
          { mark: 'score', text: good === undefined ? t('legendScore') : t('legendScoreBelow', { good }) },
          ...(good === undefined
            ? []
            : [
                { mark: 'good-score' as const, text: t('legendScoreAtOrAbove', { good }) },
                { mark: 'good-line' as const, text: t('legendGoodLine', { good }) },
              ]),
          { mark: 'ci', text: t('legendIntervalInBrackets') },
        ]}
      />
    </Figure>
  );
}

/** What every trend chart's marks mean: shown once under a group of them. */
export function TrendLegend(props: { t: ReviewWords; provisional?: boolean }) {
  const { t } = props;
  return (
    <Legend
      items={[
        { mark: 'dot', text: t('legendQuarterFigure') },
        ...(props.provisional ? [{ mark: 'open-dot' as const, text: t('provisionalWords') }] : []),
        { mark: 'ci', text: t('legendInterval') },
        { symbol: '–', text: t('legendNoFigure') },
      ]}
    />
  );
}

/** A quarter-by-quarter line with interval whiskers; a gap where a quarter was too small. */
export function TrendChart(props: {
  id: string;
  title: string;
  /** `provisional`: that quarter may still move, drawn as an open dot. */
  points: { period: string; stat: PublicStat | undefined; provisional?: boolean }[];
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
    <Figure id={props.id} title={props.title} class="trend">
      <svg class="chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby={`${props.id}-t`}>
        {[props.min, (props.min + props.max) / 2, props.max].map((t) => (
          <g>
            <line x1={pad.l} x2={w - pad.r} y1={y(t)} y2={y(t)} stroke="#d5d9df" />
            <text x={pad.l - 4} y={y(t) + 4} class="axis" text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {segments.map((d) => (
          <path d={d} fill="none" stroke={ink} stroke-width={1.5} />
        ))}
        {props.points.map((p, i) => {
          const s = p.stat;
          return (
            <g>
              <text x={x(i)} y={h - 8} class="axis" text-anchor="middle">
                {p.period.replace(/^PY\d{4}-|^\d{4}-/, '')}
              </text>
              {s && s.value !== null && s.low !== null && s.high !== null && (
                <path
                  d={`M${x(i) - 3},${y(s.high)}H${x(i) + 3}M${x(i)},${y(s.high)}V${y(s.low)}M${x(i) - 3},${y(s.low)}H${x(i) + 3}`}
                  stroke={ink}
                  stroke-width={1.2}
                  fill="none"
                />
              )}
              {s && s.value !== null ? (
                <circle
                  cx={x(i)}
                  cy={y(s.value)}
                  r={3.5}
                  fill={p.provisional ? '#fff' : ink}
                  stroke={ink}
                  stroke-width={1.5}
                />
              ) : (
                <text x={x(i)} y={y((props.min + props.max) / 2)} class="muted" text-anchor="middle">
                  –
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </Figure>
  );
}

const pct = (count: number, of: number) => (of > 0 ? Math.round((count / of) * 100) : 0);

/**
 * One question's answers. A scale (agree, likelihood, ratings, yes/no, more or less) is one stacked
 * bar coloured by what each answer means, bad answers hatched; a list of categories is a bar per
 * option, all in one neutral colour. Either way the legend gives every answer's count and share.
 */
export function DistributionBar(props: {
  t: ReviewWords;
  /** The language of the survey's texts in this review: a scale's words are given in it. */
  lang: string;
  id: string;
  title: string;
  type: string;
  reverse?: boolean;
  /** People who answered: the share of a multiple choice is of them, not of the ticks. */
  n: number | null;
  parts: { value: string; label: string; count: number }[];
}) {
  const tones = answerTones({ type: props.type, reverse: props.reverse, distribution: props.parts });
  // An agree item's answers are stored as 1-5; the words its type gives them are what respondents saw.
  const type = typeNamed(props.type);
  const parts = type
    ? props.parts.map((p) => ({
        ...p,
        label: pointLabel(type, p.value, isLang(props.lang) ? props.lang : 'en') ?? p.label,
      }))
    : props.parts;
  return tones ? (
    <ScaleBar {...props} parts={parts} tones={tones} />
  ) : (
    <CategoryBars {...props} parts={parts} />
  );
}

function ScaleBar(props: {
  t: ReviewWords;
  id: string;
  title: string;
  parts: { label: string; count: number }[];
  tones: Tone[];
}) {
  const total = props.parts.reduce((a, p) => a + p.count, 0);
  const w = 400;
  const hatch = `${props.id}-hatch`;
  let x0 = 0;
  return (
    <Figure id={props.id} title={props.title} class="dist-fig">
      <svg class="dist" viewBox={`0 0 ${w} 18`} role="img" aria-labelledby={`${props.id}-t`}>
        <defs>
          <pattern
            id={hatch}
            width="5"
            height="5"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="5" stroke="#fff" stroke-width="1.6" />
          </pattern>
        </defs>
        {total > 0 &&
          props.parts.map((p, i) => {
            const width = (p.count / total) * w;
            const tone = props.tones[i]!;
            const g = (
              <g data-tone={tone} data-answer={p.label}>
                <rect
                  x={x0}
                  y={0}
                  width={width}
                  height={18}
                  fill={toneFill[tone]}
                  stroke="#fff"
                  stroke-width={width > 2 ? 1 : 0}
                />
                {tone < 0 && <rect x={x0} y={0} width={width} height={18} fill={`url(#${hatch})`} />}
              </g>
            );
            x0 += width;
            return g;
          })}
      </svg>
      <Legend
        items={props.parts.map((p, i) => ({
          fill: toneFill[props.tones[i]!],
          ...(props.tones[i]! < 0 ? { hatch } : {}),
          text: props.t('answerLegend', {
            label: p.label,
            tone: toneWord(props.t, props.tones[i]!),
            count: formatNumber(props.t.locale, p.count),
            share: formatPercent(props.t.locale, pct(p.count, total)),
          }),
        }))}
      />
    </Figure>
  );
}

function CategoryBars(props: {
  t: ReviewWords;
  id: string;
  title: string;
  type: string;
  n: number | null;
  parts: { label: string; count: number }[];
}) {
  const { t } = props;
  const of = props.n ?? props.parts.reduce((a, p) => a + p.count, 0);
  const labelW = 300;
  const barW = 260;
  const rowH = 18;
  const shown = props.parts.filter((p) => p.count > 0);
  const h = Math.max(1, shown.length) * rowH + 4;
  return (
    <Figure id={props.id} title={props.title} class="dist-fig">
      <svg
        class="chart"
        viewBox={`0 0 ${labelW + barW + 90} ${h}`}
        role="img"
        aria-labelledby={`${props.id}-t`}
      >
        {shown.map((p, i) => {
          const y = i * rowH + 2;
          const width = of > 0 ? (p.count / of) * barW : 0;
          return (
            <g data-tone="category" data-answer={p.label}>
              <text x={labelW - 8} y={y + 12} class="label" text-anchor="end">
                {p.label}
              </text>
              <rect x={labelW} y={y + 2} width={width} height={rowH - 6} fill={categoryFill} />
              <text x={labelW + width + 4} y={y + 12} class="value">
                {t('categoryValue', {
                  count: formatNumber(t.locale, p.count),
                  share: formatPercent(t.locale, pct(p.count, of)),
                })}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="legend-note">
        {t('categoryNote', {
          of: formatNumber(t.locale, of),
          multiple: typeNamed(props.type)?.multiple ? 'yes' : 'no',
          left: shown.length < props.parts.length ? 'yes' : 'no',
        })}
      </p>
    </Figure>
  );
}
