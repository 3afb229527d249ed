// One survey's part of a review: measures with their change, the job-quality profile, trends,
// breakdowns (with suppressed groups said plainly), every question's distribution, and comments.
// An employer's account sees its own organization beside the whole sector instead of the breakdowns,
// and no comments (the server sends none).
import type { PublicReview, PublicTemplate } from '../../../server/reviews/contract.ts';
import { DistributionBar, ProfileChart, TrendChart } from '../../shared/charts.tsx';
import { commentsHeldBackText } from '../../shared/comments-text.ts';
import { Change, isPercent, SectorAndOwn, Value } from './figures.tsx';

const channelNames: Record<string, string> = {
  sms: 'by SMS',
  email: 'by email',
  printed: 'printed links only',
  open_link: 'open link',
};

const headline = ['index.jqi', 'nps.recommend', 'index.acsi', 'share.intent', 'dim.value', 'share.roi'];

export function TemplateSection({ t, review }: { t: PublicTemplate; review: PublicReview }) {
  const k = review.suppression.minGroupSize;
  const label = (m: string) => t.measureLabels[m] ?? m;
  const keys = Object.keys(t.overall.measures)
    .filter((m) => m !== 'responses')
    .sort((a, b) => (headline.indexOf(a) + 1 || 99) - (headline.indexOf(b) + 1 || 99));
  const dims = keys.filter((m) => m.startsWith('dim.'));
  const trendKeys = keys.filter((m) => /^(index|nps|share)\./.test(m) || m === 'response_rate');
  const id = `t-${t.templateId}`;
  const scope = review.scope;
  const sector = scope ? ', whole sector' : '';
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{t.title}</h2>
      <p class="template-counts">
        {t.invitations.invited} invited ·{' '}
        {t.invitations.responses === null
          ? `too few responses to report (fewer than ${k})`
          : `${t.invitations.responses} responses`}
        {t.invitations.channels.map(
          (c) =>
            ` · ${channelNames[c.channel] ?? c.channel}: ${c.responses === null ? `fewer than ${k}` : c.responses} of ${c.invited}`,
        )}
      </p>
      {t.tooSmall ? (
        <p class="too-small">
          Fewer than {k} people answered, so this survey's figures are too small to report.
        </p>
      ) : (
        <>
          {scope ? (
            <SectorAndOwn
              t={t}
              k={k}
              organizationName={scope.organizationName}
              keys={keys}
              previous={review.previousPeriod}
            />
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="sr-only">Measures for {t.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Measure</th>
                    <th scope="col" class="num">
                      Value
                    </th>
                    <th scope="col" class="num">
                      n
                    </th>
                    <th scope="col" class="num">
                      vs {review.previousPeriod ?? 'previous'}
                    </th>
                    {review.yearBeforePeriod && (
                      <th scope="col" class="num">
                        vs {review.yearBeforePeriod}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {keys.map((m) => (
                    <tr>
                      <th scope="row">{label(m)}</th>
                      <td class="num">
                        <Value stat={t.overall.measures[m]} k={k} percent={isPercent(m)} />
                      </td>
                      <td class="num">{t.overall.measures[m]?.n ?? ''}</td>
                      <td class="num">
                        <Change change={t.overall.measures[m]?.previous} />
                      </td>
                      {review.yearBeforePeriod && (
                        <td class="num">
                          <Change change={t.overall.measures[m]?.yearBefore} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {dims.length > 0 && (
            <>
              <h3>
                {t.profile
                  ? `Job-quality profile: ${t.profile.good === null ? 'not every factor can be shown' : `${t.profile.good} of ${t.profile.of} factors at or above ${t.profile.threshold}`}`
                  : 'Scores'}
                {sector}
              </h3>
              <ProfileChart
                title="Scores from 0 to 100 with 95% intervals"
                {...(t.profile ? { good: t.profile.threshold } : {})}
                rows={dims.map((d) => ({ label: label(d), stat: t.overall.measures[d]! }))}
              />
            </>
          )}
          {t.trend.length > 0 && (
            <>
              <h3>Quarter by quarter{sector}</h3>
              {trendKeys.map((m) => (
                <TrendChart
                  title={`${label(m)} by quarter`}
                  min={m.startsWith('nps.') ? -100 : 0}
                  max={100}
                  points={t.trend.map((p) => ({ period: p.period, stat: p.measures[m] }))}
                />
              ))}
            </>
          )}
          {!scope &&
            t.breakdowns.map((b) => (
              <>
                <h3>By {b.label.toLowerCase()}</h3>
                <div class="table-wrap">
                  <table>
                    <caption class="sr-only">
                      {t.title} by {b.label}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{b.label}</th>
                        <th scope="col" class="num">
                          n
                        </th>
                        {trendKeys.map((m) => (
                          <th scope="col" class="num">
                            {label(m)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {b.groups.map((g) => (
                        <tr>
                          <th scope="row">{g.label}</th>
                          <td class="num">
                            {g.suppressed ? <span class="too-small">too small to report</span> : g.n}
                          </td>
                          {trendKeys.map((m) => (
                            <td class="num">
                              {g.suppressed ? (
                                ''
                              ) : (
                                <Value stat={g.measures[m]} k={k} percent={isPercent(m)} />
                              )}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ))}
          <h3>Every question{sector}</h3>
          {t.questions.map((q) => (
            <div class="question">
              <p>
                {q.text}{' '}
                <span class="muted small">
                  {q.suppressed
                    ? `(too few answers to report)`
                    : `(n ${q.n}${q.mean !== null ? `, mean ${q.mean.toFixed(2)}` : ''})`}
                </span>
              </p>
              {!q.suppressed && q.distribution.length > 0 && (
                <>
                  <DistributionBar title={q.text} parts={q.distribution} />
                  <p class="small">
                    {q.distribution
                      .filter((d) => d.count > 0)
                      .map((d) => `${d.label}: ${d.count}`)
                      .join(' · ')}
                  </p>
                </>
              )}
            </div>
          ))}
          {!scope && <h3>Comments</h3>}
          {scope ? null : t.comments.shown ? (
            <>
              {t.comments.items.length > 0 ? (
                t.comments.items.map((c) => <blockquote>{c}</blockquote>)
              ) : (
                <p>No comments.</p>
              )}
              {t.comments.heldBack ? (
                <p class="too-small">{commentsHeldBackText(t.comments.heldBack, t.comments.minimum)}</p>
              ) : null}
            </>
          ) : (
            <p class="too-small">
              Comments are shown only from campaigns that at least {t.comments.minimum} people have answered.
            </p>
          )}
        </>
      )}
    </section>
  );
}
