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
};

export const readAsset: AssetReader = async (file) => {
  if (!/^[\w.-]+$/.test(file)) return null;
  const ext = file.slice(file.lastIndexOf('.'));
  try {
    return { body: await readFile(join(distDir, file)), type: types[ext] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
};

const adminDir = fileURLToPath(new URL('../../dist/admin', import.meta.url));
const adminTypes: Record<string, string> = {
  ...types,
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The admin app built by Vite: only `index.html` and flat files under `assets/`, so no path escapes. */
export const readAdminAsset: AssetReader = async (path) => {
  if (path !== 'index.html' && !/^assets\/[\w.-]+$/.test(path)) return null;
  const ext = path.slice(path.lastIndexOf('.'));
  try {
    return {
      body: await readFile(join(adminDir, path)),
      type: adminTypes[ext] ?? 'application/octet-stream',
    };
  } catch {
    return null;
  }
};

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
