/**
 * Builds the admin app with Vite (client/admin/vite.config.ts) into dist/admin: index.html and
 * hashed files under dist/admin/assets/. The respondent island is built apart (build-client.ts), so
 * nothing of the admin app can reach a respondent page.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
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
