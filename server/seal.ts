/**
 * Sealing with WebCrypto (AES-256-GCM under keys from HKDF-SHA-256), which Node and Workers both run,
 * so the core never imports node:crypto. Two uses:
 *  - answers waiting for release, under ANSWER_SECRET, a server secret that is never in the database;
 *  - save-and-resume drafts, under a key derived from the respondent's own link token.
 * Every sealed value is padded to a size the caller fixes, so its length says nothing of its content.
 */
import type { Random } from './deps.ts';
import { base64url } from './ids.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Fixed salt: the inputs are already uniformly random secrets (a 32-byte secret, a 144-bit token). */
const salt = encoder.encode('sector-voice/seal/v1');
const ivBytes = 12;
const lengthBytes = 4;

async function hkdf(secret: string, info: string, bits: number): Promise<ArrayBuffer> {
  const ikm = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveBits']);
  return crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode(info) },
    ikm,
    bits,
  );
}

/** An AES-GCM key for `info` (a purpose label), derived from `secret`; the same inputs, the same key. */
export async function deriveKey(secret: string, info: string): Promise<CryptoKey> {
  const raw = await hkdf(secret, `key:${info}`, 256);
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export function fromBase64url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Encrypts `text` padded to `size` bytes (to the next multiple of `size` if it is longer, which the
 * callers' size bounds make rare), so every value sealed with one size has one length.
 */
export async function seal(key: CryptoKey, text: string, size: number, random: Random): Promise<string> {
  const body = encoder.encode(text);
  const padded = new Uint8Array(Math.max(1, Math.ceil((lengthBytes + body.length) / size)) * size);
  new DataView(padded.buffer).setUint32(0, body.length);
  padded.set(body, lengthBytes);
  const iv = new Uint8Array(random.bytes(ivBytes));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, padded));
  const out = new Uint8Array(ivBytes + sealed.length);
  out.set(iv);
  out.set(sealed, ivBytes);
  return base64url(out);
}

/** The text sealed by `seal`, or null when the key is wrong or the value was tampered with. */
export async function unseal(key: CryptoKey, sealed: string): Promise<string | null> {
  try {
    const bytes = fromBase64url(sealed);
    const plain = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes.slice(0, ivBytes) },
        key,
        bytes.slice(ivBytes),
      ),
    );
    const length = new DataView(plain.buffer, plain.byteOffset).getUint32(0);
    if (length > plain.length - lengthBytes) return null;
    return decoder.decode(plain.subarray(lengthBytes, lengthBytes + length));
  } catch {
    return null;
  }
}
