/**
 * Ids, tokens and hashes from WebCrypto, which Node and Workers both provide, so the core never
 * imports node:crypto.
 */
import type { Random } from './deps.ts';

export function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random id: 96 bits, so ids reveal neither order nor count. */
export function newId(random: Random): string {
  return base64url(random.bytes(12));
}

/** A link token: 144 bits from the CSPRNG in 24 URL-safe characters (short enough for one SMS). */
export function newToken(random: Random): string {
  return base64url(random.bytes(18));
}

export const tokenPattern = /^[A-Za-z0-9_-]{22,64}$/;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Constant-time comparison for secrets of equal length (CSRF tokens, password hashes). */
export function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export const cryptoRandom: Random = {
  bytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
};
