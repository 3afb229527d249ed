/**
 * admin_initial_js_bytes: the JavaScript a first visit to /admin downloads before any screen's own
 * chunk (the entry and the chunks its index.html preloads), gzip-compressed by the same middleware
 * `npm start` uses. Screens load on demand, so this is what every visit pays. The respondent page
 * never references any of it (its budget is respondent_page_bytes).
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAdmin } from '../scripts/build-admin.ts';
import { makeTestApp } from '../test/helpers/app.ts';
import type { Figure } from './run.ts';

export async function adminBytes(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sv-admin-bytes-'));
  try {
    // Built from the current source into a scratch folder, so the figure never measures a stale dist/.
    await buildAdmin(dir);
    const ctx = makeTestApp();
    ctx.deps.adminAssets = async (path) => {
      try {
        const type = path.endsWith('.js')
          ? 'text/javascript; charset=utf-8'
          : path.endsWith('.css')
            ? 'text/css; charset=utf-8'
            : 'text/html; charset=utf-8';
        return { body: await readFile(join(dir, path)), type };
      } catch {
        return null;
      }
    };
    const root = new Hono();
    root.use(compress());
    root.route('/', ctx.app);
    const gzip = { headers: { 'accept-encoding': 'gzip' } };
    const html = await (await root.request('/admin')).text();
    const scripts = [
      ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
    ].map((m) => m[1]!);
    if (scripts.length === 0) throw new Error('no script in /admin');
    let bytes = 0;
    for (const src of scripts) {
      const res = await root.request(src, gzip);
      if (res.status !== 200 || res.headers.get('content-encoding') !== 'gzip')
        throw new Error(`${src}: ${res.status} ${res.headers.get('content-encoding')}`);
      bytes += (await res.arrayBuffer()).byteLength;
    }
    // Every screen's chunk too, gzip-compressed one by one: what the whole dashboard weighs, and where
    // server code that slipped into a screen would show.
    let total = 0;
    for (const file of readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'))) {
      const res = await root.request(`/admin/assets/${file}`, gzip);
      if (res.status !== 200) throw new Error(`${file}: ${res.status}`);
      total += (await res.arrayBuffer()).byteLength;
    }
    return [
      { name: 'admin_initial_js_bytes', value: bytes, unit: 'bytes' },
      { name: 'admin_total_js_bytes', value: total, unit: 'bytes' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
