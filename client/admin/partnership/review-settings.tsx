// The comment minimum: free-text comments appear only in surveys with at least this many answers
// (never fewer than the minimum group size, which the server enforces when it reads the setting).
import { useEffect, useState } from 'preact/hooks';
import { reviewSettingsBody } from '../../../server/reviews/contract.ts';
import { read, server } from '../api.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import { useFieldErrors } from './field-errors.ts';

const settingsApi = server.api.partnerships[':id']['review-settings'];

export function ReviewSettings({ partnershipId }: { partnershipId: string }) {
  const t = useWords('partnership');
  const f = useFormats();
  const { user } = useSession();
  const param = { id: partnershipId };
  const state = useApi(`/api/partnerships/${partnershipId}/review-settings`, () =>
    read(settingsApi.$get({ param })),
  );
  const form = useForm();
  const errors = useFieldErrors(form.errors);
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (state.data) setValue(String(state.data.settings.commentMinSize));
  }, [state.data]);
  return (
    <section class="card" aria-labelledby="review-settings-h">
      <h2 id="review-settings-h">{t('commentsInReviews')}</h2>
      <Loaded state={state} what={t('theReviewSettings')}>
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
              <legend class="sr-only">{t('commentMinimum')}</legend>
              <TextField
                id="comment-min"
                label={t('commentMinLabel')}
                hint={t('commentMinHint', { min: f.number(settings.minGroupSize) })}
                type="number"
                min={3}
                value={value}
                onValue={setValue}
                error={errors.commentMinSize}
              />
              <button type="submit" disabled={form.busy}>
                {t('save')}
              </button>
              <p role="status">{saved && t('saved')}</p>
            </fieldset>
          </form>
        )}
      </Loaded>
    </section>
  );
}
