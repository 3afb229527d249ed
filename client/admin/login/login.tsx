// Sign in. The server answers the same message for an unknown email and a wrong password.
import { useState } from 'preact/hooks';
import { z } from 'zod';
import { loginBody } from '../../../server/auth/contract.ts';
import { read, server } from '../api.ts';
import type { SessionUser } from '../use-session.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { useForm } from '../use-form.ts';
import { useWords } from '../i18n/use-locale.ts';
import { LocaleSwitch } from '../shell/locale-switch.tsx';

export default function Login({ onDone }: { onDone: (user: SessionUser, csrf: string) => void }) {
  const t = useWords('gate');
  const [v, setV] = useState({ email: '', password: '' });
  const form = useForm();

  async function signIn(e: Event) {
    e.preventDefault();
    // The contract's rules, with this form's own words for an empty field: the server answers those
    // in zod's words, and the first message of a field is the one shown.
    const loginForm = z
      .object({
        email: z.string().trim().min(1, t('enterEmail')),
        password: z.string().min(1, t('enterPassword')),
      })
      .and(loginBody);
    const body = form.check(loginForm, v);
    if (!body) return;
    const out = await form.submit(() => read(server.api.auth.login.$post({ json: body })));
    if (out) onDone(out.user, out.csrfToken);
  }

  return (
    <main class="gate" id="main">
      <LocaleSwitch />
      <h1>{t('signInTitle')}</h1>
      <form onSubmit={signIn} noValidate>
        <FormMessage message={form.message} />
        <TextField
          id="email"
          label={t('email')}
          type="email"
          value={v.email}
          onValue={(email) => setV({ ...v, email })}
          error={form.errors.email}
          autoComplete="username"
        />
        <TextField
          id="password"
          label={t('password')}
          type="password"
          value={v.password}
          onValue={(password) => setV({ ...v, password })}
          error={form.errors.password}
          autoComplete="current-password"
        />
        <button class="primary" type="submit" disabled={form.busy}>
          {form.busy ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </main>
  );
}
