/**
 * Memberships: which partnerships an analyst or viewer works in, and for an employer's viewer the
 * one organization whose figures they may see next to the whole sector's. Queries for the
 * memberships table live here; the rules a new membership must follow are in access.ts.
 */
import { accounts } from '../auth/users.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { Member, Membership, MembershipInput, Scope } from './contract.ts';
import { organizationNames } from './organizations.ts';

/** The memberships a request body asks for: `memberships`, or the older `partnershipIds` list. */
export function requestedMemberships(body: {
  partnershipIds?: string[];
  memberships?: MembershipInput[];
}): Membership[] | null {
  if (body.partnershipIds && body.memberships) {
    throw new AppError('VALIDATION_FAILED', 'Give partnershipIds or memberships, not both.');
  }
  const list =
    body.memberships ??
    body.partnershipIds?.map((partnershipId) => ({ partnershipId, organizationId: null }));
  if (!list) return null;
  const byPartnership = new Map<string, Membership>();
  for (const m of list) {
    if (byPartnership.has(m.partnershipId)) {
      throw new AppError('VALIDATION_FAILED', 'Each partnership may appear once in memberships.');
    }
    byPartnership.set(m.partnershipId, {
      partnershipId: m.partnershipId,
      organizationId: m.organizationId ?? null,
    });
  }
  return [...byPartnership.values()];
}

function membershipRows(userId: string, list: Membership[], now: string) {
  return list.map((m) => ({
    user_id: userId,
    partnership_id: m.partnershipId,
    organization_id: m.organizationId,
    created_at: now,
  }));
}

/** The statements that give a new or changed account these memberships, for the caller's atomic write. */
export function membershipInserts(deps: Pick<Deps, 'db'>, userId: string, list: Membership[], now: string) {
  return membershipRows(userId, list, now).map((m) => deps.db.insertInto('memberships').values(m));
}

/** The statement that takes every membership from an account, before `membershipInserts` gives new ones. */
export function membershipsDelete(deps: Pick<Deps, 'db'>, userId: string) {
  return deps.db.deleteFrom('memberships').where('user_id', '=', userId);
}

/**
 * The statement that ends the memberships limited to an organization being removed, for the caller's
 * atomic write: removal keeps the organization's row, so memberships.organization_id's ON DELETE
 * CASCADE never runs, and nulling the limit would widen an employer's view to the whole partnership.
 */
export function organizationMembershipsDelete(deps: Pick<Deps, 'db'>, organizationId: string) {
  return deps.db.deleteFrom('memberships').where('organization_id', '=', organizationId);
}

/** The partnerships a user belongs to, as a subquery a list of partnerships joins to in one query. */
export function memberPartnershipIds(deps: Pick<Deps, 'db'>, userId: string) {
  return deps.db.selectFrom('memberships').select('partnership_id').where('user_id', '=', userId);
}

export async function membershipsByUser(deps: Pick<Deps, 'db'>): Promise<Map<string, Membership[]>> {
  const rows = await deps.db
    .selectFrom('memberships')
    .select(['user_id', 'partnership_id', 'organization_id'])
    .orderBy('partnership_id')
    .execute();
  const out = new Map<string, Membership[]>();
  for (const r of rows) {
    const list = out.get(r.user_id) ?? [];
    list.push({ partnershipId: r.partnership_id, organizationId: r.organization_id });
    out.set(r.user_id, list);
  }
  return out;
}

/** A user's membership of one partnership, with the organization's name if limited; null if none. */
export async function membershipOf(
  deps: Pick<Deps, 'db'>,
  userId: string,
  partnershipId: string,
): Promise<{ scope: Scope | null } | null> {
  const row = await deps.db
    .selectFrom('memberships')
    .leftJoin(organizationNames(deps).as('organization'), 'organization.id', 'memberships.organization_id')
    .select(['memberships.organization_id', 'organization.name'])
    .where('memberships.user_id', '=', userId)
    .where('memberships.partnership_id', '=', partnershipId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    scope: row.organization_id
      ? { organizationId: row.organization_id, organizationName: row.name ?? '' }
      : null,
  };
}

/** The organization limits of one user, by partnership (absent: the whole partnership). */
export async function scopesOf(deps: Pick<Deps, 'db'>, userId: string): Promise<Map<string, Scope>> {
  const rows = await deps.db
    .selectFrom('memberships')
    .innerJoin(organizationNames(deps).as('organization'), 'organization.id', 'memberships.organization_id')
    .select(['memberships.partnership_id', 'memberships.organization_id', 'organization.name'])
    .where('memberships.user_id', '=', userId)
    .execute();
  return new Map(
    rows.map((r) => [r.partnership_id, { organizationId: r.organization_id!, organizationName: r.name }]),
  );
}

/**
 * Adds a membership, or changes its organization limit if the user is already a member. Checked
 * first by access.ts's addMembership.
 */
export async function upsertMembership(deps: Pick<Deps, 'db' | 'clock'>, userId: string, m: Membership) {
  const [row] = membershipRows(userId, [m], deps.clock.now().toISOString());
  await deps.db
    .insertInto('memberships')
    .values(row!)
    .onConflict((oc) =>
      oc.columns(['user_id', 'partnership_id']).doUpdateSet({ organization_id: m.organizationId }),
    )
    .execute();
}

export async function removeMembership(deps: Pick<Deps, 'db'>, userId: string, partnershipId: string) {
  const result = await deps.db
    .deleteFrom('memberships')
    .where('user_id', '=', userId)
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) {
    throw new AppError('NOT_FOUND', 'That user is not a member of this partnership.');
  }
}

/** The staff who belong to a partnership (admins reach it too, without a membership). */
export async function listMembers(deps: Pick<Deps, 'db'>, partnershipId: string): Promise<Member[]> {
  const rows = await deps.db
    .selectFrom('memberships')
    .innerJoin(accounts(deps).as('account'), 'account.id', 'memberships.user_id')
    .leftJoin(organizationNames(deps).as('organization'), 'organization.id', 'memberships.organization_id')
    .select([
      'account.id',
      'account.email',
      'account.name',
      'account.role',
      'account.created_at',
      'memberships.organization_id',
      'organization.name as organization_name',
    ])
    .where('memberships.partnership_id', '=', partnershipId)
    .orderBy('account.email')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    createdAt: r.created_at,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
  }));
}

/** The ids of a partnership's members. */
export async function memberUserIds(deps: Pick<Deps, 'db'>, partnershipId: string): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('memberships')
    .select('user_id')
    .where('partnership_id', '=', partnershipId)
    .execute();
  return rows.map((r) => r.user_id);
}
