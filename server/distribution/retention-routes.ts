/**
 * /api/partnerships/:id/retention: who is due to have their details erased, and when (retention.ts).
 * Anyone who may read the partnership's contacts may read this list; the period itself is a
 * partnership setting (PATCH /api/partnerships/:id, admins only).
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { queryOf, type AppEnv } from '../http.ts';
import { partnershipAccess } from '../partnerships/access.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { retentionDueQuery, type RetentionDuePage } from './retention-contract.ts';
import { contactsDue } from './retention.ts';

export const retentionRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/retention', partnershipAccess('read'), queryOf(retentionDueQuery), async (c) => {
    const p = await getPartnership(c.var.deps, c.req.param('id'));
    const page = c.req.valid('query');
    const { total, contacts } = await contactsDue(c.var.deps, p, page);
    const body: RetentionDuePage = {
      retentionDays: p.contactRetentionDays,
      ...page,
      total,
      contacts: contacts.map(({ contact: k, dueOn }) => ({
        id: k.id,
        firstName: k.firstName,
        lastName: k.lastName,
        kind: k.kind,
        dueOn,
      })),
    };
    return c.json(body);
  });
