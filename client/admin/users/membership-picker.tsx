// Which partnerships a staff account belongs to and, for a viewer, whether they see the whole
// partnership or only one organization of it (an employer's staff).
import type { Membership } from '../../../server/partnerships/contract.ts';
import type { PartnershipSummary } from '../../../server/partnerships/contract.ts';
import type { OrganizationsOf } from './use-organizations.ts';
import { useWords } from '../i18n/use-locale.ts';

export function MembershipPicker(props: {
  id: string;
  role: string;
  partnerships: PartnershipSummary[];
  orgs: OrganizationsOf;
  value: Membership[];
  onChange: (v: Membership[]) => void;
  error?: string | undefined;
}) {
  const { id, role, value, onChange, orgs } = props;
  const t = useWords('users');
  const viewer = role === 'viewer';
  const find = (pid: string) => value.find((m) => m.partnershipId === pid);
  const toggle = (pid: string, on: boolean) =>
    onChange(
      on
        ? [...value, { partnershipId: pid, organizationId: null }]
        : value.filter((m) => m.partnershipId !== pid),
    );
  const limit = (pid: string, organizationId: string | null) =>
    onChange(value.map((m) => (m.partnershipId === pid ? { ...m, organizationId } : m)));
  const described = [`${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ');

  if (props.partnerships.length === 0) return <p class="muted">{t('noPartnershipToJoin')}</p>;
  return (
    <fieldset aria-describedby={described} class={props.error ? 'invalid' : undefined}>
      <legend>{t('partnerships')}</legend>
      <p class="hint" id={`${id}-hint`}>
        {viewer ? t('viewerHint') : t('otherHint')}
      </p>
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      {props.partnerships.map((p) => {
        const m = find(p.id);
        const list = orgs[p.id];
        const selectId = `${id}-org-${p.id}`;
        return (
          <div class="membership">
            <label class="check">
              <input type="checkbox" checked={!!m} onChange={(e) => toggle(p.id, e.currentTarget.checked)} />
              {p.name}
            </label>
            {m && viewer && (
              <div class="field">
                <label for={selectId}>{t('whatTheySee', { partnership: p.name })}</label>
                {list instanceof Error ? (
                  <p class="error" role="alert">
                    {t('organizationsFailed', { message: list.message })}
                  </p>
                ) : (
                  <select
                    id={selectId}
                    value={m.organizationId ?? ''}
                    disabled={!list}
                    onChange={(e) => limit(p.id, e.currentTarget.value || null)}
                  >
                    <option value="">{t('wholePartnership')}</option>
                    {!list && <option disabled>{t('loadingOrganizations')}</option>}
                    {list?.map((o) => (
                      <option value={o.id}>{t('onlyBeside', { organization: o.name })}</option>
                    ))}
                  </select>
                )}
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
