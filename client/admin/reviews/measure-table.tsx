// A survey's measures in one table: the figure, its 95% interval, n, the changes, and a link that
// opens the answers behind it.
import type { PublicReview, PublicTemplate } from '../../../server/reviews/contract.ts';
import type { QuestionGroup } from '../../shared/question-groups.ts';
import { answersId } from './answers.tsx';
import { Change, Interval, isPercent, Value } from './figures.tsx';
import { goTo } from './toc.tsx';

export function MeasureTable(props: {
  t: PublicTemplate;
  review: PublicReview;
  keys: string[];
  groups: QuestionGroup[];
}) {
  const { t, review } = props;
  const k = review.suppression.minGroupSize;
  const counts = new Map(props.groups.map((g) => [g.measure, g.questions.length]));
  const tableId = `${answersId(t.templateId, 'table')}`;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={tableId}>
      <table>
        <caption id={tableId} class="sr-only">
          Measures for {t.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" class="num">
              Value
            </th>
            <th scope="col" class="num">
              95% interval
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
            <th scope="col">Answers</th>
          </tr>
        </thead>
        <tbody>
          {props.keys.map((m) => {
            const s = t.overall.measures[m];
            const n = counts.get(m);
            const label = t.measureLabels[m] ?? m;
            return (
              <tr>
                <th scope="row">{label}</th>
                <td class="num">
                  <Value stat={s} k={k} percent={isPercent(m)} />
                </td>
                <td class="num">
                  <Interval stat={s} percent={isPercent(m)} />
                </td>
                <td class="num">{s?.n ?? ''}</td>
                <td class="num">
                  <Change change={s?.previous} />
                </td>
                {review.yearBeforePeriod && (
                  <td class="num">
                    <Change change={s?.yearBefore} />
                  </td>
                )}
                <td>
                  {n ? (
                    <a
                      href={`#${answersId(t.templateId, m)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        goTo(answersId(t.templateId, m));
                      }}
                    >
                      {n} question{n === 1 ? '' : 's'}
                      <span class="sr-only"> behind {label}</span>
                    </a>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
