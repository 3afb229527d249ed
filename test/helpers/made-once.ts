/**
 * A folder made once per key for every test file of a run, across Vitest's worker processes: the
 * first to claim the key (an atomic mkdir) fills a scratch folder and renames it into place, the
 * others wait for the folder to appear. Older keys' folders are removed once a new one is made.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export async function madeOnce(
  cache: string,
  key: string,
  fill: (scratch: string) => Promise<void>,
  what = 'folder',
): Promise<string> {
  const dir = join(cache, key);
  if (existsSync(dir)) return dir;
  mkdirSync(cache, { recursive: true });
  const claim = `${dir}.building`;
  try {
    mkdirSync(claim);
  } catch {
    // Another worker is making this one: wait for it (it takes seconds; give up after 5 minutes).
    for (let waited = 0; !existsSync(dir); waited += 250) {
      if (waited > 300_000)
        throw new Error(`no ${what} appeared at ${dir}; remove ${claim} if a run was killed`);
      await new Promise((r) => setTimeout(r, 250));
    }
    return dir;
  }
  try {
    const scratch = `${dir}.tmp`;
    rmSync(scratch, { recursive: true, force: true });
    await fill(scratch);
    renameSync(scratch, dir);
    for (const old of readdirSync(cache))
      if (old !== key && !old.endsWith('.building'))
        rmSync(join(cache, old), { recursive: true, force: true });
    return dir;
  } finally {
    rmSync(claim, { recursive: true, force: true });
  }
}
