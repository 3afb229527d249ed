/** /api/templates: the published survey templates (public: they hold no data). */
import { Hono } from 'hono';
import { z } from 'zod';
import { readQuery, type AppEnv } from '../http.ts';
import { findPublished } from '../campaigns/templates.ts';
import { latestTemplates, templateSummary } from '../../surveys/index.ts';

const versionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

export const templateRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.json({ templates: latestTemplates().map(templateSummary) }))
  .get('/:id', (c) => {
    const { version } = readQuery(c, versionQuery);
    return c.json({ template: findPublished(c.req.param('id'), version) });
  });
