// Who the campaign reaches, with the live count of contacts and how each would be invited.
import type { Organization } from '../../../server/partnerships/contract.ts';
import { useWords } from '../i18n/use-locale.ts';
import { TextField } from '../ui/field.tsx';
import { campaignFormats } from './format.ts';
import { useAudience } from './use-audience.ts';

const kindNames = { worker: 'kindWorker', employer: 'kindEmployer', partner: 'kindPartner' } as const;

export function AudienceFields(p: {
  partnershipId: string;
  organizations: Organization[];
  kinds: string[];
  organizationIds: string[];
  channels: ('sms' | 'email')[];
  onKinds: (k: string[]) => void;
  onOrganizations: (ids: string[]) => void;
  attribute: { name: string; values: string };
  attributes: Record<string, string[]> | undefined;
  onAttribute: (a: { name: string; values: string }) => void;
  attributeError?: string | undefined;
  error?: string | undefined;
}) {
  const t = useWords('campaigns');
  const n = campaignFormats(t.locale).number;
  const {
    data: size,
    loading,
    error,
  } = useAudience(p.partnershipId, p.kinds, p.organizationIds, p.attributes, p.channels);
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list, id] : list.filter((x) => x !== id);
  return (
    <fieldset>
      <legend>{t('audience')}</legend>
      {Object.entries(kindNames).map(([k, label]) => (
        <label class="check">
          <input
            type="checkbox"
            checked={p.kinds.includes(k)}
            onChange={(e) => p.onKinds(toggle(p.kinds, k, e.currentTarget.checked))}
          />
          {t(label)}
        </label>
      ))}
      {p.error && <p class="error">{p.error}</p>}
      {p.organizations.length > 0 && (
        <details>
          <summary>{t('someOrganizations', { n: p.organizationIds.length })}</summary>
          {p.organizations.map((o) => (
            <label class="check">
              <input
                type="checkbox"
                checked={p.organizationIds.includes(o.id)}
                onChange={(e) => p.onOrganizations(toggle(p.organizationIds, o.id, e.currentTarget.checked))}
              />
              {o.name}
            </label>
          ))}
        </details>
      )}
      <details open={Boolean(p.attribute.name)}>
        <summary>
          {p.attributes
            ? t('withNamedAttribute', { name: Object.keys(p.attributes)[0] })
            : t('withAttribute')}
        </summary>
        <TextField
          id="c-attr-name"
          label={t('attribute')}
          hint={t('attributeHint')}
          value={p.attribute.name}
          onValue={(name) => p.onAttribute({ ...p.attribute, name })}
          error={p.attributeError}
        />
        <TextField
          id="c-attr-values"
          label={t('values')}
          hint={t('valuesHint')}
          value={p.attribute.values}
          onValue={(values) => p.onAttribute({ ...p.attribute, values })}
        />
      </details>
      <p role="status" aria-live="polite" class="audience-size">
        {loading
          ? t('counting')
          : size
            ? t('audienceSize', {
                total: size.total,
                sms: n(size.sms),
                email: n(size.email),
                none: n(size.none),
              })
            : t('notCounted', { message: error?.message ?? t('tryAgain') })}
      </p>
    </fieldset>
  );
}
