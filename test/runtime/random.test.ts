/** cryptoRandom hands out CSPRNG bytes drawn a block at a time: every byte once, any length. */
import { describe, expect, it } from 'vitest';
import { cryptoRandom, newId, newToken } from '../../server/ids.ts';

describe('cryptoRandom', () => {
  it('gives the length asked for, across block boundaries and beyond a block', () => {
    for (const n of [0, 1, 12, 18, 32, 1000, 1024, 1025, 5000]) {
      for (let i = 0; i < 5; i++) expect(cryptoRandom.bytes(n)).toHaveLength(n);
    }
  });

  it('never hands out the same bytes twice', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(newId(cryptoRandom));
    for (let i = 0; i < 5_000; i++) seen.add(newToken(cryptoRandom));
    expect(seen.size).toBe(25_000);
  });

  it('returns copies, so a caller changing its bytes changes nobody else’s', () => {
    const a = cryptoRandom.bytes(16);
    const copy = Uint8Array.from(a);
    cryptoRandom.bytes(16).fill(0);
    expect(a).toEqual(copy);
  });
});

describe('newId', () => {
  it('never starts with "-", so an id on the command line never reads as an option', () => {
    // Bytes whose base64url text starts with '-' (0xf8 = 111110 00...): the worst case, every time.
    const dashing = { bytes: (n: number) => new Uint8Array(n).fill(0xf8) };
    const id = newId(dashing);
    expect(id).toMatch(/^_/);
    expect(id).toHaveLength(16);
    for (let i = 0; i < 2000; i++) expect(newId(cryptoRandom)).not.toMatch(/^-/);
  });
});
