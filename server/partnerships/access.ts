/**
 * Who reaches a partnership: the check on each of its requests, and the rules a membership must follow
 * to be granted. The memberships themselves are stored by members.ts.
 */
import type { MiddlewareHandler } from 'hono';
import type { Role } from '../auth/contract.ts';
import { requireRole } from '../auth/guard.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http.ts';
import type { Membership, Scope } from './contract.ts';
import { membershipOf, upsertMembership } from './members.ts';
import { organizationPartnerships } from './organizations.ts';
import { existingPartnershipIds } from './partnerships.ts';

/**
 * Admins reach every partnership; analysts and viewers only those they belong to. `write` shuts out
 * viewers. An unknown and a forbidden partnership answer alike, so ids cannot be probed.
 *
 * A viewer limited to one organization (an employer's staff) gets `reviews` access only: the
 * reviews, which they see cut to their organization next to the whole sector (reviews/scope.ts).
 * Contacts, campaigns and the rest of the partnership stay closed to them. The returned scope says
 * which organization; null means the whole partnership.
 */
export async function requirePartnership(
  c: { var: AppEnv['Variables'] },
  partnershipId: string,
  access: 'read' | 'write' | 'reviews',
): Promise<Scope | null> {
  const { user, deps } = c.var;
  if (access === 'write') requireRole(user, 'admin', 'analyst');
  if (user.role === 'admin') return null;
  const membership = await membershipOf(deps, user.id, partnershipId);
  if (!membership) throw new AppError('NOT_FOUND', 'No such partnership.');
  if (membership.scope && access !== 'reviews') {
    throw new AppError(
      'FORBIDDEN',
      `Your account sees only the reviews of this partnership, for ${membership.scope.organizationName}.`,
    );
  }
  return membership.scope;
}

type Scoped = AppEnv & { Variables: { scope: Scope | null } };

/**
 * The partnership check, as route middleware placed before the body's or the query's validator: the
 * handlers checked access before reading either, so a viewer's bad body answers 403 and an unknown
 * partnership 404, not 400. The member's scope is kept for the handler.
 */
export function partnershipAccess(access: 'read' | 'write' | 'reviews'): MiddlewareHandler<Scoped> {
  return async (c, next) => {
    // Every route it guards has the partnership's :id.
    c.set('scope', await requirePartnership(c, c.req.param('id')!, access));
    await next();
  };
}

/**
 * Refuses memberships that name an unknown partnership, an organization of another partnership, or
 * an organization limit on anyone but a viewer (an analyst changes things, so cannot be half in).
 */
export async function checkMemberships(deps: Pick<Deps, 'db'>, role: Role, list: Membership[]) {
  if (list.length === 0) return;
  const ids = list.map((m) => m.partnershipId);
  const found = await existingPartnershipIds(deps, ids);
  if (found.length !== ids.length) {
    throw new AppError('VALIDATION_FAILED', 'One of the partnerships does not exist.');
  }
  const limited = list.filter((m) => m.organizationId !== null);
  if (limited.length === 0) return;
  if (role !== 'viewer') {
    throw new AppError(
      'VALIDATION_FAILED',
      'Only a viewer can be limited to one organization; analysts and admins see the whole partnership.',
    );
  }
  const orgs = await organizationPartnerships(
    deps,
    limited.map((m) => m.organizationId!),
  );
  for (const m of limited) {
    if (!orgs.some((o) => o.id === m.organizationId && o.partnership_id === m.partnershipId)) {
      throw new AppError('VALIDATION_FAILED', 'That organization is not part of that partnership.');
    }
  }
}

/** Adds a membership, or changes its organization limit if the user is already a member. */
export async function addMembership(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: { id: string; role: Role },
  partnershipId: string,
  organizationId: string | null,
) {
  const m = { partnershipId, organizationId };
  await checkMemberships(deps, user.role, [m]);
  await upsertMembership(deps, user.id, m);
}
