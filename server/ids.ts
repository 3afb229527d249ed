/**
 * Ids and tokens from WebCrypto's CSPRNG and hashes from @noble/hashes (audited, plain JavaScript),
 * which Node and Workers both run, so the core never imports node:crypto.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Random } from './deps.ts';

const alphabet = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
const ascii = new TextDecoder();

/**
 * Base64url without padding, three bytes at a time into a byte buffer decoded once: a sealed answer is
 * several KiB on every submission, and building a binary string for btoa cost more than sealing it.
 */
export function base64url(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil((bytes.length * 4) / 3));
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = alphabet[n >> 18]!;
    out[o++] = alphabet[(n >> 12) & 63]!;
    out[o++] = alphabet[(n >> 6) & 63]!;
    out[o++] = alphabet[n & 63]!;
  }
  if (i < bytes.length) {
    const two = i + 1 < bytes.length;
    const n = (bytes[i]! << 16) | ((two ? bytes[i + 1]! : 0) << 8);
    out[o++] = alphabet[n >> 18]!;
    out[o++] = alphabet[(n >> 12) & 63]!;
    if (two) out[o++] = alphabet[(n >> 6) & 63]!;
  }
  return ascii.decode(out.subarray(0, o));
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

/**
 * The SHA-256 of `text` (as UTF-8) in lowercase hex, synchronous. Every respondent request hashes its
 * link token, and WebCrypto's `digest()` is asynchronous: on Node it hands each 24-character hash to
 * the thread pool and back: about 20 µs a hash on an idle machine, against about 1.5 µs here.
 */
export function sha256HexSync(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Async for its callers' sake (it once was WebCrypto's); computed at once, see sha256HexSync. */
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
