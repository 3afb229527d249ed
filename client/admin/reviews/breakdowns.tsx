// A survey's breakdowns: one table per way of grouping people (one for shift, not two), the response
// rate only where there is one to give, and every hidden cell saying why.
import type { PublicTemplate } from '../../../server/reviews/contract.ts';
import { shownBreakdowns } from '../../shared/breakdowns.ts';
import { hiddenText, slug } from '../../shared/question-groups.ts';
import { Change, Interval, isPercent, Value } from './figures.tsx';

export function Breakdowns(props: {
  t: PublicTemplate;
  k: number;
  measures: string[];
  label: (m: string) => string;
}) {
  const { t, k, label } = props;
  return (
    <>
      {shownBreakdowns(t.breakdowns).map((b) => {
        const cols = [...props.measures, ...(b.hasRate ? ['response_rate'] : [])];
        const id = `bd-${slug(t.templateId)}-${slug(b.key)}`;
        return (
          <>
            <h4 id={id}>By {b.title}</h4>
            {b.question && (
              <p class="small muted">
                {b.alsoRecorded ? `From workers' own answer to “${b.question}”. ` : ''}
                {b.alsoRecorded
                  ? `${b.alsoRecorded} as recorded on contacts is in the downloads, not repeated here.`
                  : ''}
              </p>
            )}
            <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
              <table>
                <caption class="sr-only">
                  {t.title} by {b.title}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Group</th>
                    <th scope="col" class="num">
                      n
                    </th>
                    {cols.map((m) => (
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
                        {g.suppressed ? <span class="too-small">{hiddenText(g.reason, k)}</span> : g.n}
                      </td>
                      {cols.map((m) => (
                        <td class="num">
                          {g.suppressed ? (
                            ''
                          ) : (
                            <>
                              <Value stat={g.measures[m]} k={k} percent={isPercent(m)} />
                              {g.measures[m]?.low != null && (
                                <span class="cell-interval">
                                  <Interval stat={g.measures[m]} percent={isPercent(m)} />
                                </span>
                              )}
                              {g.measures[m]?.previous && (
                                <span class="cell-change">
                                  <Change change={g.measures[m]?.previous} />
                                </span>
                              )}
                            </>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        );
      })}
    </>
  );
}
