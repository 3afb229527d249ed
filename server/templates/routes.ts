/** /api/templates: the published survey templates (public: they hold no data). */
import { Hono } from 'hono';
import { queryOf, type AppEnv } from '../http.ts';
import { findPublished } from '../surveys/versions.ts';
import { latestTemplates, templateSummary } from '../../surveys/index.ts';
import { versionQuery } from './contract.ts';

export const templateRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.json({ templates: latestTemplates().map(templateSummary) }))
  .get('/:id', queryOf(versionQuery), (c) => {
    const { version } = c.req.valid('query');
    return c.json({ template: findPublished(c.req.param('id'), version) });
  });
