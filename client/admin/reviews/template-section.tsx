// One survey's part of a review: its measures with intervals and changes (each opening the answers
// behind it), the job-quality profile, trends, breakdowns and comments. An employer's account sees its
// own organization beside the whole sector instead of the breakdowns, and no comments (the server
// sends none).
import type { PublicReview, PublicTemplate } from '../../../server/reviews/contract.ts';
import { ProfileChart, TrendChart, TrendLegend } from '../../shared/charts.tsx';
import { commentsHeldBackText } from '../../shared/comments-text.ts';
import { groupQuestions, hiddenText, slug, type DefinitionShape } from '../../shared/question-groups.ts';
import { answersId, MeasureAnswers } from './answers.tsx';
import { Breakdowns } from './breakdowns.tsx';
import { MeasureTable } from './measure-table.tsx';
import { Counts } from './counts.tsx';
import { SurveyVersions } from './versions.tsx';
import { SectorAndOwn } from './figures.tsx';
import type { TocEntry } from './toc.tsx';
import type { WordsOf } from '../../shared/i18n/areas.ts';
import { useReviewWords } from './use-review-words.ts';
import type { ComponentChildren } from 'preact';

const headline = ['index.jqi', 'nps.recommend', 'index.acsi', 'share.intent', 'dim.value', 'share.roi'];

/** A template's measures in reading order: headline figures first, then the factors. */
export function measureKeys(t: PublicTemplate): string[] {
  return Object.keys(t.overall.measures)
    .filter((m) => m !== 'responses')
    .sort((a, b) => (headline.indexOf(a) + 1 || 99) - (headline.indexOf(b) + 1 || 99));
}

export const sectionId = (t: PublicTemplate) => `t-${slug(t.templateId)}`;

/** What the table of contents lists for a template: its parts, and every measure that has answers. */
export function templateToc(
  words: WordsOf<'reviews'>,
  t: PublicTemplate,
  review: PublicReview,
  definition: DefinitionShape | null,
): TocEntry {
  const id = sectionId(t);
  if (t.tooSmall) return { id, label: t.title };
  const groups = groupQuestions(t.questions, measureKeys(t), definition);
  return {
    id,
    label: t.title,
    children: [
      { id: `${id}-measures`, label: words('measures') },
      ...groups.map((g) => ({
        id: answersId(t.templateId, g.measure),
        label: g.measure ? (t.measureLabels[g.measure] ?? g.measure) : words('otherQuestions'),
      })),
      ...(t.trend.length > 0 ? [{ id: `${id}-trend`, label: words('quarterByQuarter') }] : []),
      ...(!review.scope && t.breakdowns.length > 0
        ? [{ id: `${id}-breakdowns`, label: words('breakdowns') }]
        : []),
      ...(!review.scope ? [{ id: `${id}-comments`, label: words('comments') }] : []),
    ],
  };
}

export function TemplateSection(props: {
  t: PublicTemplate;
  review: PublicReview;
  definition: DefinitionShape | null;
}) {
  const { t: tpl, review } = props;
  const { t, r } = useReviewWords();
  const strong = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  const k = review.suppression.minGroupSize;
  const label = (m: string) => tpl.measureLabels[m] ?? m;
  const keys = measureKeys(tpl);
  const dims = keys.filter((m) => m.startsWith('dim.'));
  const trendKeys = keys.filter((m) => /^(index|nps|share)\./.test(m) || m === 'response_rate');
  const id = sectionId(tpl);
  const scope = review.scope;
  const sector = scope ? t('wholeSectorSuffix') : '';
  const groups = groupQuestions(tpl.questions, keys, props.definition);
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {tpl.title}
      </h2>
      <Counts t={tpl} k={k} />
      <SurveyVersions t={tpl} />
      {tpl.provisional && <p class="provisional-note">{t.rich('sectionProvisional', { strong })}</p>}
      {tpl.tooSmall ? (
        <p class="too-small">{t('tooSmall', { hidden: hiddenText(r, 'small', k), k })}</p>
      ) : (
        <>
          <h3 id={`${id}-measures`} tabIndex={-1}>
            {t('measures')}
            {sector}
          </h3>
          {scope ? (
            <SectorAndOwn
              t={tpl}
              k={k}
              organizationName={scope.organizationName}
              keys={keys}
              previous={review.previousPeriod}
            />
          ) : (
            <MeasureTable t={tpl} review={review} keys={keys} groups={groups} />
          )}
          {dims.length > 0 && (
            <>
              <h3 id={`${id}-profile-h`}>
                {!tpl.profile
                  ? t('scores', { sector })
                  : tpl.profile.good === null
                    ? t('profileHidden', { sector })
                    : t('profile', {
                        sector,
                        good: tpl.profile.good,
                        of: tpl.profile.of,
                        threshold: tpl.profile.threshold,
                      })}
              </h3>
              <ProfileChart
                t={r}
                id={`${id}-profile`}
                title={t(tpl.profile ? 'profileChart' : 'scoresChart', { sector })}
                {...(tpl.profile ? { good: tpl.profile.threshold } : {})}
                rows={dims.map((d) => ({ label: label(d), stat: tpl.overall.measures[d]! }))}
              />
            </>
          )}
          <h3 id={`${id}-answers`}>{t('answersBehind', { sector })}</h3>
          <p class="small muted">{t('openMeasure')}</p>
          <MeasureAnswers t={tpl} groups={groups} k={k} />
          {tpl.trend.length > 0 && (
            <>
              <h3 id={`${id}-trend`} tabIndex={-1}>
                {t('quarterByQuarterOf', { sector })}
              </h3>
              {trendKeys.map((m) => (
                <TrendChart
                  id={`${id}-trend-${slug(m)}`}
                  title={t('byQuarter', { measure: label(m) })}
                  min={m.startsWith('nps.') ? -100 : 0}
                  max={100}
                  points={tpl.trend.map((p) => ({
                    period: p.period,
                    stat: p.measures[m],
                    provisional: p.provisional === true,
                  }))}
                />
              ))}
              <TrendLegend t={r} provisional={tpl.trend.some((p) => p.provisional)} />
              {tpl.trend.some((p) => p.provisional) && (
                <p class="small">
                  {t('provisionalQuarters', {
                    quarters: tpl.trend
                      .filter((p) => p.provisional)
                      .map((p) => p.period)
                      .join(', '),
                    words: r('provisionalWords'),
                  })}
                </p>
              )}
            </>
          )}
          {!scope && tpl.breakdowns.length > 0 && (
            <>
              <h3 id={`${id}-breakdowns`} tabIndex={-1}>
                {t('breakdowns')}
              </h3>
              <Breakdowns
                t={tpl}
                k={k}
                label={label}
                measures={trendKeys.filter((m) => m !== 'response_rate')}
              />
            </>
          )}
          {!scope && (
            <>
              <h3 id={`${id}-comments`} tabIndex={-1}>
                {t('comments')}
              </h3>
              {tpl.comments.shown ? (
                <>
                  {tpl.comments.items.length > 0 ? (
                    tpl.comments.items.map((c) => <blockquote>{c}</blockquote>)
                  ) : (
                    <p>{t('noComments')}</p>
                  )}
                  {tpl.comments.heldBack ? (
                    <p class="too-small">
                      {commentsHeldBackText(r, tpl.comments.heldBack, tpl.comments.minimum)}
                    </p>
                  ) : null}
                </>
              ) : (
                <p class="too-small">{t('commentsMinimum', { minimum: tpl.comments.minimum })}</p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
