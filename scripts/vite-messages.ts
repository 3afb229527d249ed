/**
 * Compiles the dashboard's message catalogue while Vite builds it: each file of
 * client/shared/i18n/messages/<locale>/<area>.ts becomes a module of parsed ICU messages (plain ones
 * stay strings), so the browser needs intl-messageformat's formatter but never its parser. The
 * catalogue files hold data only (an object literal, types aside), which is what lets them be read here.
 */
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';
import { compileCatalogue } from '../client/shared/i18n/compile.ts';

const catalogueFile = /[\\/]client[\\/]shared[\\/]i18n[\\/]messages[\\/][\w-]+[\\/][\w-]+\.ts$/;

export async function readCatalogue(file: string): Promise<Record<string, string>> {
  const { code } = await transform(await readFile(file, 'utf8'), { loader: 'ts', format: 'esm' });
  try {
    const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      default: Record<string, string>;
    };
    return mod.default;
  } catch (e) {
    throw new Error(
      `${file}: a catalogue file holds one object of messages and imports only types (${String(e)})`,
    );
  }
}

export const messagesPlugin: Plugin = {
  name: 'sector-voice:messages',
  enforce: 'pre',
  async load(id) {
    if (!catalogueFile.test(id)) return null;
    this.addWatchFile(id);
    return `export default ${JSON.stringify(compileCatalogue(await readCatalogue(id)))};`;
  },
};
