// The comment minimum: free-text comments appear only in surveys with at least this many answers
// (never fewer than the minimum group size, which the server enforces when it reads the setting).
import { useEffect, useState } from 'preact/hooks';
import { reviewSettingsBody } from '../../../server/reviews/contract.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';

const settingsApi = server.api.partnerships[':id']['review-settings'];

export function ReviewSettings({ partnershipId }: { partnershipId: string }) {
  const { user } = useSession();
  const param = { id: partnershipId };
  const state = useApi(`/api/partnerships/${partnershipId}/review-settings`, () =>
    read(settingsApi.$get({ param })),
  );
  const form = useForm();
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (state.data) setValue(String(state.data.settings.commentMinSize));
  }, [state.data]);
  return (
    <section class="card" aria-labelledby="review-settings-h">
      <h2 id="review-settings-h">Comments in reviews</h2>
      <Loaded state={state} what="review settings">
        {({ settings }) => (
          <form
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              setSaved(false);
              const body = form.check(reviewSettingsBody, { commentMinSize: Number(value) });
              if (body && (await form.submit(() => read(settingsApi.$patch({ param, json: body }))))) {
                setSaved(true);
                state.reload();
              }
            }}
          >
            <FormMessage message={form.message} />
            <fieldset disabled={!canWrite(user)}>
              <legend class="sr-only">Comment minimum</legend>
              <TextField
                id="comment-min"
                label="Show comments from surveys with at least this many answers"
                hint={`Never fewer than 3, nor than the minimum group size (${settings.minGroupSize}).`}
                type="number"
                min={3}
                value={value}
                onValue={setValue}
                error={form.errors.commentMinSize}
              />
              <button type="submit" disabled={form.busy}>
                Save
              </button>
              <p role="status">{saved && 'Saved.'}</p>
            </fieldset>
          </form>
        )}
      </Loaded>
    </section>
  );
}
