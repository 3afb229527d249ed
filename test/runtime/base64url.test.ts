/** base64url is written out by hand (a table, one decode) for speed: it must match the standard. */
import { describe, expect, it } from 'vitest';
import { base64url } from '../../server/ids.ts';
import { fromBase64url } from '../../server/seal.ts';

describe('base64url', () => {
  it("equals Node's base64url for every length and round-trips", () => {
    for (let length = 0; length < 80; length++) {
      for (let t = 0; t < 10; t++) {
        const bytes = crypto.getRandomValues(new Uint8Array(length));
        const text = base64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect([...fromBase64url(text)]).toEqual([...bytes]);
      }
    }
  });
});
