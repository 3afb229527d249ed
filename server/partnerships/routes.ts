/**
 * /api/partnerships: partnerships, their organizations, contacts' import and audience. Their members
 * (member-routes.ts), contacts (contact-routes.ts), campaigns (campaigns/partnership-campaigns.ts) and reviews are served by
 * sub-apps mounted beside this one.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { authenticate, roleOnly } from '../auth/guard.ts';
import { AppError } from '../errors.ts';
import { jsonBody, queryOf, type AppEnv } from '../http.ts';
import { partnershipAccess, requirePartnership } from './access.ts';
import { countAudience } from './audience.ts';
import {
  audienceQuery,
  createOrganizationBody,
  createPartnershipBody,
  updatePartnershipBody,
} from './contract.ts';
import { importQuery } from './import-contract.ts';
import { importContacts } from './import.ts';
import { readCsvBody } from './import-request.ts';
import { scopesOf } from './members.ts';
import { createOrganization, listOrganizations } from './organizations.ts';
import { createPartnership, getPartnership, listPartnerships, updatePartnership } from './partnerships.ts';

/** An unknown partnership answers 404 before its query is read (an admin passes the access check). */
const partnershipFound: MiddlewareHandler<AppEnv> = async (c, next) => {
  await getPartnership(c.var.deps, c.req.param('id')!);
  await next();
};

export const partnershipRoutes = new Hono<AppEnv>()
  .use(authenticate)
  .get('/', async (c) => {
    const scopes = await scopesOf(c.var.deps, c.var.user.id);
    const partnerships = await listPartnerships(c.var.deps, c.var.user);
    return c.json({ partnerships: partnerships.map((p) => ({ ...p, scope: scopes.get(p.id) ?? null })) });
  })
  .post('/', roleOnly('admin'), jsonBody(createPartnershipBody), async (c) => {
    const body = c.req.valid('json');
    return c.json({ partnership: await createPartnership(c.var.deps, body) }, 201);
  })
  .get('/:id', async (c) => {
    const scope = await requirePartnership(c, c.req.param('id'), 'reviews');
    return c.json({ partnership: { ...(await getPartnership(c.var.deps, c.req.param('id'))), scope } });
  })
  .patch('/:id', roleOnly('admin'), jsonBody(updatePartnershipBody), async (c) => {
    const body = c.req.valid('json');
    await getPartnership(c.var.deps, c.req.param('id'));
    return c.json({ partnership: await updatePartnership(c.var.deps, c.req.param('id'), body) });
  })
  .get('/:id/organizations', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'read');
    return c.json({ organizations: await listOrganizations(c.var.deps, c.req.param('id')) });
  })
  .post('/:id/organizations', partnershipAccess('write'), jsonBody(createOrganizationBody), async (c) => {
    const body = c.req.valid('json');
    await getPartnership(c.var.deps, c.req.param('id'));
    return c.json({ organization: await createOrganization(c.var.deps, c.req.param('id'), body) }, 201);
  })
  .post(
    '/:id/contacts/import',
    partnershipAccess('write'),
    partnershipFound,
    queryOf(importQuery),
    async (c) => {
      const { dryRun, kind, mapping, preview } = c.req.valid('query');
      // The body is the file's own bytes (text/csv), read here so a file that is not UTF-8 is refused.
      const file = await readCsvBody(c);
      const options = { dryRun, defaultKind: kind, mapping, previewRows: preview };
      const report = await importContacts(c.var.deps, c.req.param('id'), file, options);
      const s = report.summary;
      if (!dryRun && s.created + s.updated + s.unchanged === 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          'No row could be imported; see details for each row.',
          report.rejected,
        );
      }
      return c.json(report, dryRun ? 200 : 201);
    },
  )
  .get('/:id/audience', partnershipAccess('read'), queryOf(audienceQuery), async (c) => {
    const { channels, ...audience } = c.req.valid('query');
    await getPartnership(c.var.deps, c.req.param('id'));
    return c.json(await countAudience(c.var.deps, c.req.param('id'), audience, channels));
  });
