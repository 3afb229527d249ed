/**
 * One survey's part of the printable review, in the dashboard's order: who answered (poster answers
 * apart), the measures, the profile, the trend, the breakdowns, each measure's questions under it, and
 * comments. Print cannot open a disclosure, so every question is shown, grouped by its measure.
 */
import type { ComponentChildren } from 'preact';
import { formatNumber } from '../../client/shared/i18n/format.ts';
import { DistributionBar, ProfileChart, TrendChart, TrendLegend } from '../../client/shared/charts.tsx';
import { commentsHeldBackText } from '../../client/shared/comments-text.ts';
import { changeLines, hasOwnVersions } from '../../client/shared/version-lines.ts';
import { groupQuestions, hiddenText, slug } from '../../client/shared/question-groups.ts';
import { latestTemplates } from '../../surveys/index.ts';
import { favorableName } from '../../surveys/types/index.ts';
import type { PublicReview, PublicTemplate } from './contract.ts';
import {
  Breakdowns,
  channelName,
  Interval,
  MeasureTable,
  measureKeys,
  type PageWords,
} from './page-tables.tsx';

export const templateAnchor = (t: PublicTemplate) => `t-${slug(t.templateId)}`;

function Counts({ t, k, w }: { t: PublicTemplate; k: number; w: PageWords }) {
  const inv = t.invitations;
  const hidden = (r: string | null | undefined) => hiddenText(w.r, r ?? 'small', k);
  const n = w.count;
  return (
    <p class="meta">
      {w.t('invitedPersonally', { invited: n(inv.invited) })} ·{' '}
      {inv.invitedResponses === null
        ? w.t('responsesHidden', { hidden: hidden(null) })
        : w.t('answered', { n: n(inv.invitedResponses) })}
      {inv.channels
        .filter((c) => c.channel !== 'open_link')
        .map(
          (c) =>
            ` · ${
              c.responses === null
                ? w.t('channelHidden', {
                    channel: channelName(w, c.channel),
                    invited: n(c.invited),
                    hidden: hidden(c.reason),
                  })
                : w.t('channelCount', {
                    channel: channelName(w, c.channel),
                    responses: n(c.responses),
                    invited: n(c.invited),
                  })
            }`,
        )}
      {(inv.posterVisits > 0 || (inv.posterResponses ?? 0) > 0) && (
        <>
          <br />
          {w.t('posterLine')}
          {inv.posterSuppressed || inv.posterResponses === null
            ? w.t('answersHidden', { hidden: hidden(inv.posterReason) })
            : w.t('answered', { n: n(inv.posterResponses) })}{' '}
          {w.t('fromVisits', { visits: inv.posterVisits })}
        </>
      )}
      <br />
      {w.t('inAll', {
        n: inv.responses === null ? hidden(null) : n(inv.responses),
        campaigns: t.campaigns.map((c) => c.name).join(', '),
      })}
    </p>
  );
}

