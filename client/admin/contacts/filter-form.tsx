// The list's search and filters. Typing searches after a pause and replaces the address (one history
// entry per search, not per key); a filter chosen is a new entry, so back undoes it.
import { useEffect, useState } from 'preact/hooks';
import type { Organization } from '../../../server/partnerships/contract.ts';
import { useWords } from '../i18n/use-locale.ts';
import type { Filters } from './filters.ts';
import { languageOptions } from './language-label.ts';

export function FilterForm(props: {
  filters: Filters;
  organizations: Organization[];
  onChange: (changes: Filters, replace?: boolean) => void;
}) {
  const { filters, onChange } = props;
  const t = useWords('contacts');
  const [q, setQ] = useState(filters.q ?? '');
  // Back and forward bring another search in from the address.
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  useEffect(() => {
    if (q.trim() === (filters.q ?? '')) return;
    const t = setTimeout(() => onChange({ q: q.trim() }, true), 300);
    return () => clearTimeout(t);
  }, [q]);
  const select = (id: keyof Filters, label: string, options: [string, string][]) => (
    <div class="field">
      <label for={`filter-${id}`}>{label}</label>
      <select
        id={`filter-${id}`}
        value={filters[id] ?? ''}
        onChange={(e) => onChange({ [id]: e.currentTarget.value })}
      >
        <option value="">{t('all')}</option>
        {options.map(([value, text]) => (
          <option value={value}>{text}</option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      class="row"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ q: q.trim() });
      }}
    >
      <div class="field">
        <label for="search">{t('search')}</label>
        <input
          id="search"
          type="search"
          placeholder={t('searchPlaceholder')}
          value={q}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
      </div>
      {select('kind', t('kind'), [
        ['worker', t('workers')],
        ['employer', t('employerContacts')],
        ['partner', t('partnerContacts')],
      ])}
      {select('organization', t('organization'), [
        ...props.organizations.map((o): [string, string] => [o.id, o.name]),
        ['none', t('noOrganization')],
      ])}
      {select('language', t('language'), languageOptions(t.locale))}
      {select('consent', t('smsConsent'), [
        ['yes', t('consentGiven')],
        ['no', t('consentNotGiven')],
      ])}
      {select('optedOut', t('optedOut'), [
        ['sms', t('optedOutSms')],
        ['email', t('optedOutEmail')],
        ['any', t('optedOutAny')],
        ['none', t('optedOutNone')],
      ])}
    </form>
  );
}
