/** Builds the Node dependencies: SQLite file, system clock, CSPRNG, console logger, built assets. */
import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssetReader, Deps, Logger } from '../deps.ts';
import { cryptoRandom } from '../ids.ts';
import type { NodeConfig } from './config.ts';
import { openSqlite, type SqliteHandle } from './sqlite.ts';
import { readManifest } from './manifest.ts';
import { nodeSenders } from './senders.ts';

export const distDir = fileURLToPath(new URL('../../dist/assets', import.meta.url));

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Built files under `dir` whose path matches `allowed` (so no path escapes), each answered as its
 * `.br` copy (written by the build) when the browser takes brotli and the copy is there, else as it is.
 * A `.br` file is never a file of its own.
 */
export function builtFiles(dir: string, allowed: RegExp): AssetReader {
  return async (path, accepts) => {
    if (!allowed.test(path) || path.endsWith('.br')) return null;
    const type = types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
    if (accepts?.brotli) {
      try {
        return { body: await readFile(join(dir, `${path}.br`)), type, encoding: 'br' };
      } catch {
        // No compressed copy (a file the build does not compress, or an older build): the file itself.
      }
    }
    try {
      return { body: await readFile(join(dir, path)), type };
    } catch {
      return null;
    }
  };
}

export const readAsset = builtFiles(distDir, /^[\w.-]+$/);

const adminDir = fileURLToPath(new URL('../../dist/admin', import.meta.url));

/** The admin app built by Vite: only `index.html` and flat files under `assets/`. */
export const readAdminAsset = builtFiles(adminDir, /^(index\.html|assets\/[\w.-]+)$/);

export const consoleLogger: Logger = {
  info: (msg, fields) => console.log(msg, fields ?? ''),
  error: (msg, fields) => console.error(msg, fields ?? ''),
};

export function nodeDeps(
  config: NodeConfig,
  handle?: SqliteHandle,
  env: Record<string, string | undefined> = process.env,
): Deps & { sqlite: SqliteHandle } {
  const sqlite = handle ?? openSqlite(config.databasePath);
  return {
    db: sqlite.db,
    atomic: sqlite.atomic,
    sqlite,
    clock: { now: () => new Date() },
    random: cryptoRandom,
    config: { ...config, assets: readManifest() },
    log: consoleLogger,
    assets: readAsset,
    adminAssets: readAdminAsset,
    ...nodeSenders(env, consoleLogger, cryptoRandom),
    clientAddress: nodeClientAddress(config.trustProxy),
  };
}

/** The socket's peer, or with a trusted proxy in front, the hop that proxy appended last. */
export function nodeClientAddress(trustProxy: boolean) {
  return (c: Context): string | null => {
    if (trustProxy) {
      const hops = c.req.header('x-forwarded-for')?.split(',');
      const last = hops?.[hops.length - 1]?.trim();
      if (last) return last;
    }
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    return incoming?.socket?.remoteAddress ?? null;
  };
}
