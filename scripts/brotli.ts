/**
 * Brotli copies of the built scripts and styles (`<file>.br` beside each), compressed once at the
 * best level, for the Node server to answer browsers that take br (server/assets.ts). Workers do not
 * upload them (dist/.assetsignore): the edge compresses there.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export const brotli = (data: Uint8Array) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength,
    },
  });

/** Writes `<file>.br` for every .js and .css in `dir`, and removes any whose file is gone. */
export async function writeBrotliCopies(dir: string): Promise<void> {
  const files = await readdir(dir);
  for (const file of files) {
    if (/\.(js|css)$/.test(file))
      await writeFile(join(dir, `${file}.br`), brotli(await readFile(join(dir, file))));
    else if (file.endsWith('.br') && !files.includes(file.slice(0, -3))) await rm(join(dir, file));
  }
}
