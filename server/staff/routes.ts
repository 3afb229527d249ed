/** /api/users: staff accounts with their memberships, for admins; and a fresh invitation link. */
import { Hono } from 'hono';
import { authenticate, requireRole, roleOnly } from '../auth/guard.ts';
import { reinvite, wantsInvite } from '../auth/invites.ts';
import { deleteUser, getUser } from '../auth/users.ts';
import { audited, auditNow, changes } from '../audit/audited.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { createUser, inviteUser, listUsersWithMemberships, updateUser } from './accounts.ts';
import { createUserBody, updateUserBody, type AddedAccount, type StaffAccount } from './contract.ts';

/** What an entry says of an account: its name, role and partnerships (an account's email is its actor name). */
const accountFacts = (a: StaffAccount) => ({
  name: a.name,
  role: a.role,
  memberships: a.memberships.map((m) =>
    m.organizationId ? `${m.partnershipId}/${m.organizationId}` : m.partnershipId,
  ),
});

// Mounted at /api beside the auth routes, so each route authenticates itself: a `use` here would
// reach every /api path mounted after it.
export const staffRoutes = new Hono<AppEnv>()
  .get('/users', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    return c.json({ users: await listUsersWithMemberships(c.var.deps) });
  })
  .patch('/users/:id', authenticate, roleOnly('admin'), jsonBody(updateUserBody), async (c) => {
    const id = c.req.param('id');
    const before = (await listUsersWithMemberships(c.var.deps)).find((u) => u.id === id);
    const user = await updateUser(c.var.deps, id, c.req.valid('json'));
    const detail = before ? changes(accountFacts(before), accountFacts(user)) : {};
    await auditNow(c, { action: 'user.update', object: { kind: 'user', id }, detail });
    return c.json({ user });
  })
  .delete('/users/:id', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    const id = c.req.param('id');
    const { role } = await getUser(c.var.deps, id);
    await audited(c, { action: 'user.delete', object: { kind: 'user', id }, detail: { role } }, (deps) =>
      deleteUser(deps, id, c.var.user.id),
    );
    return c.json({ ok: true });
  })
  .post('/users', authenticate, roleOnly('admin'), jsonBody(createUserBody), async (c) => {
    const body = c.req.valid('json');
    const added: AddedAccount = wantsInvite(body)
      ? await inviteUser(c.var.deps, body, c.var.user.name)
      : { user: await createUser(c.var.deps, body) };
    const partnerships = body.memberships?.map((m) => m.partnershipId) ?? body.partnershipIds ?? [];
    await auditNow(c, {
      action: 'user.create',
      object: { kind: 'user', id: added.user.id },
      detail: { role: added.user.role, invited: Boolean(added.invite), partnerships },
    });
    return c.json(added, 201);
  })
  .post('/users/:id/invite', authenticate, async (c) => {
    requireRole(c.var.user, 'admin');
    const id = c.req.param('id');
    const what = { action: 'user.invite', object: { kind: 'user', id } };
    return c.json({ invite: await audited(c, what, (deps) => reinvite(deps, id, c.var.user.name)) }, 201);
  });
