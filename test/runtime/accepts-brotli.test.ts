// Reading Accept-Encoding for br as browsers and proxies write it (RFC 9110 §12.5.3).
import { describe, expect, it } from 'vitest';
import { acceptsBrotli } from '../../server/assets.ts';

describe('acceptsBrotli', () => {
  it('takes br as browsers send it, in any case and with a positive weight', () => {
    for (const h of ['gzip, deflate, br', 'br', 'BR', 'gzip, br;q=0.5', 'br ; q=1', 'gzip,br,zstd'])
      expect(acceptsBrotli(h), h).toBe(true);
  });

  it('refuses a missing header, other codings, br with weight 0, and names that only contain br', () => {
    for (const h of [
      undefined,
      '',
      'gzip, deflate',
      'identity',
      'br;q=0',
      'br;q=0.0',
      'gzip, br;q=0',
      'brotli',
      'xbr',
    ])
      expect(acceptsBrotli(h), String(h)).toBe(false);
  });
});
