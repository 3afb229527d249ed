// "You said, we did": action items of this review and those carried forward, editable by analysts.
import { useState } from 'preact/hooks';
import {
  actionStatuses,
  createActionBody,
  overdueOn,
  updateActionBody,
  type ActionItem,
  type ActionStatus,
  type PublicReview,
} from '../../../server/reviews/contract.ts';
import { read, server } from '../api.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { useReviewWords } from './use-review-words.ts';
import type { ComponentChildren } from 'preact';

const statusKeys = {
  open: 'statusOpen',
  in_progress: 'statusInProgress',
  done: 'statusDone',
  dropped: 'statusDropped',
} as const satisfies Record<ActionStatus, string>;

const partnershipApi = server.api.partnerships[':id'];

/** Today in the reader's calendar, as the due dates are written. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function Actions({
  partnershipId,
  review,
  onChange,
}: {
  partnershipId: string;
  review: PublicReview;
  onChange: () => void;
}) {
  const { user } = useSession();
  const { t, f } = useReviewWords();
  const strong = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  const writable = canWrite(user);
  const form = useForm();
  const blank = { heard: '', action: '', owner: '', dueOn: '' };
  const [v, setV] = useState(blank);
  const now = today();
  const overdue = review.actions.filter((a) => overdueOn(a, now)).length;

  const setStatus = async (a: ActionItem, status: string) => {
    const body = form.check(updateActionBody, { status });
    if (!body) return;
    const param = { id: partnershipId, actionId: a.id };
    if (await form.submit(() => read(partnershipApi.actions[':actionId'].$patch({ param, json: body }))))
      onChange();
  };

  return (
    <section class="card" aria-labelledby="actions-h">
      <h2 id="actions-h">{t('actionItems')}</h2>
      <FormMessage message={form.message} />
      {overdue > 0 && <p class="overdue-note">{t.rich('overdueCount', { strong, n: overdue })}</p>}
      {review.actions.length === 0 ? (
        <p>{t('noActions')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="actions-h">
          <table>
            <caption class="sr-only">{t('actionItems')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('weHeard')}</th>
                <th scope="col">{t('weDo')}</th>
                <th scope="col">{t('owner')}</th>
                <th scope="col">{t('due')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {review.actions.map((a) => (
                <tr class={overdueOn(a, now) ? 'overdue' : undefined}>
                  <td>
                    {a.heard}
                    {a.carriedForward && (
                      <span class="muted small">{t('fromPeriod', { period: a.period })}</span>
                    )}
                  </td>
                  <td>{a.action}</td>
                  <td>{a.owner}</td>
                  <td>
                    {a.dueOn ? f.day(a.dueOn) : ''}
                    {overdueOn(a, now) && (
                      <>
                        {' '}
                        <strong class="overdue-flag">{t('overdue')}</strong>
                      </>
                    )}
                  </td>
                  <td>
                    {writable ? (
                      <>
                        <label class="sr-only" for={`st-${a.id}`}>
                          {t('statusOf', { action: a.action })}
                        </label>
                        <select
                          id={`st-${a.id}`}
                          value={a.status}
                          disabled={form.busy}
                          onChange={(e) => void setStatus(a, e.currentTarget.value)}
                        >
                          {actionStatuses.map((s) => (
                            <option value={s}>{t(statusKeys[s])}</option>
                          ))}
                        </select>
                      </>
                    ) : (
                      t(statusKeys[a.status])
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {writable && review.status === 'live' && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const body = form.check(createActionBody, { ...v, dueOn: v.dueOn || null });
            if (!body) return;
            if (
              await form.submit(() =>
                read(
                  partnershipApi.reviews[':period'].actions.$post({
                    param: { id: partnershipId, period: review.period.name },
                    json: body,
                  }),
                ),
              )
            ) {
              setV(blank);
              onChange();
            }
          }}
        >
          <h3>{t('addActionTitle')}</h3>
          <TextField
            id="a-heard"
            label={t('whatWeHeard')}
            value={v.heard}
            onValue={(heard) => setV({ ...v, heard })}
            error={form.errors.heard}
          />
          <TextField
            id="a-action"
            label={t('whatWeWillDo')}
            value={v.action}
            onValue={(action) => setV({ ...v, action })}
            error={form.errors.action}
          />
          <div class="row">
            <TextField
              id="a-owner"
              label={t('owner')}
              value={v.owner}
              onValue={(owner) => setV({ ...v, owner })}
              error={form.errors.owner}
            />
            <TextField
              id="a-due"
              label={t('dueOn')}
              type="date"
              value={v.dueOn}
              onValue={(dueOn) => setV({ ...v, dueOn })}
              error={form.errors.dueOn}
            />
          </div>
          <button type="submit" disabled={form.busy}>
            {t('addAction')}
          </button>
        </form>
      )}
    </section>
  );
}
