/**
 * /api/partnerships: partnerships, their organizations, contacts' import and audience. Their members
 * (member-routes.ts), contacts (contact-routes.ts), campaigns (campaigns/partnership-campaigns.ts) and reviews are served by
 * sub-apps mounted beside this one.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { authenticate, roleOnly } from '../auth/guard.ts';
import { audited, auditNow, changes } from '../audit/audited.ts';
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
    const partnership = await createPartnership(c.var.deps, body);
    const { id, createdAt: _, ...settings } = partnership;
    await auditNow(c, {
      action: 'partnership.create',
      object: { kind: 'partnership', id },
      partnershipId: id,
      detail: settings,
    });
    return c.json({ partnership }, 201);
  })
  .get('/:id', async (c) => {
    const scope = await requirePartnership(c, c.req.param('id'), 'reviews');
    return c.json({ partnership: { ...(await getPartnership(c.var.deps, c.req.param('id'))), scope } });
  })
  .patch('/:id', roleOnly('admin'), jsonBody(updatePartnershipBody), async (c) => {
    const body = c.req.valid('json');
    const id = c.req.param('id');
    const before = await getPartnership(c.var.deps, id);
    // Each setting sent that changes, before and after: the minimum group size above all.
    const detail = changes(before, body);
    const what = {
      action: 'partnership.settings',
      object: { kind: 'partnership', id },
      partnershipId: id,
      detail,
    };
    return c.json({ partnership: await audited(c, what, (deps) => updatePartnership(deps, id, body)) });
  })
  .get('/:id/organizations', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'read');
    return c.json({ organizations: await listOrganizations(c.var.deps, c.req.param('id')) });
  })
  .post('/:id/organizations', partnershipAccess('write'), jsonBody(createOrganizationBody), async (c) => {
    const body = c.req.valid('json');
    const id = c.req.param('id');
    await getPartnership(c.var.deps, id);
    const organization = await createOrganization(c.var.deps, id, body);
    await auditNow(c, {
      action: 'organization.create',
      object: { kind: 'organization', id: organization.id },
      partnershipId: id,
      detail: { name: organization.name, kind: organization.kind },
    });
    return c.json({ organization }, 201);
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
      if (!dryRun) {
        // Counts only: never a name, an address or a number from the file.
        const { rows, created, updated, unchanged, merged, rejected, blank } = s;
        await auditNow(c, {
          action: 'contact.import',
          partnershipId: c.req.param('id'),
          detail: { rows, created, updated, unchanged, merged, rejected, blank },
        });
      }
      return c.json(report, dryRun ? 200 : 201);
    },
  )
  .get('/:id/audience', partnershipAccess('read'), queryOf(audienceQuery), async (c) => {
    const { channels, ...audience } = c.req.valid('query');
    await getPartnership(c.var.deps, c.req.param('id'));
    return c.json(await countAudience(c.var.deps, c.req.param('id'), audience, channels));
  });
