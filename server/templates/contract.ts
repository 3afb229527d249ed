/**
 * What the templates API takes: the version of a published template to show (GET
 * /api/templates/:id?version=N, the latest without it). It answers the surveys/ shapes (the template
 * summaries and SurveyDefinition), which the dashboard imports from there. Pure: zod only.
 */
import { z } from 'zod';

export const versionQuery = z.object({ version: z.coerce.number().int().positive().optional() });
export type VersionQuery = z.infer<typeof versionQuery>;
