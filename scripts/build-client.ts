/**
 * Bundles the respondent island into dist/assets/respond-<contenthash>.js and writes
 * dist/assets/manifest.json ({ "respondJs": ... }), which the Node runtime reads to link the script.
 * The hash in the name lets the file be cached for good; a new build gets a new name.
 */
import { build } from 'esbuild';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBrotliCopies } from './brotli.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const defaultOutDir = join(root, 'dist/assets');

export async function buildClient(outDir = defaultOutDir): Promise<{ respondJs: string; bytes: number }> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['client/respond/island.tsx'],
    bundle: true,
    format: 'esm',
    // Old Android phones: es2018 keeps Chrome 64+ and Safari 12+ while still shipping small output.
    target: 'es2018',
    minify: true,
    write: false,
    metafile: true,
    outdir: outDir,
    entryNames: 'respond-[hash]',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  // The island shares surveys/logic.ts with the server but must never drag the zod schema along.
  const heavy = Object.keys(result.metafile.inputs).filter((p) =>
    /node_modules\/zod\/|surveys\/(schema|index)\.ts$/.test(p),
  );
  if (heavy.length > 0) throw new Error(`the respondent island must not bundle ${heavy.join(', ')}`);
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  if (!js) throw new Error('esbuild produced no JavaScript');
  const respondJs = basename(js.path);

  await mkdir(outDir, { recursive: true });
  await writeFile(js.path, js.contents);
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify({ respondJs }, null, 2)}\n`);
  // Earlier builds are unreferenced once the manifest names the new file.
  for (const file of await readdir(outDir)) {
    if (/^respond-.+\.js$/.test(file) && file !== respondJs) await rm(join(outDir, file));
  }
  await writeBrotliCopies(outDir);
  return { respondJs, bytes: js.contents.length };
}
