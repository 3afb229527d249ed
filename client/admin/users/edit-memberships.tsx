// Changes the partnerships of an existing account and, for a viewer, the organization each is limited
// to. The whole list is replaced on save; the server's reason is shown if it refuses.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { updateUserBody, type StaffAccount } from '../../../server/staff/contract.ts';
import { read, server } from '../api.ts';
import { useForm } from '../use-form.ts';
import { useSession } from '../use-session.ts';
import { FormMessage } from '../ui/field.tsx';
import { MembershipPicker } from './membership-picker.tsx';
import { useOrganizations } from './use-organizations.ts';
import { useWords } from '../i18n/use-locale.ts';

export function EditMemberships(props: { user: StaffAccount; onDone: (saved: boolean) => void }) {
  const { user } = props;
  const session = useSession();
  const t = useWords('users');
  const form = useForm();
  const [memberships, setMemberships] = useState(user.memberships);
  const orgs = useOrganizations(user.role === 'viewer' ? memberships.map((m) => m.partnershipId) : []);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves in the render that shows this, so it is never left on nothing in between.
  useLayoutEffect(() => heading.current?.focus(), []);

  async function save(e: Event) {
    e.preventDefault();
    const body = form.check(updateUserBody, { memberships });
    if (!body) return;
    const call = () => read(server.api.users[':id'].$patch({ param: { id: user.id }, json: body }));
    if (await form.submit(call)) props.onDone(true);
  }

  return (
    <form
      class="card"
      noValidate
      onSubmit={save}
      aria-labelledby="edit-m-h"
      onKeyDown={(e) => e.key === 'Escape' && props.onDone(false)}
    >
      <h2 id="edit-m-h" tabIndex={-1} ref={heading}>
        {t('membershipsOf', { name: user.name })}
      </h2>
      <p class="muted">{t('isRole', { name: user.name, role: user.role })}</p>
      <FormMessage message={form.message} />
      <MembershipPicker
        id="e-memberships"
        role={user.role}
        partnerships={session.partnerships}
        orgs={orgs}
        value={memberships}
        onChange={setMemberships}
        error={form.errors.memberships}
      />
      <div class="row">
        <button class="primary" type="submit" disabled={form.busy}>
          {form.busy ? t('saving') : t('saveMemberships')}
        </button>
        <button type="button" onClick={() => props.onDone(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
