/**
 * Survey links. A link's token is HMAC-SHA256(link secret, invitation id + version), cut to 144 bits:
 * the dispatcher can rebuild it at send time, for the invitation and each reminder alike, while the
 * database holds only its SHA-256. Someone with a copy of the database and not the secret can open
 * nobody's survey.
 */
import { mac } from '../mac.ts';

/** The survey token of an invitation's current link: 24 URL-safe characters (144 bits). */
export function linkToken(secret: string, invitationId: string, version: number): Promise<string> {
  return mac(secret, 'survey-link', `${invitationId}:${version}`, 18);
}
