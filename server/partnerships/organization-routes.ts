/**
 * /api/partnerships/:id/organizations/:orgId: renaming an organization, changing its kind, and removing
 * it, with what removal would do said first (impact). Listing and adding stay in routes.ts.
 * Analysts may change organizations as they may add them; viewers never. Another partnership's
 * organization answers 404, as an unknown one does.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { audited, changes } from '../audit/audited.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { partnershipAccess } from './access.ts';
import { updateOrganizationBody } from './contract.ts';
import {
  getOrganization,
  organizationImpact,
  removeOrganization,
  updateOrganization,
} from './organizations.ts';
import { getPartnership } from './partnerships.ts';

/** After the access check and before a body is read: an unknown partnership or organization is a 404. */
const organizationFound: MiddlewareHandler<AppEnv> = async (c, next) => {
  await getPartnership(c.var.deps, c.req.param('id')!);
  await getOrganization(c.var.deps, c.req.param('id')!, c.req.param('orgId')!);
  await next();
};

export const organizationRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/organizations/:orgId/impact', partnershipAccess('write'), organizationFound, async (c) =>
    c.json({ impact: await organizationImpact(c.var.deps, c.req.param('id'), c.req.param('orgId')) }),
  )
  .patch(
    '/:id/organizations/:orgId',
    partnershipAccess('write'),
    organizationFound,
    jsonBody(updateOrganizationBody),
    async (c) => {
      const { id, orgId } = c.req.param();
      const body = c.req.valid('json');
      const before = await getOrganization(c.var.deps, id, orgId);
      const what = {
        action: 'organization.update',
        object: { kind: 'organization', id: orgId },
        partnershipId: id,
        detail: changes(before, body),
      };
      const organization = await audited(c, what, (deps) => updateOrganization(deps, id, orgId, body));
      return c.json({ organization });
    },
  )
  .delete('/:id/organizations/:orgId', partnershipAccess('write'), organizationFound, async (c) => {
    const { id, orgId } = c.req.param();
    const byAdmin = c.var.user.role === 'admin';
    const { name } = await getOrganization(c.var.deps, id, orgId);
    const what = {
      action: 'organization.remove',
      object: { kind: 'organization', id: orgId },
      partnershipId: id,
      detail: { name },
    };
    return c.json({
      removed: await audited(c, what, (deps) => removeOrganization(deps, id, orgId, byAdmin)),
    });
  });
