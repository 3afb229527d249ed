/** /api/users: staff accounts with their memberships, for admins; and a fresh invitation link. */
import { Hono } from 'hono';
import { authenticate, requireRole } from '../auth/guard.ts';
import { reinvite, wantsInvite } from '../auth/invites.ts';
import { deleteUser } from '../auth/users.ts';
import { readJson, type AppEnv } from '../http.ts';
import {
  createUser,
  createUserBody,
  inviteUser,
  listUsersWithMemberships,
  updateUser,
  updateUserBody,
} from './accounts.ts';

// Mounted at /api beside the auth routes, so each route authenticates itself: a `use` here would
// reach every /api path mounted after it.
export const staffRoutes = new Hono<AppEnv>()
  .get('/users', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    return c.json({ users: await listUsersWithMemberships(c.var.deps) });
  })
  .patch('/users/:id', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    const body = await readJson(c, updateUserBody);
    return c.json({ user: await updateUser(c.var.deps, c.req.param('id'), body) });
  })
  .delete('/users/:id', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    await deleteUser(c.var.deps, c.req.param('id'), c.var.user.id);
    return c.json({ ok: true });
  })
  .post('/users', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    const body = await readJson(c, createUserBody);
    if (wantsInvite(body)) return c.json(await inviteUser(c.var.deps, body, c.var.user.name), 201);
    return c.json({ user: await createUser(c.var.deps, body) }, 201);
  })
  .post('/users/:id/invite', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    return c.json({ invite: await reinvite(c.var.deps, c.req.param('id'), c.var.user.name) }, 201);
  });
