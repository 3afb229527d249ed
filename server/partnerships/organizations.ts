/** Organizations in a partnership: employers, colleges, the board, community groups and others. */
import type { Deps } from '../deps.ts';
import type { OrganizationsTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { CreateOrganizationBody, Organization } from './contract.ts';

export function toOrganization(row: OrganizationsTable): Organization {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    name: row.name,
    kind: row.kind as Organization['kind'],
  };
}

export async function createOrganization(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  partnershipId: string,
  input: CreateOrganizationBody,
): Promise<Organization> {
  const clash = await deps.db
    .selectFrom('organizations')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('name', '=', input.name)
    .executeTakeFirst();
  if (clash) throw new AppError('CONFLICT', `An organization named "${input.name}" already exists here.`);
  const row: OrganizationsTable = {
    id: newId(deps.random),
    partnership_id: partnershipId,
    name: input.name,
    kind: input.kind,
    created_at: deps.clock.now().toISOString(),
  };
  await deps.db.insertInto('organizations').values(row).execute();
  return toOrganization(row);
}

export async function listOrganizations(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
): Promise<Organization[]> {
  const rows = await deps.db
    .selectFrom('organizations')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .orderBy('name')
    .execute();
  return rows.map(toOrganization);
}

/** Organizations' names by id, as a subquery a membership joins to in the same query (members.ts). */
export function organizationNames(deps: Pick<Deps, 'db'>) {
  return deps.db.selectFrom('organizations').select(['id', 'name']);
}

/** Which partnership each of these organizations belongs to; unknown ids are left out. */
export async function organizationPartnerships(
  deps: Pick<Deps, 'db'>,
  ids: string[],
): Promise<{ id: string; partnership_id: string }[]> {
  return deps.db
    .selectFrom('organizations')
    .select(['id', 'partnership_id'])
    .where('id', 'in', ids)
    .execute();
}
