// Goals: how this review stands against them, and (for analysts and admins) forms to add, change and
// remove them, checked by the server's own schemas before they are sent.
import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import {
  createGoalBody,
  updateGoalBody,
  type Goal,
  type PublicReview,
} from '../../../server/reviews/contract.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { useReviewWords } from './use-review-words.ts';

const statusKeys = { met: 'goalMet', not_met: 'goalNotMet', not_enough_responses: 'goalNotEnough' } as const;

const goalsApi = server.api.partnerships[':id'].goals;
const loadGoals = (id: string) => read(goalsApi.$get({ param: { id } }));
/** The measures a goal can name, per template. */
type Measures = Awaited<ReturnType<typeof loadGoals>>['measures'];

export function Goals({
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
  const writable = canWrite(user);
  const measures = useApi(writable ? partnershipId : null, loadGoals);
  const form = useForm();
  const [editing, setEditing] = useState<string | null>(null);
  // After an edit closes, the keyboard goes back to the goal's Edit button.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(() => {
    if (returnTo && !editing) document.getElementById(`goal-edit-${returnTo}`)?.focus();
  }, [returnTo, editing]);
  const close = (id: string) => {
    setEditing(null);
    setReturnTo(id);
  };
  const remove = async (id: string) => {
    const param = { id: partnershipId, goalId: id };
    if (await form.submit(() => read(goalsApi[':goalId'].$delete({ param })))) onChange();
  };
  return (
    <section class="card" aria-labelledby="goals-h">
      <FormMessage message={form.message} />
      <h2 id="goals-h">{t('goals')}</h2>
      {review.goals.length === 0 ? (
        <p>{t('noGoal')}</p>
      ) : (
        <ul>
          {review.goals.map((g) =>
            editing === g.id ? (
              <li>
                <GoalForm
                  prefix="ge"
                  heading={t('changeGoal', { label: g.label })}
                  submitLabel={t('saveGoal')}
                  schema={updateGoalBody}
                  measures={measures.data?.measures ?? null}
                  initial={g}
                  // Every field goes, so nothing the form shows is left to a default.
                  send={(json) =>
                    read(goalsApi[':goalId'].$patch({ param: { id: partnershipId, goalId: g.id }, json }))
                  }
                  onDone={() => {
                    close(g.id);
                    onChange();
                  }}
                  onCancel={() => close(g.id)}
                />
              </li>
            ) : (
              <li>
                {t('goalLine', {
                  label: g.label,
                  comparison: g.comparison,
                  target: f.figure(g.target),
                  value: g.value === null ? '–' : f.figure(g.value),
                })}{' '}
                <strong class={g.status === 'met' ? 'ok' : g.status === 'not_met' ? 'bad' : 'muted'}>
                  ({t(statusKeys[g.status])})
                </strong>{' '}
                {g.periods && (
                  <span class="muted small">{t('forPeriods', { periods: g.periods.join(', ') })}</span>
                )}
                {writable && (
                  <>
                    <button
                      type="button"
                      id={`goal-edit-${g.id}`}
                      disabled={form.busy || editing !== null}
                      onClick={() => setEditing(g.id)}
                    >
                      {t('edit')}
                      <span class="sr-only">{t('goalNamed', { label: g.label })}</span>
                    </button>{' '}
                    <button
                      type="button"
                      class="danger"
                      disabled={form.busy || editing !== null}
                      onClick={() => void remove(g.id)}
                    >
                      {t('remove')}
                      <span class="sr-only">{t('goalNamed', { label: g.label })}</span>
                    </button>
                  </>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {writable && (
        <GoalForm
          prefix="g"
          heading={t('addGoalTitle')}
          submitLabel={t('addGoal')}
          schema={createGoalBody}
          measures={measures.data?.measures ?? null}
          send={(json) => read(goalsApi.$post({ param: { id: partnershipId }, json }))}
          onDone={onChange}
        />
      )}
    </section>
  );
}

function GoalForm<S extends z.ZodType>(p: {
  prefix: string;
  heading: string;
  submitLabel: string;
  schema: S;
  measures: Measures | null;
  initial?: Goal;
  send: (body: z.infer<S>) => Promise<unknown>;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const form = useForm();
  const { t } = useReviewWords();
  const start = () => ({
    label: p.initial?.label ?? '',
    templateId: p.initial?.templateId ?? 'worker-voice',
    measure: p.initial?.measure ?? '',
    comparison: p.initial?.comparison ?? 'at_least',
    target: p.initial ? String(p.initial.target) : '',
    periods: p.initial?.periods?.join(', ') ?? '',
  });
  const [v, setV] = useState(start);
  const options = Object.entries(p.measures?.[v.templateId] ?? {});
  const id = (name: string) => `${p.prefix}-${name}`;
  // Opening an edit puts the keyboard in its first field.
  useEffect(() => {
    if (p.initial) document.getElementById(id('label'))?.focus();
  }, []);
  const periodsError = Object.entries(form.errors).find(([k]) => k.startsWith('periods'))?.[1];

  async function save(e: Event) {
    e.preventDefault();
    const periods = v.periods
      .split(/[\s,]+/)
      .map((x) => x.trim())
      .filter(Boolean);
    const body = form.check(p.schema, {
      label: v.label,
      templateId: v.templateId,
      measure: v.measure || options[0]?.[0],
      comparison: v.comparison,
      target: v.target.trim() === '' ? undefined : Number(v.target),
      periods: periods.length ? periods : null,
    });
    if (!body) return;
    if (await form.submit(() => p.send(body))) {
      if (!p.initial) setV({ ...start(), templateId: v.templateId });
      p.onDone();
    }
  }

  return (
    <form
      noValidate
      onSubmit={save}
      class={p.initial ? 'goal-edit' : undefined}
      aria-labelledby={id('h')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && p.onCancel) {
          e.preventDefault();
          p.onCancel();
        }
      }}
    >
      <h3 id={id('h')}>{p.heading}</h3>
      <FormMessage message={form.message} />
      <TextField
        id={id('label')}
        label={t('goal')}
        value={v.label}
        onValue={(label) => setV({ ...v, label })}
        error={form.errors.label}
      />
      <div class="row">
        <Field id={id('template')} label={t('survey')} error={form.errors.templateId}>
          {(d) => (
            <select
              id={id('template')}
              value={v.templateId}
              aria-describedby={d}
              onChange={(e) => setV({ ...v, templateId: e.currentTarget.value, measure: '' })}
            >
              {Object.keys(p.measures ?? { [v.templateId]: null }).map((t) => (
                <option value={t}>{t}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('measure')} label={t('measure')} error={form.errors.measure}>
          {(d) => (
            <select
              id={id('measure')}
              value={v.measure || options[0]?.[0]}
              aria-describedby={d}
              onChange={(e) => setV({ ...v, measure: e.currentTarget.value })}
            >
              {options.length === 0 && v.measure && <option value={v.measure}>{v.measure}</option>}
              {options.map(([key, label]) => (
                <option value={key}>{label}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('comparison')} label={t('comparison')} error={form.errors.comparison}>
          {(d) => (
            <select
              id={id('comparison')}
              value={v.comparison}
              aria-describedby={d}
              onChange={(e) => setV({ ...v, comparison: e.currentTarget.value as 'at_least' | 'at_most' })}
            >
              <option value="at_least">{t('atLeast')}</option>
              <option value="at_most">{t('atMost')}</option>
            </select>
          )}
        </Field>
        <TextField
          id={id('target')}
          label={t('target')}
          type="number"
          value={v.target}
          onValue={(target) => setV({ ...v, target })}
          error={form.errors.target}
        />
      </div>
      <TextField
        id={id('periods')}
        label={t('periods')}
        hint={t('periodsHint')}
        value={v.periods}
        onValue={(periods) => setV({ ...v, periods })}
        error={periodsError}
      />
      <div class="actions">
        <button type="submit" class={p.initial ? 'primary' : undefined} disabled={form.busy}>
          {p.submitLabel}
        </button>
        {p.onCancel && (
          <button type="button" onClick={p.onCancel} disabled={form.busy}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
