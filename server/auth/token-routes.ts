/**
 * /api/tokens: a signed-in user's API tokens (an admin's list holds everyone's, with the owner). Made
 * from a browser session only, shown once; revoked by their owner or an admin.
 */
import { Hono } from 'hono';
import { auditNow } from '../audit/audited.ts';
import { jsonBody, type AppContext, type AppEnv } from '../http.ts';
import { createApiTokenBody, type CreateApiTokenBody } from './contract.ts';
import { authenticate, sessionOnly } from './guard.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './tokens.ts';

/** A token for the signed-in user, and its entry: its name and expiry, never the token itself. */
export async function createAuditedToken(c: AppContext, body: CreateApiTokenBody) {
  const issued = await createApiToken(c.var.deps, c.var.user, body);
  await auditNow(c, {
    action: 'token.create',
    object: { kind: 'api_token', id: issued.id },
    detail: { name: issued.name, expiresAt: issued.expiresAt },
  });
  return issued;
}

export const tokenRoutes = new Hono<AppEnv>()
  .use(authenticate)
  .get('/', async (c) => c.json({ tokens: await listApiTokens(c.var.deps, c.var.user) }))
  .post('/', sessionOnly, jsonBody(createApiTokenBody), async (c) =>
    c.json(await createAuditedToken(c, c.req.valid('json')), 201),
  )
  .delete('/:id', async (c) => {
    await revokeApiToken(c.var.deps, c.var.user, c.req.param('id'));
    await auditNow(c, { action: 'token.revoke', object: { kind: 'api_token', id: c.req.param('id') } });
    return c.json({ ok: true });
  });
