/**
 * Survey links. A link's token is HMAC-SHA256(link secret, invitation id + version), cut to 144 bits:
 * the dispatcher can rebuild it at send time, for the invitation and each reminder alike, while the
 * database holds only its SHA-256. Someone with a copy of the database and not the secret can open
 * nobody's survey.
 *
 * A printed card also carries a short code, derived the same way and cut to 50 bits, for a worker to
 * type on a phone. 50 bits are too few to store under a plain hash (a copied database could be
 * searched offline), so the database keeps only a MAC of the code under the secret (codeMac).
 */
import { mac } from '../mac.ts';

/** The survey token of an invitation's current link: 24 URL-safe characters (144 bits). */
export function linkToken(secret: string, invitationId: string, version: number): Promise<string> {
  return mac(secret, 'survey-link', `${invitationId}:${version}`, 18);
}

/**
 * Crockford's base 32: digits and capitals without I, L, O and U. A card shows 0 and 1, never O, I or
 * L, so whichever a reader takes a round or straight glyph for, normalizeCode reads it right.
 */
export const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Ten characters of five bits: 50 bits, shown as XXXX-XXXX-XX. */
export const codeLength = 10;

const misread: Record<string, string> = { O: '0', I: '1', L: '1', U: 'V' };

function fromBase64url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
}

/** An invitation's short code for a link version, bare (no dashes). */
export async function shortCode(secret: string, invitationId: string, version: number): Promise<string> {
  const bytes = fromBase64url(await mac(secret, 'short-code', `${invitationId}:${version}`, 7));
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = 0; i < codeLength; i++) code += codeAlphabet[Number((bits >> BigInt(51 - 5 * i)) & 31n)];
  return code;
}

/** A bare code as a card prints it: K7QX-9MHP-2T. */
export const groupCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;

/**
 * What a person typed, as a bare code, or null when it cannot be one. Forgiving: spaces, dashes and
 * dots anywhere, lower case, full-width characters (a phone's CJK keyboard), and O, I, L, U read as
 * 0, 1, 1, V. Anything longer than a code with generous spacing is refused before it is read, so a
 * huge input costs nothing.
 */
export function normalizeCode(typed: string): string | null {
  if (typed.length > 40) return null;
  const bare = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212._/]/g, '')
    .replace(/[OILU]/g, (ch) => misread[ch]!);
  if (bare.length !== codeLength) return null;
  for (const ch of bare) if (!codeAlphabet.includes(ch)) return null;
  return bare;
}

/** What the database keeps of a bare code: a MAC under the link secret, 128 bits. */
export function codeMac(secret: string, code: string): Promise<string> {
  return mac(secret, 'short-code-key', code, 16);
}
