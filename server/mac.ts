/**
 * Keyed MACs under the link secret (HMAC-SHA256, cut short). Each use names its purpose, so a MAC
 * made for one kind of link can never pass for another: survey links (campaigns/links.ts) and
 * unsubscribe links (distribution/links.ts) share the secret and nothing else.
 */
import { base64url } from './ids.ts';

const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    keys.set(secret, key);
  }
  return key;
}

/** The first `bytes` bytes of the MAC of `value` for `purpose`, base64url. */
export async function mac(secret: string, purpose: string, value: string, bytes: number): Promise<string> {
  const signature = await crypto.subtle.sign(
    'HMAC',
    await keyFor(secret),
    new TextEncoder().encode(`${purpose}\n${value}`),
  );
  return base64url(new Uint8Array(signature).slice(0, bytes));
}
