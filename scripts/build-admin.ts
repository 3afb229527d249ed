/**
 * Builds the admin app with Vite (client/admin/vite.config.ts) into dist/admin: index.html and
 * hashed files under dist/admin/assets/. The respondent island is built apart (build-client.ts), so
 * nothing of the admin app can reach a respondent page.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { assetHeadersFile } from '../server/security.ts';
import { writeBrotliCopies } from './brotli.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const adminConfig = fileURLToPath(new URL('../client/admin/vite.config.ts', import.meta.url));

export async function buildAdmin(outDir?: string): Promise<void> {
  await build({
    configFile: adminConfig,
    ...(outDir && { build: { outDir, emptyOutDir: true } }),
    // Vite would otherwise read .env files and the cache from the current folder.
    envDir: root,
    cacheDir: `${root}node_modules/.vite-admin`,
  });
  await writeBrotliCopies(join(outDir ?? join(root, 'dist/admin'), 'assets'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildAdmin();
  // On Workers the assets layer serves dist/ before the Worker runs; this gives its files our headers.
  writeFileSync(join(root, 'dist', '_headers'), assetHeadersFile());
  // The brotli copies are for the Node server; Workers' assets layer compresses on its own.
  writeFileSync(join(root, 'dist', '.assetsignore'), '*.br\n');
  console.log('built dist/admin and dist/_headers');
}
