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

const welcomeForm = acceptInviteBody
  .extend({ confirm: z.string() })
  .refine((v) => v.confirm === v.password, { path: ['confirm'], message: 'Type the same password twice.' });

const invites = server.api.invites[':token'];

export default function Welcome({ params }: ScreenProps) {
  const token = encodeURIComponent(params.token ?? '');
  const invite = useApi(token, (t) => read(invites.$get({ param: { token: t } })));
  const [v, setV] = useState({ password: '', confirm: '' });
  const form = useForm();

  async function save(e: Event) {
    e.preventDefault();
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
        <h1>This invitation link does not work</h1>
        <p role="alert">{invite.error.message}</p>
        <p>
          If you already chose a password, <a href="/admin">sign in</a>.
        </p>
      </main>
    );
  if (!invite.data) return <Loading what="your invitation" />;
  const { name, email, expiresAt } = invite.data.invite;
  return (
    <main class="gate" id="main">
      <h1>Welcome to Sector Voice, {name}</h1>
      <p>
        Choose a password for your account. You will sign in with your email and this password from now on.
        This link works once, until {expiresAt.slice(0, 10)}.
      </p>
      <form onSubmit={save} noValidate>
        <FormMessage message={form.message} />
        <TextField
          id="email"
          label="Email"
          type="email"
          value={email}
          onValue={() => {}}
          readOnly
          autoComplete="username"
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          hint="At least 12 characters."
          value={v.password}
          onValue={(password) => setV({ ...v, password })}
          error={form.errors.password}
          autoComplete="new-password"
        />
        <TextField
          id="confirm"
          label="The same password again"
          type="password"
          value={v.confirm}
          onValue={(confirm) => setV({ ...v, confirm })}
          error={form.errors.confirm}
          autoComplete="new-password"
        />
        <button class="primary" type="submit" disabled={form.busy}>
          {form.busy ? 'Saving…' : 'Save my password and sign in'}
        </button>
      </form>
    </main>
  );
}
