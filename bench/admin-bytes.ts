/**
 * admin_initial_js_bytes: the JavaScript a first visit to /admin downloads before any screen's own
 * chunk (the entry and the chunks its index.html preloads), gzip-compressed by the same middleware
 * `npm start` uses, or as the build's brotli copies for a browser that takes br (every current one:
 * the figure; `admin_initial_js_gzip_bytes` is an older browser's). Screens load on demand, so this
 * is what every visit pays. The respondent page
 * never references any of it (its budget is respondent_page_bytes).
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAdmin } from '../scripts/build-admin.ts';
import { builtFiles } from '../server/runtime/deps.ts';
import { makeTestApp } from '../test/helpers/app.ts';
import type { Figure } from './run.ts';

export async function adminBytes(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sv-admin-bytes-'));
  try {
    // Built from the current source into a scratch folder, so the figure never measures a stale dist/.
    await buildAdmin(dir);
    const ctx = makeTestApp();
    ctx.deps.adminAssets = builtFiles(dir, /^(index\.html|assets\/[\w.-]+)$/);
    const root = new Hono();
    root.use(compress());
    root.route('/', ctx.app);
    const html = await (await root.request('/admin')).text();
    const scripts = [
      ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
    ].map((m) => m[1]!);
    if (scripts.length === 0) throw new Error('no script in /admin');
    // What a current browser downloads (it takes br: the build's copies), and one that takes gzip only.
    const sizeOf = async (accept: string, expected: string) => {
      let bytes = 0;
      for (const src of scripts) {
        const res = await root.request(src, { headers: { 'accept-encoding': accept } });
        if (res.status !== 200 || res.headers.get('content-encoding') !== expected)
          throw new Error(`${src}: ${res.status} ${res.headers.get('content-encoding')}`);
        bytes += (await res.arrayBuffer()).byteLength;
      }
      return bytes;
    };
    const bytes = await sizeOf('gzip, deflate, br', 'br');
    const gzipBytes = await sizeOf('gzip, deflate', 'gzip');
    const gzip = { headers: { 'accept-encoding': 'gzip' } };
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
      { name: 'admin_initial_js_gzip_bytes', value: gzipBytes, unit: 'bytes' },
      { name: 'admin_total_js_bytes', value: total, unit: 'bytes' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
