/**
 * Organizations in a partnership: employers, colleges, the board, community groups and others.
 * Removing one keeps its row, marked removed: responses' groups name organizations by id, so past
 * reviews go on showing its name, while lists, pickers and imports no longer offer it.
 */
import type { Deps } from '../deps.ts';
import type { OrganizationsTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { contactsLeaveOrganization, countContactsOfOrganization } from './contacts/of-organization.ts';
import type {
  CreateOrganizationBody,
  Organization,
  OrganizationImpact,
  UpdateOrganizationBody,
} from './contract.ts';
import { listMembers, organizationMembershipsDelete } from './members.ts';

export function toOrganization(row: OrganizationsTable): Organization {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    name: row.name,
    kind: row.kind as Organization['kind'],
  };
}

/**
 * Runs a write that may meet the (partnership_id, name) unique index: two people naming organizations
 * at once both pass the check before it, and the loser gets the same 409 the check gives.
 */
async function uniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (/UNIQUE constraint failed/i.test(String(err))) {
      throw new AppError('CONFLICT', `An organization named "${name}" already exists here.`);
    }
    throw err;
  }
}

const namedIn = (deps: Pick<Deps, 'db'>, partnershipId: string, name: string) =>
  deps.db
    .selectFrom('organizations')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('name', '=', name)
    .executeTakeFirst();

/**
 * Adds an organization. A name that a removed organization had brings that one back (with the kind
 * given): names are unique in a partnership, removed ones included, and the same name is the same
 * organization to the people reading its reviews. Its contacts and members stay released.
 */
export async function createOrganization(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  partnershipId: string,
  input: CreateOrganizationBody,
): Promise<Organization> {
  const clash = await namedIn(deps, partnershipId, input.name);
  if (clash?.removed_at) {
    await deps.db
      .updateTable('organizations')
      .set({ removed_at: null, kind: input.kind })
      .where('id', '=', clash.id)
      .execute();
    return toOrganization({ ...clash, kind: input.kind, removed_at: null });
  }
  if (clash) throw new AppError('CONFLICT', `An organization named "${input.name}" already exists here.`);
  const row: OrganizationsTable = {
    id: newId(deps.random),
    partnership_id: partnershipId,
    name: input.name,
    kind: input.kind,
    created_at: deps.clock.now().toISOString(),
    removed_at: null,
  };
  await uniqueName(input.name, () => deps.db.insertInto('organizations').values(row).execute());
  return toOrganization(row);
}

/** The partnership's organizations that are not removed, by name. */
export async function listOrganizations(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
): Promise<Organization[]> {
  const rows = await deps.db
    .selectFrom('organizations')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('removed_at', 'is', null)
    .orderBy('name')
    .execute();
  return rows.map(toOrganization);
}

/** Every organization's name by id, removed ones included, for reviews whose groups name them. */
export async function organizationLabels(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
): Promise<Map<string, string>> {
  const rows = await deps.db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('partnership_id', '=', partnershipId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** An organization of this partnership that is not removed; another partnership's answers alike 404. */
export async function getOrganization(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  id: string,
): Promise<Organization> {
  const row = await deps.db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', id)
    .where('partnership_id', '=', partnershipId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such organization in this partnership.');
  return toOrganization(row);
}

/** Renames an organization or changes its kind; a name another organization has (or had) is refused. */
export async function updateOrganization(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  id: string,
  input: UpdateOrganizationBody,
): Promise<Organization> {
  const current = await getOrganization(deps, partnershipId, id);
  if (input.name !== undefined && input.name !== current.name) {
    const clash = await namedIn(deps, partnershipId, input.name);
    if (clash) {
      throw new AppError(
        'CONFLICT',
        clash.removed_at
          ? `A removed organization was named "${input.name}"; add it again to bring it back.`
          : `An organization named "${input.name}" already exists here.`,
      );
    }
  }
  await uniqueName(input.name ?? current.name, () =>
    deps.db
      .updateTable('organizations')
      .set({ name: input.name ?? current.name, kind: input.kind ?? current.kind })
      .where('id', '=', id)
      .execute(),
  );
  return { ...current, ...input };
}

/** What removing the organization would do, read before it is done (and by the removal itself). */
export async function organizationImpact(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  id: string,
): Promise<OrganizationImpact> {
  const organization = await getOrganization(deps, partnershipId, id);
  const members = (await listMembers(deps, partnershipId))
    .filter((m) => m.organizationId === id)
    .map((m) => ({ id: m.id, name: m.name, email: m.email }));
  return {
    organization,
    contacts: await countContactsOfOrganization(deps, partnershipId, id),
    members,
    adminOnly: members.length > 0,
  };
}

/**
 * Removes an organization in one atomic write: marked removed, its contacts released, the employer
 * memberships limited to it ended. `byAdmin` false (an analyst) is refused while such members remain,
 * since ending someone's access is an admin's call (members are managed by admins only).
 */
export async function removeOrganization(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock'>,
  partnershipId: string,
  id: string,
  byAdmin: boolean,
): Promise<OrganizationImpact> {
  const impact = await organizationImpact(deps, partnershipId, id);
  if (impact.adminOnly && !byAdmin) {
    throw new AppError(
      'FORBIDDEN',
      `${impact.members.length} employer account(s) see this organization's reviews; only an admin can remove it and end their access.`,
    );
  }
  await deps.atomic([
    deps.db
      .updateTable('organizations')
      .set({ removed_at: deps.clock.now().toISOString() })
      .where('id', '=', id)
      .where('removed_at', 'is', null),
    contactsLeaveOrganization(deps, partnershipId, id),
    organizationMembershipsDelete(deps, id),
  ]);
  return impact;
}

/** Organizations' names by id, as a subquery a membership joins to in the same query (members.ts). */
export function organizationNames(deps: Pick<Deps, 'db'>) {
  return deps.db.selectFrom('organizations').select(['id', 'name']);
}

/** Which partnership each of these organizations belongs to; unknown and removed ids are left out. */
export async function organizationPartnerships(
  deps: Pick<Deps, 'db'>,
  ids: string[],
): Promise<{ id: string; partnership_id: string }[]> {
  return deps.db
    .selectFrom('organizations')
    .select(['id', 'partnership_id'])
    .where('id', 'in', ids)
    .where('removed_at', 'is', null)
    .execute();
}
