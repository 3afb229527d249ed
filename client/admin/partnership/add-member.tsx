// Adds an analyst or viewer to this partnership; a viewer may be limited to one of its organizations
// (an employer's staff, who then see only that organization's figures beside the whole sector).
import { useState } from 'preact/hooks';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';

const partnershipApi = server.api.partnerships[':id'];

export function AddMember(props: {
  partnershipId: string;
  memberIds: string[];
  onAdded: (name: string) => void;
}) {
  const t = useWords('partnership');
  const users = useApi('/api/users', () => read(server.api.users.$get()));
  const param = { id: props.partnershipId };
  const form = useForm();
  const [userId, setUserId] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const chosen = users.data?.users.find((u) => u.id === userId);
  const orgs = useApi(
    chosen?.role === 'viewer' ? `/api/partnerships/${props.partnershipId}/organizations` : null,
    () => read(partnershipApi.organizations.$get({ param })),
  );

  return (
    <Loaded state={users} what={t('theStaffAccounts')}>
      {({ users }) => {
        const staff = users.filter((u) => u.role !== 'admin' && !props.memberIds.includes(u.id));
        if (staff.length === 0)
          return (
            <p>{t.rich('everyoneIsMember', { link: (chunks) => <a href="/admin/users">{chunks}</a> })}</p>
          );
        return (
          <form
            noValidate
            aria-labelledby="add-member-h"
            onSubmit={async (e) => {
              e.preventDefault();
              if (!chosen) return;
              const body = {
                userId,
                organizationId: chosen.role === 'viewer' && organizationId ? organizationId : null,
              };
              if (await form.submit(() => read(partnershipApi.members.$post({ param, json: body })))) {
                setUserId('');
                setOrganizationId('');
                props.onAdded(chosen.name);
              }
            }}
          >
            <h3 id="add-member-h">{t('addMemberTitle')}</h3>
            <FormMessage message={form.message} />
            <div class="row">
              <Field id="member" label={t('staffMember')} error={form.errors.userId}>
                {(d) => (
                  <select
                    id="member"
                    value={userId}
                    aria-describedby={d}
                    onChange={(e) => {
                      setUserId(e.currentTarget.value);
                      setOrganizationId('');
                    }}
                  >
                    <option value="">{t('choose')}</option>
                    {staff.map((u) => (
                      <option value={u.id}>
                        {t('memberOption', {
                          name: u.name,
                          role: t('roleName', { role: u.role }),
                          email: u.email,
                        })}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {chosen?.role === 'viewer' && (
                <Field
                  id="member-org"
                  label={t('whatTheySee')}
                  hint={t('whatTheySeeHint')}
                  error={form.errors.organizationId}
                >
                  {(d) => (
                    <select
                      id="member-org"
                      value={organizationId}
                      aria-describedby={d}
                      disabled={!orgs.data}
                      onChange={(e) => setOrganizationId(e.currentTarget.value)}
                    >
                      <option value="">{t('wholePartnership')}</option>
                      {!orgs.data && <option disabled>{t('loadingOrganizations')}</option>}
                      {orgs.data?.organizations.map((o) => (
                        <option value={o.id}>{t('onlyOrganization', { organization: o.name })}</option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              <button type="submit" disabled={form.busy || !userId}>
                {t('addToPartnership')}
              </button>
            </div>
            {orgs.error && (
              <p class="error" role="alert">
                {t('organizationsFailed', { message: orgs.error.message })}
              </p>
            )}
          </form>
        );
      }}
    </Loaded>
  );
}
