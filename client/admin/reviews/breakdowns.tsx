// A survey's breakdowns: one table per way of grouping people (one for shift, not two), the response
// rate only where there is one to give, and every hidden cell saying why.
import type { PublicTemplate } from '../../../server/reviews/contract.ts';
import { shownBreakdowns } from '../../shared/breakdowns.ts';
import { hiddenText, slug } from '../../shared/question-groups.ts';
import { Change, Interval, isPercent, Value } from './figures.tsx';
import { useReviewWords } from './use-review-words.ts';

export function Breakdowns(props: {
  t: PublicTemplate;
  k: number;
  measures: string[];
  label: (m: string) => string;
}) {
  const { t: tpl, k, label } = props;
  const { t, r, f } = useReviewWords();
  return (
    <>
      {shownBreakdowns(tpl.breakdowns).map((b) => {
        const cols = [...props.measures, ...(b.hasRate ? ['response_rate'] : [])];
        const id = `bd-${slug(tpl.templateId)}-${slug(b.key)}`;
        return (
          <>
            <h4 id={id}>{t('byTitle', { title: b.title })}</h4>
            {b.question && (
              <p class="small muted">
                {b.alsoRecorded ? t('fromOwnAnswer', { question: b.question }) : ''}
                {b.alsoRecorded ? t('alsoRecorded', { attribute: b.alsoRecorded }) : ''}
              </p>
            )}
            <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
              <table>
                <caption class="sr-only">{t('titleBy', { title: tpl.title, breakdown: b.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('group')}</th>
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
                        {g.suppressed ? (
                          <span class="too-small">{hiddenText(r, g.reason, k)}</span>
                        ) : g.n === null ? (
                          ''
                        ) : (
                          f.number(g.n)
                        )}
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
