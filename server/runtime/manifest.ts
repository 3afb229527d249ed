/** The hashed file names written by `npm run build` (scripts/build-client.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Config } from '../deps.ts';

const manifestPath = fileURLToPath(new URL('../../dist/assets/manifest.json', import.meta.url));

export function readManifest(): Config['assets'] {
  if (!existsSync(manifestPath)) return { respondJs: null };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { respondJs?: string };
  return { respondJs: manifest.respondJs ?? null };
}
