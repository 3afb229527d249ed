// The answers behind each measure: one closed disclosure per measure, holding its questions'
// distributions, so the page opens at a glance and a reader asks for the detail they want.
import type { PublicStat, PublicTemplate } from '../../../server/reviews/contract.ts';
import { favorableName } from '../../../surveys/types/index.ts';
import { DistributionBar } from '../../shared/charts.tsx';
import { hiddenText, slug, type QuestionGroup } from '../../shared/question-groups.ts';
import { Interval, isPercent, Value } from './figures.tsx';

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
  const percent = isPercent(props.measure);
  return (
    <summary>
      <span class="summary-label">{props.label}</span>{' '}
      <Value stat={props.stat} k={props.k} percent={percent} />
      {props.stat && props.stat.low !== null && (
        <span class="muted">
          {' '}
          (95% interval <Interval stat={props.stat} percent={percent} />)
        </span>
      )}{' '}
      <span class="muted small">
        · {props.count} question{props.count === 1 ? '' : 's'}
      </span>
    </summary>
  );
}

export function MeasureAnswers(props: { t: PublicTemplate; groups: QuestionGroup[]; k: number }) {
  const { t, groups, k } = props;
  return (
    <>
      {groups.map((g) => {
        const id = answersId(t.templateId, g.measure);
        return (
          <details class="measure-answers" id={id}>
            {g.measure ? (
              <Summary
                label={t.measureLabels[g.measure] ?? g.measure}
                stat={t.overall.measures[g.measure]}
                measure={g.measure}
                k={k}
                count={g.questions.length}
              />
            ) : (
              <summary>
                <span class="summary-label">Other questions</span>{' '}
                <span class="muted small">
                  · {g.questions.length} question{g.questions.length === 1 ? '' : 's'} not in a measure
                </span>
              </summary>
            )}
            {g.questions.map((q) => (
              <div class="question">
                {q.suppressed || q.distribution.length === 0 ? (
                  <p>
                    {q.text}{' '}
                    <span class="too-small">({q.suppressed ? hiddenText(q.reason, k) : 'no answers'})</span>
                  </p>
                ) : (
                  <>
                    <DistributionBar
                      id={`${id}-${slug(q.id)}`}
                      title={q.text}
                      type={q.type}
                      {...(q.reverse ? { reverse: true } : {})}
                      n={q.n}
                      parts={q.distribution}
                    />
                    <p class="small muted">
                      {q.n} answered
                      {q.mean !== null ? ` · mean ${q.mean.toFixed(2)}` : ''}
                      {q.favorable && q.favorable.value !== null && (
                        <>
                          {' '}
                          · {favorableName(q.type)} {q.favorable.value.toFixed(0)}% (95% interval{' '}
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
