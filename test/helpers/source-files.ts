import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './cli.ts';

/** The TypeScript files under `dir` (relative to the project root), as root-relative paths; no configs. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.config.ts')
        ? [join(dir, e.name)]
        : [],
  );
}
