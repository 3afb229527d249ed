/**
 * /api/partnerships/:id/contacts: deleting one contact and the actions on a selection (delete, set
 * organization). Each is all or nothing, and a selection naming any contact outside the partnership
 * changes nothing (404, naming none).
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { partnershipAccess } from '../partnerships/access.ts';
import { partnershipFound } from '../partnerships/contact-routes.ts';
import { setOrganizationOf } from '../partnerships/contacts/removal.ts';
import { bulkContactsBody } from '../partnerships/contract.ts';
import { removeContacts } from './contact-removal.ts';

export const contactRemovalRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .delete('/:id/contacts/:contactId', partnershipAccess('write'), partnershipFound, async (c) => {
    const { id, contactId } = c.req.param();
    return c.json({ removal: await removeContacts(c.var.deps, id, [contactId]) });
  })
  .post('/:id/contacts/bulk', partnershipAccess('write'), partnershipFound, jsonBody(bulkContactsBody), async (c) => {
    const body = c.req.valid('json');
    const id = c.req.param('id');
    if (body.action === 'delete') return c.json({ removal: await removeContacts(c.var.deps, id, body.ids) });
    return c.json({ updated: await setOrganizationOf(c.var.deps, id, body.ids, body.organizationId) });
  });
