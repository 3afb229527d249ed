/**
 * /api/audit: the audit trail, for admins only (analysts and viewers get 403), read a page at a time
 * or whole as CSV. Nothing here writes: the trail is never editable through the app. It sits with
 * the staff routes, above auth, because auth's own routes write entries through server/audit/.
 */
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { z } from 'zod';
import { authenticate, roleOnly } from '../auth/guard.ts';
import { formatCsv, type CsvCell } from '../csv.ts';
import { AppError } from '../errors.ts';
import { zodDetails, type AppEnv } from '../http.ts';
import { auditExportQuery, auditQuery } from '../audit/contract.ts';
import { allAudit, listAudit } from '../audit/store.ts';

/**
 * The query checked by its schema; an unknown filter or a bad date is the caller's mistake in the
 * address, so 400 BAD_REQUEST with the fields named, in the error envelope.
 */
function filters<T extends z.ZodType>(schema: T) {
  return zValidator(
    'query',
    schema,
    (result) => {
      if (!result.success)
        throw new AppError(
          'BAD_REQUEST',
          'Unknown filter or bad value in the query.',
          zodDetails(result.error),
        );
    },
    {
      validationFunction: (s, value: Record<string, string | string[]>) =>
        s.safeParseAsync(
          Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
        ) as never,
    },
  );
}

const csvHeader = [
  'seq',
  'at',
  'actor',
  'actor_id',
  'action',
  'object_kind',
  'object_id',
  'partnership_id',
  'detail',
];

export const auditRoutes = new Hono<AppEnv>()
  .use(authenticate, roleOnly('admin'))
  .get('/', filters(auditQuery), async (c) => c.json(await listAudit(c.var.deps, c.req.valid('query'))))
  .get('/export.csv', filters(auditExportQuery), async (c) => {
    const rows: CsvCell[][] = [csvHeader];
    for await (const e of allAudit(c.var.deps, c.req.valid('query'))) {
      const detail = JSON.stringify(e.detail);
      rows.push([
        e.seq,
        e.at,
        e.actor,
        e.actorId,
        e.action,
        e.objectKind,
        e.objectId,
        e.partnershipId,
        detail,
      ]);
    }
    const day = c.var.deps.clock.now().toISOString().slice(0, 10);
    return c.body(formatCsv(rows, { bom: true }), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-${day}.csv"`,
    });
  });
