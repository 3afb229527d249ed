// The list's search, filters and page live in the address, so back, forward, reload and a shared link
// all show the same list; the server does the searching (GET .../contacts).
import type { ContactQuery } from '../../../server/partnerships/contract.ts';

export const filterNames = ['q', 'kind', 'organization', 'language', 'consent', 'optedOut', 'page'] as const;
export type Filters = Partial<Record<(typeof filterNames)[number], string>>;

export function filtersOf(query: URLSearchParams): Filters {
  const out: Filters = {};
  for (const name of filterNames) {
    const v = query.get(name)?.trim();
    if (v) out[name] = v;
  }
  return out;
}

/** The address of the list with `changes` applied; any change but the page starts again at page 1. */
export function listHref(current: Filters, changes: Filters): string {
  const next: Filters = { ...current, ...changes };
  if (!('page' in changes)) delete next.page;
  if (next.page === '1') delete next.page;
  const params = new URLSearchParams();
  for (const name of filterNames) if (next[name]) params.set(name, next[name]!);
  const s = params.toString();
  return `/admin/contacts${s ? `?${s}` : ''}`;
}

/** The API's query for these filters (the API checks them again; a hand-edited address gets its message). */
export function apiQuery(f: Filters): Record<string, string> {
  const q: Record<string, string> = { limit: '50' };
  for (const name of filterNames) if (f[name]) q[name] = f[name]!;
  return q;
}

export type { ContactQuery };