export function Template(props: { t: PublicTemplate; review: PublicReview; w: PageWords }) {
  const { t, review, w } = props;
  const strong = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
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
      <Counts t={t} k={k} w={w} />
      {hasOwnVersions(t.surveys) && (
        <ul class="survey-versions">
          {t.surveys!.map((v) => (
            <li>
              {w.t('version', { name: v.name, version: v.version })}
              {changeLines(w.r, v).length > 0 && `: ${changeLines(w.r, v).join('; ')}`}
            </li>
          ))}
        </ul>
      )}
      {t.provisional && <p class="provisional-note">{w.t.rich('sectionProvisional', { strong })}</p>}
      {t.tooSmall ? (
        <p class="hidden-cell">{w.t('tooSmall', { k })}</p>
      ) : (
        <>
          <MeasureTable t={t} k={k} review={review} w={w} />
          {dims.length > 0 && (
            <ProfileChart
              t={w.r}
              id={`${id}-profile`}
              title={
                !t.profile
                  ? w.t('scores')
                  : t.profile.good === null
                    ? w.t('profileHidden')
                    : w.t('profileShown', {
                        good: t.profile.good,
                        of: t.profile.of,
                        threshold: t.profile.threshold,
                      })
              }
              {...(t.profile ? { good: t.profile.threshold } : {})}
              rows={dims.map((d) => ({ label: label(d), stat: t.overall.measures[d]! }))}
            />
          )}
          {t.trend.length > 0 && (
            <>
              <h3>{w.t('quarterByQuarter')}</h3>
              {trendKeys.map((m) => (
                <TrendChart
                  id={`${id}-trend-${slug(m)}`}
                  title={w.t('byQuarter', { measure: label(m) })}
                  min={m.startsWith('nps.') ? -100 : 0}
                  max={100}
                  points={t.trend.map((p) => ({
                    period: p.period,
                    stat: p.measures[m],
                    provisional: p.provisional === true,
                  }))}
                />
              ))}
              <TrendLegend t={w.r} provisional={t.trend.some((p) => p.provisional)} />
              {t.trend.some((p) => p.provisional) && (
                <p class="note">{w.t('provisionalQuarters', { quarters: provisionalList(t) })}</p>
              )}
            </>
          )}
          <Breakdowns t={t} k={k} w={w} />
          <h3>{w.t('answersBehind')}</h3>
          {groupQuestions(t.questions, keys, definition).map((g) => (
            <div class="measure-group">
              <h4>
                {g.measure ? label(g.measure) : w.t('otherQuestions')}
                {g.measure && t.overall.measures[g.measure]?.value != null && (
                  <span class="muted">
                    {' '}
                    · {w.figure(t.overall.measures[g.measure]!.value!)} (
                    <Interval w={w} stat={t.overall.measures[g.measure]} />)
                  </span>
                )}
              </h4>
              {g.questions.map((q) => (
                <div class="q">
                  {q.suppressed || q.distribution.length === 0 ? (
                    <div>
                      {q.text}{' '}
                      <small>({q.suppressed ? hiddenText(w.r, q.reason, k) : w.t('noAnswers')})</small>
                    </div>
                  ) : (
                    <>
                      <DistributionBar
                        t={w.r}
                        lang={t.lang ?? 'en'}
                        id={`${id}-q-${slug(q.id)}`}
                        title={q.text}
                        type={q.type}
                        {...(q.reverse ? { reverse: true } : {})}
                        n={q.n}
                        parts={q.distribution}
                      />
                      <small>
                        {w.t('answered', { n: q.n === null ? '' : w.count(q.n) })}
                        {q.mean !== null ? w.t('mean', { mean: formatNumber(w.locale, q.mean, 2) }) : ''}
                        {q.favorable?.value != null &&
                          w.t('favorableShare', {
                            name: w.r(favorableName(q.type) === 'yes' ? 'shareYes' : 'shareFavorable'),
                            share: w.value(q.favorable.value, true),
                            low: w.figure(q.favorable.low!),
                            high: w.figure(q.favorable.high!),
                          })}
                      </small>
                    </>
                  )}
                </div>
              ))}
            </div>
          ))}
          <h3>{w.t('comments')}</h3>
          {t.comments.shown ? (
            <>
              {t.comments.items.length > 0 ? (
                t.comments.items.map((c) => <blockquote>{c}</blockquote>)
              ) : (
                <p class="muted">{w.t('noComments')}</p>
              )}
              {t.comments.heldBack ? (
                <p class="hidden-cell">
                  {commentsHeldBackText(w.r, t.comments.heldBack, t.comments.minimum)}
                </p>
              ) : null}
            </>
          ) : review.scope ? (
            <p class="hidden-cell">{w.t('commentsEmployer')}</p>
          ) : (
            <p class="hidden-cell">{w.t('commentsMinimum', { minimum: t.comments.minimum })}</p>
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
