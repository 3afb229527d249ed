/**
 * /api/tokens: a signed-in user's API tokens (an admin's list holds everyone's, with the owner). Made
 * from a browser session only, shown once; revoked by their owner or an admin.
 */
import { Hono } from 'hono';
import { jsonBody, type AppEnv } from '../http.ts';
import { createApiTokenBody } from './contract.ts';
import { authenticate, sessionOnly } from './guard.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './tokens.ts';

export const tokenRoutes = new Hono<AppEnv>()
  .use(authenticate)
  .get('/', async (c) => c.json({ tokens: await listApiTokens(c.var.deps, c.var.user) }))
  .post('/', sessionOnly, jsonBody(createApiTokenBody), async (c) =>
    c.json(await createApiToken(c.var.deps, c.var.user, c.req.valid('json')), 201),
  )
  .delete('/:id', async (c) => {
    await revokeApiToken(c.var.deps, c.var.user, c.req.param('id'));
    return c.json({ ok: true });
  });
