/**
 * The printable review: server-rendered HTML with inline SVG charts and a print stylesheet. It works
 * with JavaScript off (there is none) and draws only a PublicReview, so it shows nothing the API does
 * not: a hidden group reads "fewer than k", never a number.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { overdueOn, reviewQuery, type PublicReview } from './contract.ts';
import { pageRule, reviewCss } from './page-styles.ts';
import { pageWords, provisionalMark, type PageWords } from './page-tables.tsx';
import { Template, templateAnchor } from './page-template.tsx';
import { formatDay } from '../../client/shared/i18n/format.ts';
import type { Locale } from '../../client/shared/i18n/locales.ts';
import type { ActionStatus } from './contract.ts';

const statusKeys = {
  open: 'statusOpen',
  in_progress: 'statusInProgress',
  done: 'statusDone',
  dropped: 'statusDropped',
} as const satisfies Record<ActionStatus, string>;

/** The symbols the tables and charts use, each in words; printed once, near the top. */
function Key({ k, w }: { k: number; w: PageWords }) {
  const { t } = w;
  return (
    <section class="key" aria-labelledby="key-h">
      <h2 id="key-h">{t('keyTitle')}</h2>
      <dl>
        <dt>▲ ▼ ■</dt>
        <dd>{t('keyArrows')}</dd>
        <dt>●</dt>
        <dd>{t('keyMeaningful', { k })}</dd>
        <dt>{provisionalMark}</dt>
        <dd>{t('keyProvisional')}</dd>
        <dt>
          {w.figure(61)}–{w.figure(67)}
        </dt>
        <dd>{t('keyInterval')}</dd>
        <dt>{t('keyHidden')}</dt>
        <dd>{t('keyHiddenWhy', { k })}</dd>
      </dl>
      <p class="note">{t('keyColours')}</p>
    </section>
  );
}

