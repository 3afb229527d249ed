/**
 * Where the Node runtime keeps its link secret when LINK_SECRET is not set: a file beside the
 * database, made once with 256 random bits and readable only by its owner. Links in messages
 * already sent depend on it, so it must survive restarts and be backed up with the database.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { base64url } from '../ids.ts';

export function storedLinkSecret(databasePath: string): string {
  const dir = databasePath === ':memory:' ? null : dirname(databasePath);
  if (!dir) return base64url(crypto.getRandomValues(new Uint8Array(32)));
  const file = join(dir, 'link-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  // 'wx': if two processes start at once, the second fails here and reads the first one's secret.
  try {
    writeFileSync(file, `${base64url(crypto.getRandomValues(new Uint8Array(32)))}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
    chmodSync(file, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return readFileSync(file, 'utf8').trim();
}
