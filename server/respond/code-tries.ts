/**
 * Guessing short codes at /c is throttled. Codes are 50 bits, so a guesser's odds per try are the
 * live codes over 2^50; these limits keep the tries few. Each try is counted before its code is
 * looked up, in one write that refuses it while a limit is reached (a burst of parallel guesses
 * cannot all slip past a check made before the first is counted), and a right code takes its try back.
 *
 * Limits run per UTC hour: per client, and for everyone at once, since a guesser with many addresses
 * passes every per-client limit. A wrong code names no campaign, so "everyone" is the whole server;
 * reaching it stops typed codes for the rest of the hour, while a card's QR code (the full link) keeps
 * working. While either limit holds, right and wrong codes alike are refused, so a refusal says
 * nothing about the code.
 *
 * A client is kept only as four hex digits of an HMAC under a key derived from the link secret and
 * the hour (as campaigns/open-link-clients.ts does): without the secret a copy names no address; with
 * it, one bucket stands for some 65,000 IPv4 addresses. Rows hold counts only and go after their hour.
 */
import { sql } from 'kysely';
import { clientBucket } from '../client-address.ts';
import type { Deps } from '../deps.ts';

/** Wrong codes one client may type in an hour: a crew on one Wi-Fi mistyping a few each, not a script. */
export const codeTriesPerClientHour = 10;
/** Wrong codes everyone together may type in an hour. At 500 an hour, a quarter's 1.1 million guesses
 * against 100,000 live codes find one with odds of about 1 in 10,000. */
export const codeTriesPerHour = 500;

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();
const hmacKey = (raw: BufferSource) =>
  crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
const hmac = async (key: CryptoKey, text: string) =>
  new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));

/** HMAC(link secret, hour): a hash kept past its hour matches no later one. */
function hourKey(secret: string, period: string): Promise<CryptoKey> {
  const id = `${secret}\n${period}`;
  let key = keys.get(id);
  if (!key) {
    if (keys.size >= 16) keys.clear();
    key = hmacKey(encoder.encode(secret)).then(async (s) => hmacKey(await hmac(s, `code-tries\n${period}`)));
    keys.set(id, key);
  }
  return key;
}

/** One try's rows: its hour, and its client's bucket in that hour. */
export interface CodeTry {
  period: string;
  client: string;
}

export type Admission = { admitted: CodeTry } | { retryAfterSeconds: number };

const everyone = '*';

/**
 * Counts a try from `address` and deletes past hours' rows, in one atomic write; or, while the
 * client's or everyone's limit is reached, counts nothing and says how long until the hour ends.
 */
export async function admitCodeTry(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'config'>,
  address: string,
): Promise<Admission> {
  const now = deps.clock.now();
  const period = now.toISOString().slice(0, 13);
  const mac = await hmac(await hourKey(deps.config.distribution.linkSecret, period), clientBucket(address));
  const client = [...mac.slice(0, 2)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const [counted] = await deps.atomic([
    sql`INSERT INTO code_tries (period, client, tries)
      SELECT ${period}, k.value, 1 FROM json_each(${JSON.stringify([client, everyone])}) AS k
      WHERE NOT EXISTS (SELECT 1 FROM code_tries WHERE period = ${period}
        AND ((client = ${client} AND tries >= ${codeTriesPerClientHour})
          OR (client = ${everyone} AND tries >= ${codeTriesPerHour})))
      ON CONFLICT (period, client) DO UPDATE SET tries = tries + 1`.compile(deps.db),
    deps.db.deleteFrom('code_tries').where('period', '<', period),
  ]);
  if (counted!.numChangedRows > 0) return { admitted: { period, client } };
  const hourEnd = Date.parse(`${period}:00:00Z`) + 3600_000;
  return { retryAfterSeconds: Math.max(1, Math.ceil((hourEnd - now.getTime()) / 1000)) };
}

/** A right code: its try no longer counts, for its client or for everyone. */
export async function codeTryRight(deps: Pick<Deps, 'db'>, t: CodeTry): Promise<void> {
  await deps.db
    .updateTable('code_tries')
    .set({ tries: sql`max(tries - 1, 0)` })
    .where('period', '=', t.period)
    .where('client', 'in', [t.client, everyone])
    .execute();
}

/** Upkeep: past hours' counts go even when no one types a code again to sweep them (admitCodeTry does
 * otherwise), so a quiet server holds no clue of who tried in an hour long over. */
export async function forgetPastCodeTries(deps: Pick<Deps, 'db' | 'clock'>): Promise<void> {
  const period = deps.clock.now().toISOString().slice(0, 13);
  await deps.db.deleteFrom('code_tries').where('period', '<', period).execute();
}
