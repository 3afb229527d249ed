/**
 * The admin app and the respondent island, built once per source state for every e2e file of a run
 * (each file used to build both itself: about 30 Vite builds a run). The builds go under
 * node_modules/.cache/sv-e2e/<key>, the key a hash of every file the bundles can read from, so an
 * edit anywhere gives a fresh build and a stale one is never used. Test workers race for a build with
 * an atomic mkdir; the one that wins builds into a scratch folder and renames it into place, and the
 * others wait for the folder to appear.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildAdmin } from '../../scripts/build-admin.ts';
import { buildClient } from '../../scripts/build-client.ts';
import { root } from '../helpers/cli.ts';

const sources = ['client', 'surveys', 'server', 'scripts', 'package-lock.json'];
const cache = join(root, 'node_modules/.cache/sv-e2e');

function files(path: string): string[] {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

function sourceKey(): string {
  const hash = createHash('sha256');
  for (const file of sources.flatMap(files).sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

export interface Built {
  adminDir: string;
  islandDir: string;
  respondJs: string;
}

const builtIn = (dir: string): Built => ({
  adminDir: join(dir, 'admin'),
  islandDir: join(dir, 'island'),
  respondJs: (JSON.parse(readFileSync(join(dir, 'island', 'manifest.json'), 'utf8')) as { respondJs: string })
    .respondJs,
});

export async function builtOnce(): Promise<Built> {
  const dir = join(cache, sourceKey());
  if (existsSync(dir)) return builtIn(dir);
  mkdirSync(cache, { recursive: true });
  const claim = `${dir}.building`;
  let mine = false;
  try {
    mkdirSync(claim);
    mine = true;
  } catch {
    // Another worker is building this state: wait for it (a build takes seconds; give up after 5 minutes).
    for (let waited = 0; !existsSync(dir); waited += 250) {
      if (waited > 300_000)
        throw new Error(`no e2e build appeared at ${dir}; remove ${claim} if a run was killed`);
      await new Promise((r) => setTimeout(r, 250));
    }
    return builtIn(dir);
  }
  try {
    const scratch = `${dir}.tmp`;
    rmSync(scratch, { recursive: true, force: true });
    await buildAdmin(join(scratch, 'admin'));
    await buildClient(join(scratch, 'island'));
    renameSync(scratch, dir);
    // Older states' builds are of no further use.
    for (const old of readdirSync(cache))
      if (!dir.endsWith(old) && !old.endsWith('.building'))
        rmSync(join(cache, old), { recursive: true, force: true });
    return builtIn(dir);
  } finally {
    if (mine) rmSync(claim, { recursive: true, force: true });
  }
}