function Document(props: {
  title: string;
  paper: 'letter' | 'a4' | null;
  locale: Locale;
  children: ComponentChildren;
}) {
  return (
    <html lang={props.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{props.title}</title>
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: reviewCss + pageRule(props.paper) }} />
      </head>
      <body>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

export function reviewPage(
  review: PublicReview,
  options: { paper: 'letter' | 'a4' | null; today?: string; locale?: Locale },
): string {
  const locale = options.locale ?? 'en';
  const w = pageWords(locale);
  const { t } = w;
  const k = review.suppression.minGroupSize;
  // Overdue as of the day the figures were drawn, unless the caller says what today is.
  const today = options.today ?? review.generatedAt.slice(0, 10);
  const formats = reviewQuery.shape.format.unwrap().options;
  const formatNames: Record<string, string> = { json: 'JSON', csv: 'CSV', xlsx: t('excel') };
  // The downloads and the paper sizes keep the reader's language.
  const lang = locale === 'en' ? '' : `lang=${locale}`;
  const api = `/api/partnerships/${encodeURIComponent(review.partnership.id)}/reviews/${encodeURIComponent(review.period.name)}`;
  const base = `/reviews/${encodeURIComponent(review.partnership.id)}/${encodeURIComponent(review.period.name)}`;
  const named = { kind: review.period.kind, period: review.period.name };
  const day = (iso: string) => formatDay(locale, iso);
  const overdue = review.actions.filter((a) => overdueOn(a, today)).length;
  const strong = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  return (
    '<!doctype html>' +
    renderToString(
      <Document
        title={t('title', { ...named, partnership: review.partnership.name })}
        paper={options.paper}
        locale={locale}
      >
        <nav>
          <a href={`${base}?paper=letter${lang && `&${lang}`}`}>{t('letter')}</a>
          <a href={`${base}?paper=a4${lang && `&${lang}`}`}>{t('a4')}</a>
          {formats.map((f) => (
            <a href={`${api}?format=${f}${lang && `&${lang}`}`}>{formatNames[f] ?? f.toUpperCase()}</a>
          ))}
        </nav>
        <p class="meta">
          {review.scope
            ? t('scoped', {
                partnership: review.partnership.name,
                organization: review.scope.organizationName,
              })
            : review.partnership.name}
        </p>
        <h1>
          {t('heading', named)}{' '}
          <span class={`badge ${review.status}`}>
            {review.status === 'final' ? t('final', { day: day(review.finalizedAt!) }) : t('draft')}
          </span>
        </h1>
        <p class="meta">
          {t('drawn', { label: review.period.label, day: day(review.generatedAt) })}
          {review.yearBeforePeriod
            ? t('comparedWithBoth', {
                previous: review.previousPeriod ?? '',
                yearBefore: review.yearBeforePeriod,
              })
            : review.previousPeriod
              ? t('comparedWith', { previous: review.previousPeriod })
              : ''}
        </p>
        {review.provisional && (
          <p class="provisional-note">
            {t.rich('provisional', {
              strong,
              open: review.provisional.openCampaigns,
              ends: review.provisional.reasons.includes('period-not-ended')
                ? day(review.provisional.periodEnds)
                : 'none',
            })}
          </p>
        )}
        <nav class="contents" aria-label={t('contents')}>
          <a href="#goals">{t('goals')}</a>
          <a href="#actions">{t('youSaidWeDid')}</a>
          {review.templates.map((tpl) => (
            <a href={`#${templateAnchor(tpl)}`}>{tpl.title}</a>
          ))}
        </nav>
        <Key k={k} w={w} />
        {review.late.included.length > 0 && (
          <p class="note">
            {t('lateIncluded', {
              list: review.late.included
                .map((l) => t('lateItem', { responses: l.responses, campaign: l.campaign, period: l.period }))
                .join('; '),
            })}
          </p>
        )}
        {review.late.arrivedAfterFinal > 0 && (
          <p class="note">{t('arrivedAfterFinal', { n: review.late.arrivedAfterFinal })}</p>
        )}
        <h2 id="goals">{t('goals')}</h2>
        {review.goals.length === 0 ? (
          <p class="muted">{t('noGoals')}</p>
        ) : (
          <table>
            <tr>
              <th>{t('goal')}</th>
              <th class="num">{t('value')}</th>
              <th class="num">{t('target')}</th>
              <th>{t('status')}</th>
            </tr>
            {review.goals.map((g) => (
              <tr>
                <td>{g.label}</td>
                <td class="num">{g.value === null ? '–' : w.figure(g.value)}</td>
                <td class="num">
                  {g.comparison === 'at_least' ? '≥' : '≤'} {w.figure(g.target)}
                </td>
                <td class={g.status}>
                  {g.status === 'met'
                    ? t('goalMet')
                    : g.status === 'not_met'
                      ? t('goalNotMet')
                      : t('goalNotEnough')}
                </td>
              </tr>
            ))}
          </table>
        )}
        <h2 id="actions">{t('youSaidWeDid')}</h2>
        {review.scope ? (
          <p class="muted">{t('actionsHidden')}</p>
        ) : review.actions.length === 0 ? (
          <p class="muted">{t('noActions')}</p>
        ) : (
          <>
            {overdue > 0 && (
              <p class="overdue-note">{t.rich('overdueCount', { strong, n: overdue, day: day(today) })}</p>
            )}
            <table>
              <tr>
                <th>{t('heard')}</th>
                <th>{t('willDo')}</th>
                <th>{t('owner')}</th>
                <th>{t('due')}</th>
                <th>{t('status')}</th>
              </tr>
              {review.actions.map((a) => (
                <tr class={overdueOn(a, today) ? 'overdue' : undefined}>
                  <td>
                    {a.heard}
                    {a.carriedForward && <div class="note">{t('carriedFrom', { period: a.period })}</div>}
                  </td>
                  <td>{a.action}</td>
                  <td>{a.owner}</td>
                  <td>
                    {a.dueOn ? day(a.dueOn) : ''}
                    {overdueOn(a, today) && <strong class="overdue-flag"> {t('overdue')}</strong>}
                  </td>
                  <td>
                    {t(statusKeys[a.status])}
                    {a.closedOn ? ` (${day(a.closedOn)})` : ''}
                  </td>
                </tr>
              ))}
            </table>
          </>
        )}
        {review.templates.length === 0 && <p class="muted">{t('noSurvey')}</p>}
        {review.templates.map((tpl) => (
          <Template t={tpl} review={review} w={w} />
        ))}
      </Document>,
    )
  );
}

/** What a browser sees instead of the review: not signed in, not a member, a bad period. */
export function signInPage(code: string, message: string, locale: Locale = 'en'): string {
  const { t } = pageWords(locale);
  return (
    '<!doctype html>' +
    renderToString(
      <Document title={t('review')} paper={null} locale={locale}>
        <h1>{code === 'UNAUTHENTICATED' ? t('signIn') : t('cannotShow')}</h1>
        <p>{message}</p>
      </Document>,
    )
  );
}
