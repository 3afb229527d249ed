/**
 * /api/tokens: a signed-in user's API tokens (an admin's list holds everyone's, with the owner). Made
 * from a browser session only, shown once; revoked by their owner or an admin.
 */
import { Hono } from 'hono';
import { readJson, type AppEnv } from '../http.ts';
import { authenticate, requireSession } from './guard.ts';
import { createApiToken, createApiTokenBody, listApiTokens, revokeApiToken } from './tokens.ts';

export const tokenRoutes = new Hono<AppEnv>()
  .use(authenticate)
  .get('/', async (c) => c.json({ tokens: await listApiTokens(c.var.deps, c.var.user) }))
  .post('/', async (c) => {
    requireSession(c.var.user);
    const body = await readJson(c, createApiTokenBody);
    return c.json(await createApiToken(c.var.deps, c.var.user, body), 201);
  })
  .delete('/:id', async (c) => {
    await revokeApiToken(c.var.deps, c.var.user, c.req.param('id'));
    return c.json({ ok: true });
  });
