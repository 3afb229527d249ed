/**
 * A hash of every file a bundle can read from (our sources, the build scripts, the locked
 * dependencies): equal keys mean a build from one is a build from the other. `npm run build` stamps
 * dist/ with it, and the browser tests key their shared build by it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = [
  'client',
  'surveys',
  'server',
  'scripts',
  'package-lock.json',
  'package.json',
  'tsconfig.json',
];

function files(path: string): string[] {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

export function sourceKey(): string {
  const hash = createHash('sha256');
  for (const file of sources.flatMap(files).sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}
