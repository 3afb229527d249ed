// First run: on an empty database the dashboard offers to create the first admin account.
import { useState } from 'preact/hooks';
import { setupBody } from '../../../server/auth/contract.ts';
import { read, server } from '../api.ts';
import type { SessionUser } from '../use-session.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { useForm } from '../use-form.ts';
import { useWords } from '../i18n/use-locale.ts';
import { LocaleSwitch } from '../shell/locale-switch.tsx';

export default function Setup({ onDone }: { onDone: (user: SessionUser, csrf: string) => void }) {
  const t = useWords('gate');
  const [v, setV] = useState({ name: '', email: '', password: '' });
  const form = useForm();
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });

  async function save(e: Event) {
    e.preventDefault();
    const body = form.check(setupBody, v);
    if (!body) return;
    const out = await form.submit(() => read(server.api.setup.$post({ json: body })));
    if (out) onDone(out.user, out.csrfToken);
  }

  return (
    <main class="gate" id="main">
      <LocaleSwitch />
      <h1>{t('setupTitle')}</h1>
      <p>{t('setupIntro')}</p>
      <form onSubmit={save} noValidate>
        <FormMessage message={form.message} />
        <TextField
          id="name"
          label={t('yourName')}
          value={v.name}
          onValue={set('name')}
          error={form.errors.name}
          autoComplete="name"
        />
        <TextField
          id="email"
          label={t('email')}
          type="email"
          value={v.email}
          onValue={set('email')}
          error={form.errors.email}
          autoComplete="email"
        />
        <TextField
          id="password"
          label={t('password')}
          type="password"
          hint={t('passwordHint')}
          value={v.password}
          onValue={set('password')}
          error={form.errors.password}
          autoComplete="new-password"
        />
        <button class="primary" type="submit" disabled={form.busy}>
          {form.busy ? t('creating') : t('createAdmin')}
        </button>
      </form>
    </main>
  );
}
