/**
 * /api/partnerships/:id/contacts: deleting one contact and the actions on a selection (delete, set
 * organization). Each is all or nothing, and a selection naming any contact outside the partnership
 * changes nothing (404, naming none).
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { audited } from '../audit/audited.ts';
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
    const what = { action: 'contact.erase', object: { kind: 'contact', id: contactId }, partnershipId: id };
    return c.json({ removal: await audited(c, what, (deps) => removeContacts(deps, id, [contactId])) });
  })
  .post(
    '/:id/contacts/bulk',
    partnershipAccess('write'),
    partnershipFound,
    jsonBody(bulkContactsBody),
    async (c) => {
      const body = c.req.valid('json');
      const id = c.req.param('id');
      // The contacts' ids only, as for one.
      const detail = { count: body.ids.length, contactIds: body.ids };
      if (body.action === 'delete') {
        const what = { action: 'contact.erase', partnershipId: id, detail };
        return c.json({ removal: await audited(c, what, (deps) => removeContacts(deps, id, body.ids)) });
      }
      const what = {
        action: 'contact.organization',
        partnershipId: id,
        detail: { ...detail, organizationId: body.organizationId },
      };
      return c.json({
        updated: await audited(c, what, (deps) => setOrganizationOf(deps, id, body.ids, body.organizationId)),
      });
    },
  );
