// Adds a staff account with its role and memberships, validated by the server's createUserBody first.
// By default the person is emailed a link to choose their own password; an admin can also set one now.
import { useState } from 'preact/hooks';
import { roles, type InviteLink } from '../../../server/auth/contract.ts';
import type { Membership } from '../../../server/partnerships/contract.ts';
import { createUserBody } from '../../../server/staff/contract.ts';
import { read, server } from '../api.ts';
import { useForm } from '../use-form.ts';
import { useSession } from '../use-session.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { MembershipPicker } from './membership-picker.tsx';
import { fitRole, roleWords } from './types.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useOrganizations } from './use-organizations.ts';

type How = 'invite' | 'password';

export function InviteForm({
  onAdded,
}: {
  /** `invite` is absent when the admin set the password. */
  onAdded: (added: { name: string; email: string; invite?: InviteLink }) => void;
}) {
  const session = useSession();
  const t = useWords('users');
  const form = useForm();
  const blank = {
    name: '',
    email: '',
    password: '',
    role: 'analyst',
    memberships: (session.current
      ? [{ partnershipId: session.current.id, organizationId: null }]
      : []) as Membership[],
  };
  const [v, setV] = useState(blank);
  const [how, setHow] = useState<How>('invite');
  const orgs = useOrganizations(v.role === 'viewer' ? v.memberships.map((m) => m.partnershipId) : []);

  async function invite(e: Event) {
    e.preventDefault();
    const { password, ...rest } = v;
    const body = form.check(
      createUserBody,
      how === 'invite' ? { ...rest, invite: true } : { ...rest, password },
    );
    if (!body) return;
    const out = await form.submit(() => read(server.api.users.$post({ json: body })));
    if (out) {
      setV(blank);
      onAdded({ name: out.user.name, email: out.user.email, ...(out.invite && { invite: out.invite }) });
    }
  }

  const choice = (value: How, label: string) => (
    <label class="check">
      <input type="radio" name="u-how" value={value} checked={how === value} onChange={() => setHow(value)} />
      {label}
    </label>
  );

  return (
    <form class="card" onSubmit={invite} noValidate aria-labelledby="invite-h">
      <h2 id="invite-h">{t('addAccountTitle')}</h2>
      <FormMessage message={form.message} />
      <TextField
        id="u-name"
        label={t('name')}
        value={v.name}
        onValue={(name) => setV({ ...v, name })}
        error={form.errors.name}
      />
      <TextField
        id="u-email"
        label={t('email')}
        type="email"
        value={v.email}
        onValue={(email) => setV({ ...v, email })}
        error={form.errors.email}
      />
      <fieldset>
        <legend>{t('theirPassword')}</legend>
        {choice('invite', t('emailInvitation'))}
        {choice('password', t('setPasswordNow'))}
        <p class="hint">{how === 'invite' ? t('inviteHint') : t('passwordHintNow')}</p>
        {how === 'invite' && form.errors.password && <p class="error">{form.errors.password}</p>}
      </fieldset>
      {how === 'password' && (
        <TextField
          id="u-password"
          label={t('password')}
          type="password"
          hint={t('passwordHint')}
          autoComplete="new-password"
          value={v.password}
          onValue={(password) => setV({ ...v, password })}
          error={form.errors.password}
        />
      )}
      <Field id="u-role" label={t('role')} error={form.errors.role}>
        {(d) => (
          <select
            id="u-role"
            value={v.role}
            aria-describedby={d}
            onChange={(e) => {
              const role = e.currentTarget.value;
              setV({ ...v, role, memberships: fitRole(role, v.memberships) });
            }}
          >
            {roles.map((r) => (
              <option value={r}>
                {t('roleOption', { role: t(roleWords[r].name), help: t(roleWords[r].help) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {v.role !== 'admin' && (
        <MembershipPicker
          id="u-memberships"
          role={v.role}
          partnerships={session.partnerships}
          orgs={orgs}
          value={v.memberships}
          onChange={(memberships) => setV({ ...v, memberships })}
          error={form.errors.memberships}
        />
      )}
      <button class="primary" type="submit" disabled={form.busy}>
        {form.busy ? t('adding') : t('addAccount')}
      </button>
    </form>
  );
}
