/**
 * Password hashing with PBKDF2-SHA256 through WebCrypto, the slow KDF that both Node and Workers
 * provide. Workers refuse more than 100,000 iterations, so that is the count; it is stored in each
 * hash, so it can be raised later without breaking existing passwords.
 */
import type { Random } from '../deps.ts';
import { base64url, safeEqual } from '../ids.ts';

const iterations = 100_000;

async function derive(password: string, salt: Uint8Array, rounds: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: rounds },
    key,
    256,
  );
  return base64url(new Uint8Array(bits));
}

function fromBase64url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
}

export async function hashPassword(password: string, random: Random): Promise<string> {
  const salt = random.bytes(16);
  return `pbkdf2-sha256$${iterations}$${base64url(salt)}$${await derive(password, salt, iterations)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, rounds, salt, hash] = stored.split('$');
  if (scheme !== 'pbkdf2-sha256' || !rounds || !salt || !hash) return false;
  return safeEqual(await derive(password, fromBase64url(salt), Number(rounds)), hash);
}

/** A hash to compare against when the email is unknown, so timing does not reveal which emails exist. */
export const decoyHash =
  'pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Stored as the password hash of an account invited by email until its owner sets a password
 * (invites.ts). It is no PBKDF2 hash, so no password verifies against it; login checks the decoy in
 * its place, so a pending account answers exactly as, and as slowly as, a wrong password.
 */
export const invitedMarker = 'invited$no-password-yet';

/** The hash a sign-in attempt is checked against: the account's own, or the decoy when it has none. */
export function hashToVerify(stored: string | undefined): string {
  return stored === undefined || stored === invitedMarker ? decoyHash : stored;
}
