/**
 * Where the Node runtime keeps a secret that is not set in the environment: a file beside the
 * database (`link-secret` for LINK_SECRET, `answer-secret` for ANSWER_SECRET), made once with 256
 * random bits and readable only by its owner. Links already sent and answers waiting for release
 * depend on them, so they must survive restarts. They are kept apart from the database on purpose:
 * a copy of the database alone must not open the sealed answers (README, Anonymity).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { base64url } from '../ids.ts';

export type SecretFile = 'link-secret' | 'answer-secret';

export function storedSecret(databasePath: string, name: SecretFile): string {
  const dir = databasePath === ':memory:' ? null : dirname(databasePath);
  if (!dir) return base64url(crypto.getRandomValues(new Uint8Array(32)));
  const file = join(dir, name);
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
