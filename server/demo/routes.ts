/**
 * POST /api/demo: loads the demo partnership from the dashboard, so a new user needs no command line.
 * The same `loadDemo` as `npm run cli -- demo`. On D1 it would far exceed the queries one request may
 * run (it answers about 600 surveys through the real submission path), so there it points to the CLI.
 */
import { Hono } from 'hono';
import { authenticate, requireRole } from '../auth/guard.ts';
import { AppError } from '../errors.ts';
import { auditNow } from '../audit/audited.ts';
import type { AppEnv } from '../http.ts';
import { loadDemo } from './demo.ts';

export const demoRoutes = new Hono<AppEnv>().use(authenticate).post('/', async (c) => {
  requireRole(c.var.user, 'admin');
  const { deps } = c.var;
  if (deps.statementBudget !== undefined) {
    throw new AppError(
      'CONFLICT',
      'Load the demo with `npm run cli -- demo` against this database; it is too large for one request here.',
    );
  }
  const demo = await loadDemo(deps);
  const object = { kind: 'partnership', id: demo.partnership.id };
  await auditNow(c, { action: 'demo.load', object, partnershipId: demo.partnership.id });
  return c.json(
    {
      partnership: {
        id: demo.partnership.id,
        name: demo.partnership.name,
        timeZone: demo.partnership.timeZone,
      },
      organizations: demo.organizations,
      contacts: demo.contacts,
      campaigns: demo.campaigns.length,
      responses: demo.responses,
      workerLinks: demo.workerLinks,
    },
    201,
  );
});
