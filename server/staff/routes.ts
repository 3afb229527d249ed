/** /api/users: staff accounts with their memberships, for admins; and a fresh invitation link. */
import { Hono } from 'hono';
import { authenticate, requireRole, roleOnly } from '../auth/guard.ts';
import { reinvite, wantsInvite } from '../auth/invites.ts';
import { deleteUser } from '../auth/users.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { createUser, inviteUser, listUsersWithMemberships, updateUser } from './accounts.ts';
import { createUserBody, updateUserBody, type AddedAccount } from './contract.ts';

// Mounted at /api beside the auth routes, so each route authenticates itself: a `use` here would
// reach every /api path mounted after it.
export const staffRoutes = new Hono<AppEnv>()
  .get('/users', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    return c.json({ users: await listUsersWithMemberships(c.var.deps) });
  })
  .patch('/users/:id', authenticate, roleOnly('admin'), jsonBody(updateUserBody), async (c) =>
    c.json({ user: await updateUser(c.var.deps, c.req.param('id'), c.req.valid('json')) }),
  )
  .delete('/users/:id', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    await deleteUser(c.var.deps, c.req.param('id'), c.var.user.id);
    return c.json({ ok: true });
  })
  .post('/users', authenticate, roleOnly('admin'), jsonBody(createUserBody), async (c) => {
    const body = c.req.valid('json');
    const added: AddedAccount = wantsInvite(body)
      ? await inviteUser(c.var.deps, body, c.var.user.name)
      : { user: await createUser(c.var.deps, body) };
    return c.json(added, 201);
  })
  .post('/users/:id/invite', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    return c.json({ invite: await reinvite(c.var.deps, c.req.param('id'), c.var.user.name) }, 201);
  });
