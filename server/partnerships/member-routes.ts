/**
 * /api/partnerships/:id/members: who belongs to a partnership, seen by its members; admins add and
 * remove them. Mounted beside the partnership routes.
 */
import { Hono } from 'hono';
import { requireRole, roleOnly, signedIn } from '../auth/guard.ts';
import { getUserRole } from '../auth/users.ts';
import { audited } from '../audit/audited.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { addMembership, requirePartnership } from './access.ts';
import { memberBody } from './contract.ts';
import { listMembers, removeMembership } from './members.ts';
import { getPartnership } from './partnerships.ts';

export const memberRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/members', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'read');
    return c.json({ members: await listMembers(c.var.deps, c.req.param('id')) });
  })
  .post('/:id/members', roleOnly('admin'), jsonBody(memberBody), async (c) => {
    const { userId, organizationId } = c.req.valid('json');
    await getPartnership(c.var.deps, c.req.param('id'));
    const user = await getUserRole(c.var.deps, userId);
    const partnershipId = c.req.param('id');
    const what = {
      action: 'membership.add',
      object: { kind: 'user', id: user.id },
      partnershipId,
      detail: { role: user.role, organizationId: organizationId ?? null },
    };
    await audited(c, what, (deps) => addMembership(deps, user, partnershipId, organizationId));
    return c.json({ ok: true }, 201);
  })
  .delete('/:id/members/:userId', async (c) => {
    requireRole(c.var.user, 'admin');
    await getPartnership(c.var.deps, c.req.param('id'));
    const [userId, partnershipId] = [c.req.param('userId'), c.req.param('id')];
    const what = { action: 'membership.remove', object: { kind: 'user', id: userId }, partnershipId };
    await audited(c, what, (deps) => removeMembership(deps, userId, partnershipId));
    return c.json({ ok: true });
  });
