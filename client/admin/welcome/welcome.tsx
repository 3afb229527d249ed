// The page an invitation link opens, signed out: who is invited, a password chosen twice (checked
// with the server's own rule), then the dashboard, signed in as them.
import { useState } from 'preact/hooks';
import { z } from 'zod';
import { acceptInviteBody } from '../../../server/auth/contract.ts';
import { read, server } from '../api.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { Loading } from '../ui/status.tsx';
import { useWords } from '../i18n/use-locale.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { LocaleSwitch } from '../shell/locale-switch.tsx';

const invites = server.api.invites[':token'];

export default function Welcome({ params }: ScreenProps) {
  const token = encodeURIComponent(params.token ?? '');
  const invite = useApi(token, (t) => read(invites.$get({ param: { token: t } })));
  const t = useWords('gate');
  const f = useFormats();
  const [v, setV] = useState({ password: '', confirm: '' });
  const form = useForm();

  async function save(e: Event) {
    e.preventDefault();
    const welcomeForm = acceptInviteBody
      .extend({ confirm: z.string() })
      .refine((v) => v.confirm === v.password, { path: ['confirm'], message: t('samePasswordTwice') });
    const body = form.check(welcomeForm, v);
    if (!body) return;
    const json = { password: body.password };
    if (await form.submit(() => read(invites.accept.$post({ param: { token }, json })))) {
      // The session cookie is set: a fresh load opens the dashboard as them, on its first screen.
      location.assign('/admin');
    }
  }

  if (invite.error)
    return (
      <main class="gate" id="main">
        <LocaleSwitch />
        <h1>{t('linkBroken')}</h1>
        <p role="alert">{invite.error.message}</p>
        <p>{t.rich('alreadyChose', { link: (text) => <a href="/admin">{text}</a> })}</p>
      </main>
    );
  if (!invite.data) return <Loading what={t('yourInvitation')} />;
  const { name, email, expiresAt } = invite.data.invite;
  return (
    <main class="gate" id="main">
      <LocaleSwitch />
      <h1>{t('welcomeTitle', { name })}</h1>
      <p>{t('welcomeIntro', { until: f.day(expiresAt) })}</p>
      <form onSubmit={save} noValidate>
        <FormMessage message={form.message} />
        <TextField
          id="email"
          label={t('email')}
          type="email"
          value={email}
          onValue={() => {}}
          readOnly
          autoComplete="username"
        />
        <TextField
          id="password"
          label={t('password')}
          type="password"
          hint={t('passwordHint')}
          value={v.password}
          onValue={(password) => setV({ ...v, password })}
          error={form.errors.password}
          autoComplete="new-password"
        />
        <TextField
          id="confirm"
          label={t('passwordAgain')}
          type="password"
          value={v.confirm}
          onValue={(confirm) => setV({ ...v, confirm })}
          error={form.errors.confirm}
          autoComplete="new-password"
        />
        <button class="primary" type="submit" disabled={form.busy}>
          {form.busy ? t('saving') : t('savePassword')}
        </button>
      </form>
    </main>
  );
}
