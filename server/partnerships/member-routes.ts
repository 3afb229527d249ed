/**
 * /api/partnerships/:id/members: who belongs to a partnership, seen by its members; admins add and
 * remove them. Mounted beside the partnership routes.
 */
import { Hono } from 'hono';
import { requireRole, roleOnly, signedIn } from '../auth/guard.ts';
import { getUserRole } from '../auth/users.ts';
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
    await addMembership(c.var.deps, user, c.req.param('id'), organizationId);
    return c.json({ ok: true }, 201);
  })
  .delete('/:id/members/:userId', async (c) => {
    requireRole(c.var.user, 'admin');
    await getPartnership(c.var.deps, c.req.param('id'));
    await removeMembership(c.var.deps, c.req.param('userId'), c.req.param('id'));
    return c.json({ ok: true });
  });
