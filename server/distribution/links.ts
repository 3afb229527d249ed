/**
 * Links in messages. A survey link's token is HMAC-SHA256(link secret, invitation id + version),
 * cut to 144 bits: the dispatcher can rebuild it at send time, for the invitation and each reminder
 * alike, while the database holds only its SHA-256. Someone with a copy of the database and not the
 * secret can open nobody's survey. Unsubscribe links carry the contact id and a MAC over it.
 */
import { base64url, safeEqual } from '../ids.ts';

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

async function mac(secret: string, purpose: string, value: string, bytes: number): Promise<string> {
  const signature = await crypto.subtle.sign(
    'HMAC',
    await keyFor(secret),
    new TextEncoder().encode(`${purpose}\n${value}`),
  );
  return base64url(new Uint8Array(signature).slice(0, bytes));
}

/** The survey token of an invitation's current link: 24 URL-safe characters (144 bits). */
export function linkToken(secret: string, invitationId: string, version: number): Promise<string> {
  return mac(secret, 'survey-link', `${invitationId}:${version}`, 18);
}

/** The path segment of a contact's unsubscribe link: `<contact id>.<128-bit MAC>`. */
export async function unsubscribeToken(secret: string, contactId: string): Promise<string> {
  return `${contactId}.${await mac(secret, 'unsubscribe', contactId, 16)}`;
}

/** The contact an unsubscribe token names, or null when it was not made with our secret. */
export async function readUnsubscribeToken(secret: string, token: string): Promise<string | null> {
  const dot = token.lastIndexOf('.');
  if (dot <= 0 || token.length > 120) return null;
  const contactId = token.slice(0, dot);
  const expected = await unsubscribeToken(secret, contactId);
  return safeEqual(expected, token) ? contactId : null;
}
