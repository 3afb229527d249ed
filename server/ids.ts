/**
 * Ids and tokens from WebCrypto's CSPRNG and hashes from plain JavaScript, which Node and Workers
 * both run, so the core never imports node:crypto.
 */
import type { Random } from './deps.ts';
import { sha256HexSync } from './sha256.ts';

export function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random id: 96 bits, so ids reveal neither order nor count. */
export function newId(random: Random): string {
  const id = base64url(random.bytes(12));
  // An id is typed on the command line (`npm run cli -- links <campaignId>`), where a leading '-'
  // reads as an option; '_' in its place keeps 95.x bits and every id still unique by the rest.
  return id.startsWith('-') ? `_${id.slice(1)}` : id;
}

/** A link token: 144 bits from the CSPRNG in 24 URL-safe characters (short enough for one SMS). */
export function newToken(random: Random): string {
  return base64url(random.bytes(18));
}

export const tokenPattern = /^[A-Za-z0-9_-]{22,64}$/;

/** Async for its callers' sake (it once was WebCrypto's); computed at once, see sha256.ts for why. */
export async function sha256Hex(text: string): Promise<string> {
  return sha256HexSync(text);
}

/** Constant-time comparison for secrets of equal length (CSRF tokens, password hashes). */
export function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

// A call to getRandomValues costs about as much for 4 KiB as for the 12 bytes of an id (a few µs on
// Node, one per submission), so bytes are drawn a block at a time and each is handed out once.
const blockBytes = 4096;
let block = new Uint8Array(0);
let used = 0;

export const cryptoRandom: Random = {
  bytes(n) {
    if (n > blockBytes / 4) return crypto.getRandomValues(new Uint8Array(n));
    if (used + n > block.length) {
      block = crypto.getRandomValues(new Uint8Array(blockBytes));
      used = 0;
    }
    used += n;
    return block.slice(used - n, used);
  },
};
