// Makes an API token for the signed-in person: a name to recognise it by and how long it lives,
// checked with the server's own schema first.
import { useState } from 'preact/hooks';
import { createApiTokenBody, tokenDays, type IssuedApiToken } from '../../../server/auth/contract.ts';
import { read, server } from '../api.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { useWords } from '../i18n/use-locale.ts';

const lifetimes = [7, 30, 90, 180, 365].filter((d) => d <= tokenDays.max);

export function TokenForm({ onIssued }: { onIssued: (issued: IssuedApiToken) => void }) {
  const form = useForm();
  const t = useWords('users');
  const [name, setName] = useState('');
  const [days, setDays] = useState(String(tokenDays.default));

  async function submit(e: Event) {
    e.preventDefault();
    const body = form.check(createApiTokenBody, { name, expiresInDays: Number(days) });
    if (!body) return;
    const out = await form.submit(() => read(server.api.tokens.$post({ json: body })));
    if (out) {
      setName('');
      onIssued(out);
    }
  }

  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="token-form-h">
      <h3 id="token-form-h">{t('makeTitle')}</h3>
      <FormMessage message={form.message} />
      <TextField
        id="t-name"
        label={t('name')}
        hint={t('tokenNameHint')}
        value={name}
        onValue={setName}
        error={form.errors.name}
      />
      <Field id="t-days" label={t('expiresAfter')} error={form.errors.expiresInDays}>
        {(d) => (
          <select
            id="t-days"
            value={days}
            aria-describedby={d}
            onChange={(e) => setDays(e.currentTarget.value)}
          >
            {lifetimes.map((n) => (
              <option value={String(n)}>{n === 365 ? t('oneYear') : t('days', { n })}</option>
            ))}
          </select>
        )}
      </Field>
      <button class="primary" type="submit" disabled={form.busy}>
        {form.busy ? t('making') : t('makeToken')}
      </button>
    </form>
  );
}
