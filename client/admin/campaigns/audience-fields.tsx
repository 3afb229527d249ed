// Who the campaign reaches, with the live count of contacts and how each would be invited.
import type { Organization } from '../../../server/partnerships/contract.ts';
import { TextField } from '../ui/field.tsx';
import { useAudience } from './use-audience.ts';

const kindNames: Record<string, string> = {
  worker: 'Workers',
  employer: 'Employer contacts',
  partner: 'Partner contacts',
};

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
  const {
    data: size,
    loading,
    error,
  } = useAudience(p.partnershipId, p.kinds, p.organizationIds, p.attributes, p.channels);
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list, id] : list.filter((x) => x !== id);
  return (
    <fieldset>
      <legend>Audience</legend>
      {Object.entries(kindNames).map(([k, label]) => (
        <label class="check">
          <input
            type="checkbox"
            checked={p.kinds.includes(k)}
            onChange={(e) => p.onKinds(toggle(p.kinds, k, e.currentTarget.checked))}
          />
          {label}
        </label>
      ))}
      {p.error && <p class="error">{p.error}</p>}
      {p.organizations.length > 0 && (
        <details>
          <summary>Only some organizations ({p.organizationIds.length || 'all'})</summary>
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
          Only contacts with an attribute{p.attributes ? ` (${Object.keys(p.attributes)[0]})` : ''}
        </summary>
        <TextField
          id="c-attr-name"
          label="Attribute"
          hint="A column from the import, in lower_snake_case, e.g. occupation."
          value={p.attribute.name}
          onValue={(name) => p.onAttribute({ ...p.attribute, name })}
          error={p.attributeError}
        />
        <TextField
          id="c-attr-values"
          label="Values"
          hint="Separated by commas, e.g. welder, machinist."
          value={p.attribute.values}
          onValue={(values) => p.onAttribute({ ...p.attribute, values })}
        />
      </details>
      <p role="status" aria-live="polite" class="audience-size">
        {loading
          ? 'Counting the audience…'
          : size
            ? `${size.total} contacts match: ${size.sms} by text, ${size.email} by email, ${size.none} by printed link only.`
            : `The audience could not be counted: ${error?.message ?? 'try again.'}`}
      </p>
    </fieldset>
  );
}
