// The organizations of the partnerships a form or list needs, each loaded once when first asked for
// (a viewer's organization is chosen from its partnership's organizations).
import { useRef } from 'preact/hooks';
import type { Organization } from '../../../server/partnerships/contract.ts';
import { ApiError, read, server } from '../api.ts';
import { useApi } from '../use-api.ts';

export type OrganizationsOf = Record<string, Organization[] | ApiError | undefined>;

export function useOrganizations(partnershipIds: string[]): OrganizationsOf {
  // Every list asked for so far, kept across changes of the wanted set so none is loaded twice.
  const known = useRef<OrganizationsOf>({});
  const wanted = [...new Set(partnershipIds)].sort().join(',');
  const loaded = useApi(wanted || null, async (ids): Promise<OrganizationsOf> => {
    await Promise.all(
      ids
        .split(',')
        .filter((id) => known.current[id] === undefined)
        .map(async (id) => {
          // One partnership's failure is shown beside that partnership, not for the whole form.
          known.current[id] = await read(server.api.partnerships[':id'].organizations.$get({ param: { id } }))
            .then(({ organizations }) => organizations)
            .catch((e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'ERROR', String(e))));
        }),
    );
    return { ...known.current };
  });
  // While a newly wanted list loads, the lists already known stay on screen.
  return loaded.data ?? known.current;
}

/** The name of an organization if its partnership's list is loaded. */
export function organizationName(orgs: OrganizationsOf, partnershipId: string, organizationId: string) {
  const list = orgs[partnershipId];
  return Array.isArray(list) ? list.find((o) => o.id === organizationId)?.name : undefined;
}
