/**
 * /admin: the browser dashboard's shell. Every path that is not a file answers the app's index.html,
 * so a deep link (/admin/campaigns/abc) opens the app on that screen; the app then talks to /api only.
 */
import { Hono } from 'hono';
import { sendAsset } from '../assets.ts';
import { errorBody } from '../errors.ts';
import type { AppEnv } from '../http.ts';

export const adminRoutes = new Hono<AppEnv>()
  .get('/assets/:file', async (c) => {
    // Vite puts a content hash in every file name under assets/.
    const path = `assets/${c.req.param('file')}`;
    const sent = await sendAsset(c, c.var.deps.adminAssets, path, 'public, max-age=31536000, immutable');
    return sent ?? c.json(errorBody('NOT_FOUND', 'No such file.'), 404);
  })
  .get('*', async (c) => {
    const index = await c.var.deps.adminAssets?.('index.html');
    if (!index)
      return c.json(errorBody('NOT_FOUND', 'The admin app is not built: run `npm run build`.'), 404);
    // The index names the current hashed files, so it must never be cached past a new build.
    return c.body(index.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
    });
  });
