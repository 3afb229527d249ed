/**
 * /api/partnerships/:id/contacts: the list a page at a time, adding, reading and correcting one
 * contact. Deleting and erasing reach invitations and messages, so they are served by
 * distribution/contact-removal-routes.ts; the CSV import stays with the partnership's routes.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { AppError } from '../errors.ts';
import { audited, auditNow } from '../audit/audited.ts';
import { jsonBody, queryOf, type AppEnv } from '../http.ts';
import { partnershipAccess } from './access.ts';
import { getContact, updateContact } from './contacts/edit.ts';
import { pageOfContacts } from './contacts/list.ts';
import { addContacts } from './contacts/people.ts';
import { addContactsBody, contactQuery, updateContactBody } from './contract.ts';
import { getPartnership } from './partnerships.ts';

/** An unknown partnership answers 404 before the body or query is read (an admin passes the access check). */
export const partnershipFound: MiddlewareHandler<AppEnv> = async (c, next) => {
  await getPartnership(c.var.deps, c.req.param('id')!);
  await next();
};

export const contactRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/contacts', partnershipAccess('read'), partnershipFound, queryOf(contactQuery), async (c) =>
    c.json(await pageOfContacts(c.var.deps, c.req.param('id'), c.req.valid('query'))),
  )
  .post(
    '/:id/contacts',
    partnershipAccess('write'),
    partnershipFound,
    jsonBody(addContactsBody),
    async (c) => {
      const report = await addContacts(c.var.deps, c.req.param('id'), c.req.valid('json'), {
        defaultCountry: c.var.deps.config.defaultCountry,
      });
      if (report.created.length === 0 && report.rejected.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          'No contact was added; see details for each item.',
          report.rejected,
        );
      }
      // Counts only, as for an import.
      const detail = { created: report.created.length, rejected: report.rejected.length };
      await auditNow(c, { action: 'contact.add', partnershipId: c.req.param('id'), detail });
      return c.json(report, 201);
    },
  )
  .get('/:id/contacts/:contactId', partnershipAccess('read'), partnershipFound, async (c) =>
    c.json({ contact: await getContact(c.var.deps, c.req.param('id'), c.req.param('contactId')) }),
  )
  .patch(
    '/:id/contacts/:contactId',
    partnershipAccess('write'),
    partnershipFound,
    jsonBody(updateContactBody),
    async (c) => {
      const { id, contactId } = c.req.param();
      const body = c.req.valid('json');
      // Which fields were sent, never their values: the contact's id finds the record.
      const what = {
        action: 'contact.edit',
        object: { kind: 'contact', id: contactId },
        partnershipId: id,
        detail: { fields: Object.keys(body) },
      };
      const country = c.var.deps.config.defaultCountry;
      return c.json(await audited(c, what, (deps) => updateContact(deps, id, contactId, body, country)));
    },
  );
