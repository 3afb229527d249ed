/**
 * `npm run build`: the respondent island into dist/assets and the admin app into dist/admin, then
 * the files Workers' assets layer reads. wrangler.toml runs this before every `wrangler dev` and
 * `wrangler deploy`, and the Worker tests start about twenty of those a run: each rebuilt the very
 * same files (some 8 CPU seconds, on a 2-core CI box). So a build stamps dist/ with the sources' key
 * and a later one with the same key does nothing; `--force` builds anyway.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceKey } from './source-key.ts';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const stamp = join(dist, '.built-from');
const outputs = [
  stamp,
  join(dist, 'assets/manifest.json'),
  join(dist, 'admin/index.html'),
  join(dist, '_headers'),
];

const key = sourceKey();
if (!process.argv.includes('--force') && outputs.every(existsSync) && readFileSync(stamp, 'utf8') === key) {
  console.log(`dist/ is already built from these sources (${key})`);
} else {
  // A build that fails halfway must not leave the old stamp vouching for mixed files.
  rmSync(stamp, { force: true });
  // Loaded only to build: Vite alone takes a second or two to import.
  const { buildClient } = await import('./build-client.ts');
  const { buildAdmin } = await import('./build-admin.ts');
  const { assetHeadersFile } = await import('../server/security.ts');
  const { respondJs, bytes } = await buildClient();
  console.log(`built dist/assets/${respondJs} (${bytes} bytes)`);
  await buildAdmin();
  // On Workers the assets layer serves dist/ before the Worker runs; this gives its files our headers.
  writeFileSync(join(dist, '_headers'), assetHeadersFile());
  // The brotli copies are for the Node server (Workers' assets layer compresses on its own), and the
  // stamp is for this script: neither is served.
  writeFileSync(join(dist, '.assetsignore'), '*.br\n.built-from\n');
  writeFileSync(stamp, key);
  console.log(`built dist/admin and dist/_headers (${key})`);
}
