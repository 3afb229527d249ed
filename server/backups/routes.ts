/** /api/backups: the last backup, its check and the schedule, for admins (the overview's panel). */
import { Hono } from 'hono';
import { authenticate, roleOnly } from '../auth/guard.ts';
import type { AppEnv } from '../http.ts';
import { backupStatus } from './status.ts';

export const backupRoutes = new Hono<AppEnv>().get('/', authenticate, roleOnly('admin'), async (c) =>
  c.json({ backups: await backupStatus(c.var.deps) }),
);
