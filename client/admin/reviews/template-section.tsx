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
import { provisionalWords, SectorAndOwn } from './figures.tsx';
import type { TocEntry } from './toc.tsx';

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
      { id: `${id}-measures`, label: 'Measures' },
      ...groups.map((g) => ({
        id: answersId(t.templateId, g.measure),
        label: g.measure ? (t.measureLabels[g.measure] ?? g.measure) : 'Other questions',
      })),
      ...(t.trend.length > 0 ? [{ id: `${id}-trend`, label: 'Quarter by quarter' }] : []),
      ...(!review.scope && t.breakdowns.length > 0 ? [{ id: `${id}-breakdowns`, label: 'Breakdowns' }] : []),
      ...(!review.scope ? [{ id: `${id}-comments`, label: 'Comments' }] : []),
    ],
  };
}

export function TemplateSection(props: {
  t: PublicTemplate;
  review: PublicReview;
  definition: DefinitionShape | null;
}) {
  const { t, review } = props;
  const k = review.suppression.minGroupSize;
  const label = (m: string) => t.measureLabels[m] ?? m;
  const keys = measureKeys(t);
  const dims = keys.filter((m) => m.startsWith('dim.'));
  const trendKeys = keys.filter((m) => /^(index|nps|share)\./.test(m) || m === 'response_rate');
  const id = sectionId(t);
  const scope = review.scope;
  const sector = scope ? ', whole sector' : '';
  const groups = groupQuestions(t.questions, keys, props.definition);
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {t.title}
      </h2>
      <Counts t={t} k={k} />
      <SurveyVersions t={t} />
      {t.provisional && (
        <p class="provisional-note">
          <strong>Provisional</strong> — campaigns still open or the period not over: these figures may move,
          and no change here is called meaningful yet.
        </p>
      )}
      {t.tooSmall ? (
        <p class="too-small">
          {hiddenText('small', k)}: fewer than {k} people answered this survey.
        </p>
      ) : (
        <>
          <h3 id={`${id}-measures`} tabIndex={-1}>
            Measures{sector}
          </h3>
          {scope ? (
            <SectorAndOwn
              t={t}
              k={k}
              organizationName={scope.organizationName}
              keys={keys}
              previous={review.previousPeriod}
            />
          ) : (
            <MeasureTable t={t} review={review} keys={keys} groups={groups} />
          )}
          {dims.length > 0 && (
            <>
              <h3 id={`${id}-profile-h`}>
                {t.profile
                  ? `Job-quality profile${sector}: ${t.profile.good === null ? 'not every factor can be shown' : `${t.profile.good} of ${t.profile.of} factors at or above ${t.profile.threshold}`}`
                  : `Scores${sector}`}
              </h3>
              <ProfileChart
                id={`${id}-profile`}
                title={`${t.profile ? 'Factor scores' : 'Scores'} from 0 to 100, with 95% intervals${sector}`}
                {...(t.profile ? { good: t.profile.threshold } : {})}
                rows={dims.map((d) => ({ label: label(d), stat: t.overall.measures[d]! }))}
              />
            </>
          )}
          <h3 id={`${id}-answers`}>Answers behind each measure{sector}</h3>
          <p class="small muted">Open a measure to see how people answered each of its questions.</p>
          <MeasureAnswers t={t} groups={groups} k={k} />
          {t.trend.length > 0 && (
            <>
              <h3 id={`${id}-trend`} tabIndex={-1}>
                Quarter by quarter{sector}
              </h3>
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
                <p class="small">
                  {t.trend
                    .filter((p) => p.provisional)
                    .map((p) => p.period)
                    .join(', ')}
                  : {provisionalWords}.
                </p>
              )}
            </>
          )}
          {!scope && t.breakdowns.length > 0 && (
            <>
              <h3 id={`${id}-breakdowns`} tabIndex={-1}>
                Breakdowns
              </h3>
              <Breakdowns
                t={t}
                k={k}
                label={label}
                measures={trendKeys.filter((m) => m !== 'response_rate')}
              />
            </>
          )}
          {!scope && (
            <>
              <h3 id={`${id}-comments`} tabIndex={-1}>
                Comments
              </h3>
              {t.comments.shown ? (
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
                  Comments are shown only from campaigns that at least {t.comments.minimum} people have
                  answered.
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
