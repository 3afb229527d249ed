// Goals: how this review stands against them, and (for analysts) a form to set a new one.
import { useState } from 'preact/hooks';
import { createGoalBody } from '../../../server/reviews/goals.ts';
import type { PublicReview } from '../../../server/reviews/types.ts';
import { api } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';

const statusText = { met: 'met', not_met: 'not met', not_enough_responses: 'not enough responses' };

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
  const form = useForm();
  const remove = async (id: string) => {
    if (await form.submit(() => api.del(`/api/partnerships/${partnershipId}/goals/${id}`))) onChange();
  };
  return (
    <section class="card" aria-labelledby="goals-h">
      <FormMessage message={form.message} />
      <h2 id="goals-h">Goals</h2>
      {review.goals.length === 0 ? (
        <p>No goal applies to this period.</p>
      ) : (
        <ul>
          {review.goals.map((g) => (
            <li>
              {g.label}: {g.comparison === 'at_least' ? 'at least' : 'at most'} {g.target}; now{' '}
              {g.value ?? '–'}{' '}
              <strong class={g.status === 'met' ? 'ok' : g.status === 'not_met' ? 'bad' : 'muted'}>
                ({statusText[g.status]})
              </strong>{' '}
              {canWrite(user) && (
                <button type="button" class="danger" disabled={form.busy} onClick={() => void remove(g.id)}>
                  Remove<span class="sr-only"> goal “{g.label}”</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite(user) && <NewGoal partnershipId={partnershipId} onChange={onChange} />}
    </section>
  );
}

function NewGoal({ partnershipId, onChange }: { partnershipId: string; onChange: () => void }) {
  const measures = useApi<{ measures: Record<string, Record<string, string> | null> }>(
    `/api/partnerships/${partnershipId}/goals`,
  );
  const form = useForm();
  const [v, setV] = useState({
    label: '',
    templateId: 'worker-voice',
    measure: '',
    comparison: 'at_least',
    target: '',
  });
  const options = Object.entries(measures.data?.measures[v.templateId] ?? {});
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const body = form.check(createGoalBody, {
          ...v,
          measure: v.measure || options[0]?.[0],
          target: v.target === '' ? undefined : Number(v.target),
        });
        if (!body) return;
        if (await form.submit(() => api.post(`/api/partnerships/${partnershipId}/goals`, body))) {
          setV({ ...v, label: '', target: '' });
          onChange();
        }
      }}
    >
      <h3>Add a goal</h3>
      <FormMessage message={form.message} />
      <TextField
        id="g-label"
        label="Goal"
        value={v.label}
        onValue={(label) => setV({ ...v, label })}
        error={form.errors.label}
      />
      <div class="row">
        <Field id="g-template" label="Survey" error={form.errors.templateId}>
          {(d) => (
            <select
              id="g-template"
              value={v.templateId}
              aria-describedby={d}
              onChange={(e) => setV({ ...v, templateId: e.currentTarget.value, measure: '' })}
            >
              {Object.keys(measures.data?.measures ?? { 'worker-voice': null }).map((t) => (
                <option value={t}>{t}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="g-measure" label="Measure" error={form.errors.measure}>
          {(d) => (
            <select
              id="g-measure"
              value={v.measure || options[0]?.[0]}
              aria-describedby={d}
              onChange={(e) => setV({ ...v, measure: e.currentTarget.value })}
            >
              {options.map(([key, label]) => (
                <option value={key}>{label}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="g-comparison" label="Comparison">
          {() => (
            <select
              id="g-comparison"
              value={v.comparison}
              onChange={(e) => setV({ ...v, comparison: e.currentTarget.value })}
            >
              <option value="at_least">at least</option>
              <option value="at_most">at most</option>
            </select>
          )}
        </Field>
        <TextField
          id="g-target"
          label="Target"
          type="number"
          value={v.target}
          onValue={(target) => setV({ ...v, target })}
          error={form.errors.target}
        />
      </div>
      <button type="submit" disabled={form.busy}>
        Add goal
      </button>
    </form>
  );
}
