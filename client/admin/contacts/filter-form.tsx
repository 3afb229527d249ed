// The list's search and filters. Typing searches after a pause and replaces the address (one history
// entry per search, not per key); a filter chosen is a new entry, so back undoes it.
import { useEffect, useState } from 'preact/hooks';
import type { Organization } from '../../../server/partnerships/contract.ts';
import type { Filters } from './filters.ts';
import { languageOptions } from './language-label.ts';

export function FilterForm(props: {
  filters: Filters;
  organizations: Organization[];
  onChange: (changes: Filters, replace?: boolean) => void;
}) {
  const { filters, onChange } = props;
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
        <option value="">All</option>
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
        <label for="search">Search</label>
        <input
          id="search"
          type="search"
          placeholder="Name, email or phone"
          value={q}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
      </div>
      {select('kind', 'Kind', [
        ['worker', 'Workers'],
        ['employer', 'Employer contacts'],
        ['partner', 'Partner contacts'],
      ])}
      {select('organization', 'Organization', [
        ...props.organizations.map((o): [string, string] => [o.id, o.name]),
        ['none', 'No organization'],
      ])}
      {select('language', 'Language', languageOptions)}
      {select('consent', 'SMS consent', [
        ['yes', 'Given'],
        ['no', 'Not given'],
      ])}
      {select('optedOut', 'Opted out', [
        ['sms', 'Of texts (STOP)'],
        ['email', 'Of email'],
        ['any', 'Of either'],
        ['none', 'Of neither'],
      ])}
    </form>
  );
}
