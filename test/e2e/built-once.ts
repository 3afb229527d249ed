/**
 * The admin app and the respondent island, built once per source state for every e2e file of a run
 * (each file used to build both itself: about 30 Vite builds a run). The builds go under
 * node_modules/.cache/sv-e2e/<key>, the key a hash of every file the bundles can read from, so an
 * edit anywhere gives a fresh build and a stale one is never used (madeOnce shares it across workers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAdmin } from '../../scripts/build-admin.ts';
import { buildClient } from '../../scripts/build-client.ts';
import { sourceKey } from '../../scripts/source-key.ts';
import { root } from '../helpers/cli.ts';
import { madeOnce } from '../helpers/made-once.ts';

const cache = join(root, 'node_modules/.cache/sv-e2e');

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
  const dir = await madeOnce(
    cache,
    sourceKey(),
    async (scratch) => {
      await buildAdmin(join(scratch, 'admin'));
      await buildClient(join(scratch, 'island'));
    },
    'e2e build',
  );
  return builtIn(dir);
}
