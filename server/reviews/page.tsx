/**
 * The printable review: server-rendered HTML with inline SVG charts and a print stylesheet. It works
 * with JavaScript off (there is none) and draws only a PublicReview, so it shows nothing the API does
 * not: a hidden group reads "fewer than k", never a number.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { overdueOn, reviewQuery, type PublicReview } from './contract.ts';
import { pageRule, reviewCss } from './page-styles.ts';
import { one, provisionalMark } from './page-tables.tsx';
import { Template, templateAnchor } from './page-template.tsx';

const formatNames: Record<string, string> = { json: 'JSON', csv: 'CSV', xlsx: 'Excel (.xlsx)' };

/** The symbols the tables and charts use, each in words; printed once, near the top. */
function Key({ k }: { k: number }) {
  return (
    <section class="key" aria-labelledby="key-h">
      <h2 id="key-h">Key to symbols</h2>
      <dl>
        <dt>▲ ▼ ■</dt>
        <dd>up, down, no change from the earlier period</dd>
        <dt>●</dt>
        <dd>
          a meaningful change: both periods have at least {k} answers, the 95% interval of the difference
          excludes zero, and it is at least 5 points
        </dd>
        <dt>{provisionalMark}</dt>
        <dd>
          provisional — campaigns still open: the figure may move, and its change is never called meaningful
        </dd>
        <dt>61–67</dt>
        <dd>the 95% interval (Wilson for shares and rates)</dd>
        <dt>hidden</dt>
        <dd>
          “fewer than {k}”: too few people to show; “hidden to protect a smaller group”: big enough, hidden so
          a smaller group cannot be worked out by subtraction
        </dd>
      </dl>
      <p class="note">
        Answer colours follow the answer's meaning, not its place on the scale: blue for favorable, grey for
        neutral, orange and hatched for unfavorable, dark grey for choices that are neither.
      </p>
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

export function reviewPage(
  review: PublicReview,
  options: { paper: 'letter' | 'a4' | null; today?: string },
): string {
  const k = review.suppression.minGroupSize;
  // Overdue as of the day the figures were drawn, unless the caller says what today is.
  const today = options.today ?? review.generatedAt.slice(0, 10);
  const formats = reviewQuery.shape.format.unwrap().options;
  const api = `/api/partnerships/${encodeURIComponent(review.partnership.id)}/reviews/${encodeURIComponent(review.period.name)}`;
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
          {formats.map((f) => (
            <a href={`${api}?format=${f}`}>{formatNames[f] ?? f.toUpperCase()}</a>
          ))}
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
        {review.provisional && (
          <p class="provisional-note">
            <strong>Provisional — campaigns still open</strong>
            {review.provisional.openCampaigns > 0 ? ` (${review.provisional.openCampaigns} open)` : ''}
            {review.provisional.reasons.includes('period-not-ended')
              ? `; the period ends ${review.provisional.periodEnds}`
              : ''}
            . Figures may still move, so no change is called meaningful yet.
          </p>
        )}
        <nav class="contents" aria-label="Contents">
          <a href="#goals">Goals</a>
          <a href="#actions">You said, we did</a>
          {review.templates.map((t) => (
            <a href={`#${templateAnchor(t)}`}>{t.title}</a>
          ))}
        </nav>
        <Key k={k} />
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
        <h2 id="goals">Goals</h2>
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
        <h2 id="actions">You said, we did</h2>
        {review.scope ? (
          <p class="muted">The partnership's action items are not shown to employer accounts.</p>
        ) : review.actions.length === 0 ? (
          <p class="muted">No action items yet.</p>
        ) : (
          <>
            {review.actions.some((a) => overdueOn(a, today)) && (
              <p class="overdue-note">
                <strong>
                  {review.actions.filter((a) => overdueOn(a, today)).length} overdue on {today}
                </strong>{' '}
                (past the due date and not done).
              </p>
            )}
            <table>
              <tr>
                <th>What we heard</th>
                <th>What we will do</th>
                <th>Owner</th>
                <th>Due</th>
                <th>Status</th>
              </tr>
              {review.actions.map((a) => (
                <tr class={overdueOn(a, today) ? 'overdue' : undefined}>
                  <td>
                    {a.heard}
                    {a.carriedForward && <div class="note">carried from {a.period}</div>}
                  </td>
                  <td>{a.action}</td>
                  <td>{a.owner}</td>
                  <td>
                    {a.dueOn ?? ''}
                    {overdueOn(a, today) && <strong class="overdue-flag"> overdue</strong>}
                  </td>
                  <td>
                    {a.status.replace('_', ' ')}
                    {a.closedOn ? ` (${a.closedOn})` : ''}
                  </td>
                </tr>
              ))}
            </table>
          </>
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
