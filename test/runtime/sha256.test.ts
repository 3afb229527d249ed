/**
 * The synchronous SHA-256 behind sha256Hex (@noble/hashes) gives WebCrypto's and node:crypto's
 * digest for any text, hashed as UTF-8 and written as lowercase hex.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexSync } from '../../server/ids.ts';

const nodeCrypto = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function webCrypto(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('sha256HexSync', () => {
  it('matches the published test vectors', () => {
    expect(sha256HexSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexSync('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches WebCrypto around every padding boundary (55, 56, 63, 64 bytes, several blocks)', async () => {
    for (const n of [1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 70_000]) {
      const text = 'x'.repeat(n);
      expect(sha256HexSync(text), `${n} bytes`).toBe(await webCrypto(text));
    }
  });

  it('matches WebCrypto and node:crypto for any text, hashed as UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        expect(sha256HexSync(text)).toBe(await webCrypto(text));
        expect(sha256HexSync(text)).toBe(nodeCrypto(text));
      }),
    );
  });

  it('keeps sha256Hex the same function as before, so stored token hashes still match', async () => {
    const token = 'AbCdEfGhIjKlMnOpQrStUvWx';
    expect(await sha256Hex(token)).toBe(await webCrypto(token));
    expect(await sha256Hex(token)).toBe(nodeCrypto(token));
  });
});
