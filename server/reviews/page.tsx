/**
 * The printable review: server-rendered HTML with inline SVG charts and a print stylesheet. It works
 * with JavaScript off (there is none) and draws only a PublicReview, so it shows nothing the API does
 * not: a hidden group reads "fewer than k", never a number.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { DistributionBar, ProfileChart, TrendChart } from '../../client/shared/charts.tsx';
import { commentsHeldBackText } from '../../client/shared/comments-text.ts';
import type { PublicReview, PublicTemplate } from './contract.ts';
import { pageRule, reviewCss } from './page-styles.ts';
import { Breakdowns, channelNames, MeasureTable, one } from './page-tables.tsx';

function Template(props: { t: PublicTemplate; review: PublicReview }) {
  const { t, review } = props;
  const k = review.suppression.minGroupSize;
  const dims = Object.keys(t.overall.measures).filter((m) => m.startsWith('dim.'));
  const trendKeys = Object.keys(t.overall.measures).filter(
    (m) => m.startsWith('index.') || m.startsWith('nps.') || m.startsWith('share.') || m === 'response_rate',
  );
  return (
    <section class="template">
      <h2>{t.title}</h2>
      <p class="meta">
        {t.invitations.invited} invited ·{' '}
        {t.invitations.responses === null
          ? `fewer than ${k} responses`
          : `${t.invitations.responses} responses`}
        {t.invitations.channels.map(
          (c) =>
            ` · ${channelNames[c.channel]}: ${c.responses === null ? `fewer than ${k}` : c.responses} of ${c.invited}`,
        )}
        {' · '}campaigns: {t.campaigns.map((c) => c.name).join(', ')}
      </p>
      {t.tooSmall ? (
        <p class="hidden-cell">Fewer than {k} people answered, so no figures are shown for this survey.</p>
      ) : (
        <>
          <MeasureTable t={t} k={k} review={review} />
          {t.profile && (
            <>
              <h3>
                Job-quality profile:{' '}
                {t.profile.good === null
                  ? 'not all factors can be shown'
                  : `${t.profile.good} of ${t.profile.of} factors at or above ${t.profile.threshold}`}
              </h3>
              <ProfileChart
                title="Job-quality factor scores, 0 to 100, with 95% intervals"
                good={t.profile.threshold}
                rows={dims.map((d) => ({ label: t.measureLabels[d] ?? d, stat: t.overall.measures[d]! }))}
              />
            </>
          )}
          {!t.profile && dims.length > 0 && (
            <ProfileChart
              title="Scores, 0 to 100, with 95% intervals"
              rows={dims.map((d) => ({ label: t.measureLabels[d] ?? d, stat: t.overall.measures[d]! }))}
            />
          )}
          {t.trend.length > 0 && (
            <>
              <h3>Quarter by quarter</h3>
              {trendKeys.map((m) => (
                <TrendChart
                  title={`${t.measureLabels[m] ?? m} by quarter`}
                  min={m.startsWith('nps.') ? -100 : 0}
                  max={100}
                  points={t.trend.map((p) => ({ period: p.period, stat: p.measures[m] }))}
                />
              ))}
              <p class="note">
                {trendKeys.map((m) => t.measureLabels[m] ?? m).join(', ')}; a dash is a quarter with too few
                answers.
              </p>
            </>
          )}
          <Breakdowns t={t} k={k} />
          <h3>Every question</h3>
          {t.questions.map((q) => (
            <div class="q">
              <div>
                {q.text}{' '}
                <small>
                  {q.suppressed
                    ? `fewer than ${k} answers`
                    : `n ${q.n}${q.mean !== null ? ` · mean ${q.mean.toFixed(2)}` : ''}${q.favorable?.value != null ? ` · ${q.type === 'yesno' ? 'yes' : 'favorable'} ${one(q.favorable.value)}% (${one(q.favorable.low!)}–${one(q.favorable.high!)})` : ''}`}
                </small>
              </div>
              {!q.suppressed && <DistributionBar title={q.text} parts={q.distribution} />}
              {!q.suppressed && (
                <small>
                  {q.distribution
                    .filter((d) => d.count > 0)
                    .map((d) => `${d.label}: ${d.count}`)
                    .join(' · ')}
                </small>
              )}
            </div>
          ))}
          <h3>Comments</h3>
          {t.comments.shown ? (
            <>
              {t.comments.items.length > 0 ? (
                t.comments.items.map((c) => <blockquote>{c}</blockquote>)
              ) : (
                <p class="muted">No comments.</p>
              )}
              {t.comments.heldBack ? (
                <p class="hidden-cell">{commentsHeldBackText(t.comments.heldBack, t.comments.minimum)}</p>
              ) : null}
            </>
          ) : review.scope ? (
            <p class="hidden-cell">Comments are not shown to employer accounts, to protect workers.</p>
          ) : (
            <p class="hidden-cell">
              Comments are shown only from campaigns that at least {t.comments.minimum} people answered.
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Document(props: { title: string; paper: 'letter' | 'a4' | null; children: ComponentChildren }) {
  return (
    <html lang="en">
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

export function reviewPage(review: PublicReview, options: { paper: 'letter' | 'a4' | null }): string {
  const k = review.suppression.minGroupSize;
  const kind = review.period.kind === 'year' ? 'Annual' : 'Quarterly';
  const base = `/reviews/${encodeURIComponent(review.partnership.id)}/${encodeURIComponent(review.period.name)}`;
  return (
    '<!doctype html>' +
    renderToString(
      <Document
        title={`${kind} review ${review.period.name}: ${review.partnership.name}`}
        paper={options.paper}
      >
        <nav>
          <a href={`${base}?paper=letter`}>Letter</a>
          <a href={`${base}?paper=a4`}>A4</a>
          <a
            href={`/api/partnerships/${encodeURIComponent(review.partnership.id)}/reviews/${encodeURIComponent(review.period.name)}?format=csv`}
          >
            CSV
          </a>
        </nav>
        <p class="meta">
          {review.partnership.name}
          {review.scope && ` · ${review.scope.organizationName} next to the whole sector`}
        </p>
        <h1>
          {kind} review {review.period.name}{' '}
          <span class={`badge ${review.status}`}>
            {review.status === 'final'
              ? `Final, ${review.finalizedAt!.slice(0, 10)}`
              : 'Draft: figures still change'}
          </span>
        </h1>
        <p class="meta">
          {review.period.label} · drawn {review.generatedAt.slice(0, 10)} · compared with{' '}
          {review.previousPeriod}
          {review.yearBeforePeriod ? ` and ${review.yearBeforePeriod}` : ''}
        </p>
        <p class="note">
          Groups of fewer than {k} people show no figures, and where one group is hidden, another may be too
          (marked *), so that no one can be worked out by subtraction. Intervals are 95%. A change marked ● is
          meaningful: both periods have at least {k} answers, the interval of the difference excludes zero,
          and it is at least 5 points.
        </p>
        {review.late.included.length > 0 && (
          <p class="note">
            Includes{' '}
            {review.late.included
              .map(
                (l) =>
                  `${l.responses} late response${l.responses === 1 ? '' : 's'} to ${l.campaign} (${l.period})`,
              )
              .join('; ')}
            , received after that review was made final.
          </p>
        )}
        {review.late.arrivedAfterFinal > 0 && (
          <p class="note">
            {review.late.arrivedAfterFinal} response{review.late.arrivedAfterFinal === 1 ? '' : 's'} arrived
            after this review was made final; they count in the next review.
          </p>
        )}
        <h2>Goals</h2>
        {review.goals.length === 0 ? (
          <p class="muted">No goals set for this period.</p>
        ) : (
          <table>
            <tr>
              <th>Goal</th>
              <th class="num">Value</th>
              <th class="num">Target</th>
              <th>Status</th>
            </tr>
            {review.goals.map((g) => (
              <tr>
                <td>{g.label}</td>
                <td class="num">{g.value === null ? '–' : one(g.value)}</td>
                <td class="num">
                  {g.comparison === 'at_least' ? '≥' : '≤'} {one(g.target)}
                </td>
                <td class={g.status}>
                  {g.status === 'met' ? 'Met' : g.status === 'not_met' ? 'Not met' : 'Not enough responses'}
                </td>
              </tr>
            ))}
          </table>
        )}
        <h2>You said, we did</h2>
        {review.scope ? (
          <p class="muted">The partnership's action items are not shown to employer accounts.</p>
        ) : review.actions.length === 0 ? (
          <p class="muted">No action items yet.</p>
        ) : (
          <table>
            <tr>
              <th>What we heard</th>
              <th>What we will do</th>
              <th>Owner</th>
              <th>Due</th>
              <th>Status</th>
            </tr>
            {review.actions.map((a) => (
              <tr>
                <td>
                  {a.heard}
                  {a.carriedForward && <div class="note">carried from {a.period}</div>}
                </td>
                <td>{a.action}</td>
                <td>{a.owner}</td>
                <td>{a.dueOn ?? ''}</td>
                <td>
                  {a.status.replace('_', ' ')}
                  {a.closedOn ? ` (${a.closedOn})` : ''}
                </td>
              </tr>
            ))}
          </table>
        )}
        {review.templates.length === 0 && <p class="muted">No survey ran in this period.</p>}
        {review.templates.map((t) => (
          <Template t={t} review={review} />
        ))}
      </Document>,
    )
  );
}

/** What a browser sees instead of the review: not signed in, not a member, a bad period. */
export function signInPage(code: string, message: string): string {
  return (
    '<!doctype html>' +
    renderToString(
      <Document title="Review" paper={null}>
        <h1>{code === 'UNAUTHENTICATED' ? 'Sign in to see this review' : 'This review cannot be shown'}</h1>
        <p>{message}</p>
      </Document>,
    )
  );
}
