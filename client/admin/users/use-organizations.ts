// The organizations of the partnerships a form or list needs, each loaded once when first asked for
// (a viewer's organization is chosen from its partnership's organizations).
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api.ts';
import type { Organization } from '../partnership/organizations.tsx';

export type OrganizationsOf = Record<string, Organization[] | ApiError | undefined>;

export function useOrganizations(partnershipIds: string[]): OrganizationsOf {
  const [byId, setById] = useState<OrganizationsOf>({});
  const wanted = [...new Set(partnershipIds)].sort().join(',');
  useEffect(() => {
    let live = true;
    for (const id of wanted ? wanted.split(',') : []) {
      if (byId[id] !== undefined) continue;
      api
        .get<{ organizations: Organization[] }>(`/api/partnerships/${id}/organizations`)
        .then(({ organizations }) => organizations)
        .catch((e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'ERROR', String(e))))
        .then((result) => live && setById((s) => ({ ...s, [id]: result })));
    }
    return () => void (live = false);
  }, [wanted]);
  return byId;
}

/** The name of an organization if its partnership's list is loaded. */
export function organizationName(orgs: OrganizationsOf, partnershipId: string, organizationId: string) {
  const list = orgs[partnershipId];
  return Array.isArray(list) ? list.find((o) => o.id === organizationId)?.name : undefined;
}
