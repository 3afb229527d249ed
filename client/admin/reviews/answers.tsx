// The answers behind each measure: one closed disclosure per measure, holding its questions'
// distributions, so the page opens at a glance and a reader asks for the detail they want.
import type { PublicStat, PublicTemplate } from '../../../server/reviews/contract.ts';
import { favorableName } from '../../../surveys/types/index.ts';
import { DistributionBar } from '../../shared/charts.tsx';
import { hiddenText, slug, type QuestionGroup } from '../../shared/question-groups.ts';
import { Interval, isPercent, Value } from './figures.tsx';
import { useReviewWords } from './use-review-words.ts';

/** The id of a measure's disclosure (the table of contents and the measures table link to it). */
export const answersId = (templateId: string, measure: string | null) =>
  `answers-${slug(templateId)}-${measure ? slug(measure) : 'other'}`;

function Summary(props: {
  label: string;
  stat: PublicStat | undefined;
  measure: string;
  k: number;
  count: number;
}) {
  const { t } = useReviewWords();
  const percent = isPercent(props.measure);
  return (
    <summary>
      <span class="summary-label">{props.label}</span>{' '}
      <Value stat={props.stat} k={props.k} percent={percent} />
      {props.stat && props.stat.low !== null && (
        <span class="muted">
          {' '}
          ({t('intervalOf')} <Interval stat={props.stat} percent={percent} />)
        </span>
      )}{' '}
      <span class="muted small">· {t('questions', { n: props.count })}</span>
    </summary>
  );
}

export function MeasureAnswers(props: { t: PublicTemplate; groups: QuestionGroup[]; k: number }) {
  const { t: tpl, groups, k } = props;
  const { t, r, f, value } = useReviewWords();
  return (
    <>
      {groups.map((g) => {
        const id = answersId(tpl.templateId, g.measure);
        return (
          <details class="measure-answers" id={id}>
            {g.measure ? (
              <Summary
                label={tpl.measureLabels[g.measure] ?? g.measure}
                stat={tpl.overall.measures[g.measure]}
                measure={g.measure}
                k={k}
                count={g.questions.length}
              />
            ) : (
              <summary>
                <span class="summary-label">{t('otherQuestions')}</span>{' '}
                <span class="muted small">· {t('notInMeasure', { n: g.questions.length })}</span>
              </summary>
            )}
            {g.questions.map((q) => (
              <div class="question">
                {q.suppressed || q.distribution.length === 0 ? (
                  <p>
                    {q.text}{' '}
                    <span class="too-small">
                      ({q.suppressed ? hiddenText(r, q.reason, k) : t('noAnswers')})
                    </span>
                  </p>
                ) : (
                  <>
                    <DistributionBar
                      t={r}
                      lang={tpl.lang ?? 'en'}
                      id={`${id}-${slug(q.id)}`}
                      title={q.text}
                      type={q.type}
                      {...(q.reverse ? { reverse: true } : {})}
                      n={q.n}
                      parts={q.distribution}
                    />
                    <p class="small muted">
                      {t('answeredCount', { n: q.n === null ? '' : f.number(q.n) })}
                      {q.mean !== null ? t('mean', { mean: f.number(q.mean, 2) }) : ''}
                      {q.favorable && q.favorable.value !== null && (
                        <>
                          {t('favorableShare', {
                            name: r(favorableName(q.type) === 'yes' ? 'shareYes' : 'shareFavorable'),
                            share: value(Math.round(q.favorable.value), true),
                          })}
                          <Interval stat={q.favorable} percent />)
                        </>
                      )}
                    </p>
                  </>
                )}
              </div>
            ))}
          </details>
        );
      })}
    </>
  );
}
