/**
 * /api/partnerships: partnerships, their organizations, contacts and audience. Their members
 * (member-routes.ts), campaigns (campaigns/partnership-campaigns.ts) and reviews are served by
 * sub-apps mounted beside this one.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { authenticate, requireRole } from '../auth/guard.ts';
import { AppError } from '../errors.ts';
import { readJson, readQuery, type AppEnv } from '../http.ts';
import { requirePartnership } from './access.ts';
import { audienceQuery, countAudience } from './audience.ts';
import { addContacts, contactQuery, listContacts, maxContactsPerRequest } from './contacts.ts';
import { importContacts } from './import.ts';
import { importQuery, readCsvBody } from './import-request.ts';
import { scopesOf } from './members.ts';
import { createOrganization, createOrganizationBody, listOrganizations } from './organizations.ts';
import {
  createPartnership,
  createPartnershipBody,
  getPartnership,
  listPartnerships,
  updatePartnership,
  updatePartnershipBody,
} from './partnerships.ts';

const contactsBody = z.union([
  z
    .array(z.unknown())
    .max(maxContactsPerRequest, `Send at most ${maxContactsPerRequest} contacts at a time.`),
  z.object({ contacts: z.array(z.unknown()).max(maxContactsPerRequest) }).transform((b) => b.contacts),
  z.record(z.string(), z.unknown()).transform((one) => [one]),
]);

export const partnershipRoutes = new Hono<AppEnv>()
  .use(authenticate)
  .get('/', async (c) => {
    const scopes = await scopesOf(c.var.deps, c.var.user.id);
    const partnerships = await listPartnerships(c.var.deps, c.var.user);
    return c.json({ partnerships: partnerships.map((p) => ({ ...p, scope: scopes.get(p.id) ?? null })) });
  })
  .post('/', async (c) => {
    requireRole(c.var.user, 'admin');
    const body = await readJson(c, createPartnershipBody);
    return c.json({ partnership: await createPartnership(c.var.deps, body) }, 201);
  })
  .get('/:id', async (c) => {
    const scope = await requirePartnership(c, c.req.param('id'), 'reviews');
    return c.json({ partnership: { ...(await getPartnership(c.var.deps, c.req.param('id'))), scope } });
  })
  .patch('/:id', async (c) => {
    requireRole(c.var.user, 'admin');
    const body = await readJson(c, updatePartnershipBody);
    await getPartnership(c.var.deps, c.req.param('id'));
    return c.json({ partnership: await updatePartnership(c.var.deps, c.req.param('id'), body) });
  })
  .get('/:id/organizations', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'read');
    return c.json({ organizations: await listOrganizations(c.var.deps, c.req.param('id')) });
  })
  .post('/:id/organizations', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'write');
    const body = await readJson(c, createOrganizationBody);
    await getPartnership(c.var.deps, c.req.param('id'));
    return c.json({ organization: await createOrganization(c.var.deps, c.req.param('id'), body) }, 201);
  })
  .get('/:id/contacts', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'read');
    return c.json({
      contacts: await listContacts(c.var.deps, c.req.param('id'), readQuery(c, contactQuery)),
    });
  })
  .post('/:id/contacts', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'write');
    const items = await readJson(c, contactsBody);
    await getPartnership(c.var.deps, c.req.param('id'));
    const report = await addContacts(c.var.deps, c.req.param('id'), items, {
      defaultCountry: c.var.deps.config.defaultCountry,
    });
    if (report.created.length === 0 && report.rejected.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        'No contact was added; see details for each item.',
        report.rejected,
      );
    }
    return c.json(report, 201);
  })
  .post('/:id/contacts/import', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'write');
    await getPartnership(c.var.deps, c.req.param('id'));
    const { dryRun, kind, mapping, preview } = readQuery(c, importQuery);
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
  })
  .get('/:id/audience', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'read');
    const { channels, ...audience } = readQuery(c, audienceQuery);
    await getPartnership(c.var.deps, c.req.param('id'));
    return c.json(await countAudience(c.var.deps, c.req.param('id'), audience, channels));
  });
