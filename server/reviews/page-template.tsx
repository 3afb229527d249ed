/**
 * One survey's part of the printable review, in the dashboard's order: who answered (poster answers
 * apart), the measures, the profile, the trend, the breakdowns, each measure's questions under it, and
 * comments. Print cannot open a disclosure, so every question is shown, grouped by its measure.
 */
import { DistributionBar, ProfileChart, TrendChart, TrendLegend } from '../../client/shared/charts.tsx';
import { commentsHeldBackText } from '../../client/shared/comments-text.ts';
import { changeLines, hasOwnVersions } from '../../client/shared/version-lines.ts';
import { groupQuestions, hiddenText, slug } from '../../client/shared/question-groups.ts';
import { latestTemplates } from '../../surveys/index.ts';
import { favorableName } from '../../surveys/types/index.ts';
import type { PublicReview, PublicTemplate } from './contract.ts';
import { Breakdowns, channelNames, Interval, MeasureTable, measureKeys, one } from './page-tables.tsx';

export const templateAnchor = (t: PublicTemplate) => `t-${slug(t.templateId)}`;

function Counts({ t, k }: { t: PublicTemplate; k: number }) {
  const inv = t.invitations;
  const hidden = (r: string | null | undefined) => hiddenText(r ?? 'small', k);
  return (
    <p class="meta">
      {inv.invited} invited personally ·{' '}
      {inv.invitedResponses === null ? `their responses ${hidden(null)}` : `${inv.invitedResponses} answered`}
      {inv.channels
        .filter((c) => c.channel !== 'open_link')
        .map(
          (c) =>
            ` · ${channelNames[c.channel]}: ${c.responses === null ? `${c.invited} invited, answers ${hidden(c.reason)}` : `${c.responses} of ${c.invited}`}`,
        )}
      {(inv.posterVisits > 0 || (inv.posterResponses ?? 0) > 0) && (
        <>
          <br />
          Poster (open link), counted apart and never in the response rate:{' '}
          {inv.posterSuppressed || inv.posterResponses === null
            ? `answers ${hidden(inv.posterReason)}`
            : `${inv.posterResponses} answered`}{' '}
          from {inv.posterVisits} visit{inv.posterVisits === 1 ? '' : 's'}
        </>
      )}
      <br />
      Responses in all: {inv.responses === null ? hidden(null) : inv.responses} · campaigns:{' '}
      {t.campaigns.map((c) => c.name).join(', ')}
    </p>
  );
}

export function Template(props: { t: PublicTemplate; review: PublicReview }) {
  const { t, review } = props;
  const k = review.suppression.minGroupSize;
  const id = templateAnchor(t);
  const keys = measureKeys(t);
  const dims = keys.filter((m) => m.startsWith('dim.'));
  const trendKeys = keys.filter((m) => /^(index|nps|share)\./.test(m) || m === 'response_rate');
  const definition = latestTemplates().find((d) => d.id === t.templateId) ?? null;
  const label = (m: string) => t.measureLabels[m] ?? m;
  return (
    <section class="template" id={id}>
      <h2>{t.title}</h2>
      <Counts t={t} k={k} />
      {hasOwnVersions(t.surveys) && (
        <ul class="survey-versions">
          {t.surveys!.map((v) => (
            <li>
              {v.name}, version {v.version}
              {changeLines(v).length > 0 && `: ${changeLines(v).join('; ')}`}
            </li>
          ))}
        </ul>
      )}
      {t.provisional && (
        <p class="provisional-note">
          <strong>Provisional — campaigns still open</strong> or the period not over: these figures may move,
          and no change here is called meaningful yet.
        </p>
      )}
      {t.tooSmall ? (
        <p class="hidden-cell">Fewer than {k} people answered, so no figures are shown for this survey.</p>
      ) : (
        <>
          <MeasureTable t={t} k={k} review={review} />
          {dims.length > 0 && (
            <ProfileChart
              id={`${id}-profile`}
              title={
                t.profile
                  ? `Job-quality profile: ${t.profile.good === null ? 'not all factors can be shown' : `${t.profile.good} of ${t.profile.of} factors at or above ${t.profile.threshold}`} (scores 0 to 100)`
                  : 'Scores, 0 to 100'
              }
              {...(t.profile ? { good: t.profile.threshold } : {})}
              rows={dims.map((d) => ({ label: label(d), stat: t.overall.measures[d]! }))}
            />
          )}
          {t.trend.length > 0 && (
            <>
              <h3>Quarter by quarter</h3>
              {trendKeys.map((m) => (
                <TrendChart
                  id={`${id}-trend-${slug(m)}`}
                  title={`${label(m)} by quarter`}
                  min={m.startsWith('nps.') ? -100 : 0}
                  max={100}
                  points={t.trend.map((p) => ({
                    period: p.period,
                    stat: p.measures[m],
                    provisional: p.provisional === true,
                  }))}
                />
              ))}
              <TrendLegend provisional={t.trend.some((p) => p.provisional)} />
              {t.trend.some((p) => p.provisional) && (
                <p class="note">{provisionalList(t)}: provisional — campaigns still open.</p>
              )}
            </>
          )}
          <Breakdowns t={t} k={k} />
          <h3>The answers behind each measure</h3>
          {groupQuestions(t.questions, keys, definition).map((g) => (
            <div class="measure-group">
              <h4>
                {g.measure ? label(g.measure) : 'Other questions'}
                {g.measure && t.overall.measures[g.measure]?.value != null && (
                  <span class="muted">
                    {' '}
                    · {one(t.overall.measures[g.measure]!.value!)} (
                    <Interval stat={t.overall.measures[g.measure]} />)
                  </span>
                )}
              </h4>
              {g.questions.map((q) => (
                <div class="q">
                  {q.suppressed || q.distribution.length === 0 ? (
                    <div>
                      {q.text} <small>({q.suppressed ? hiddenText(q.reason, k) : 'no answers'})</small>
                    </div>
                  ) : (
                    <>
                      <DistributionBar
                        id={`${id}-q-${slug(q.id)}`}
                        title={q.text}
                        type={q.type}
                        {...(q.reverse ? { reverse: true } : {})}
                        n={q.n}
                        parts={q.distribution}
                      />
                      <small>
                        {q.n} answered{q.mean !== null ? ` · mean ${q.mean.toFixed(2)}` : ''}
                        {q.favorable?.value != null &&
                          ` · ${favorableName(q.type)} ${one(q.favorable.value)}% (${one(q.favorable.low!)}–${one(q.favorable.high!)})`}
                      </small>
                    </>
                  )}
                </div>
              ))}
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

const provisionalList = (t: PublicTemplate) =>
  t.trend
    .filter((p) => p.provisional)
    .map((p) => p.period)
    .join(', ');
