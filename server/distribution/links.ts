/**
 * Unsubscribe links in messages: they carry the contact id and a MAC over it, so a link cannot be
 * made for anyone else. (Survey links are the campaign's: server/campaigns/links.ts.)
 */
import { safeEqual } from '../ids.ts';
import { mac } from '../mac.ts';

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
