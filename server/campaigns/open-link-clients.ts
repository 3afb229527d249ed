/**
 * Per-client limits on poster links, so a flood costs the flooder and not the people at the poster.
 * A client is the address a request came from, kept only as a short keyed hash: HMAC under a key
 * derived from the link secret and the window (an hour, or a day), cut to 16 bits. A copy of the
 * database alone names no address; with the secret, too, one bucket stands for some 65,000 IPv4
 * addresses, and a window's rows are deleted once it is over. Rows hold counts only: nothing of the
 * tickets (no invitation id or token hash), so they lead to no answer.
 */
import { expressionBuilder, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { clientBucket } from '../client-address.ts';
import { AppError } from '../errors.ts';
import { invitationWithTokenHash } from './invitations/tickets.ts';

/**
 * Tickets one client may take from one poster link in an hour. An address is often shared: a
 * workplace's Wi-Fi, a phone's hotspot passed round a crew on its break (Android lets ten devices on by
 * default, an iPhone about five), or one phone handed from person to person, each taking a ticket. Ten
 * an hour lets such a crew all answer, and gives a script ten answers an hour instead of thousands.
 * Never more than a sixth of the campaign's own hourly cap, so one client cannot take that cap either.
 */
export const clientTicketsPerHour = 10;
/**
 * And in a (UTC) day: two such crews, a day and a night shift. At twenty a day one address needs a
 * hundred days, longer than a quarter's campaign, to take the default total cap of 2,000 alone; never
 * more than a hundredth of the campaign's total cap.
 */
export const clientTicketsPerDay = 20;

/** One client's limits in a campaign; at least one ticket, however small the campaign's caps. */
export function clientLimits(openLink: { hourlyLimit: number; totalLimit: number }) {
  const perDay = Math.max(1, Math.min(clientTicketsPerDay, Math.floor(openLink.totalLimit / 100)));
  const perHour = Math.max(1, Math.min(clientTicketsPerHour, Math.floor(openLink.hourlyLimit / 6), perDay));
  return { perHour, perDay };
}

/** One client's count in one window: the row it is kept in and when that row stops counting. */
export interface ClientBucket {
  period: string;
  client: string;
  untilHour: string;
}

const hourOf = (t: Date) => t.toISOString().slice(0, 13);

/** The hour and the day `now` falls in, and when each ends (UTC; the limit needs only some window). */
export function windowsAt(now: Date) {
  const hourEnd = new Date(Date.parse(`${hourOf(now)}:00:00Z`) + 3600_000);
  const dayEnd = new Date(Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`) + 86_400_000);
  return {
    hour: { period: hourOf(now), untilHour: hourOf(hourEnd), end: hourEnd },
    day: { period: now.toISOString().slice(0, 10), untilHour: hourOf(dayEnd), end: dayEnd },
  };
}

const encoder = new TextEncoder();
const periodKeys = new Map<string, Promise<CryptoKey>>();

const hmacKey = (raw: BufferSource) =>
  crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
const hmac = async (key: CryptoKey, text: string) =>
  new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));

/**
 * The window's key, HMAC(link secret, window): it changes every window, so a hash kept past its
 * window matches no later one, and a database copy without the secret cannot recompute any.
 */
function periodKey(secret: string, period: string): Promise<CryptoKey> {
  const id = `${secret}\n${period}`;
  let key = periodKeys.get(id);
  if (!key) {
    if (periodKeys.size >= 16) periodKeys.clear();
    key = hmacKey(encoder.encode(secret)).then(async (s) =>
      hmacKey(await hmac(s, `open-link-clients\n${period}`)),
    );
    periodKeys.set(id, key);
  }
  return key;
}

async function bucket(secret: string, campaignId: string, address: string, period: string) {
  const mac = await hmac(await periodKey(secret, period), `${campaignId}\n${clientBucket(address)}`);
  // 16 bits: two strangers share a bucket (and a limit) 1 time in 65,536; see the file's comment.
  return [...mac.slice(0, 2)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The rows this client's tickets count in, this hour and this day. */
export async function clientBuckets(
  secret: string,
  campaignId: string,
  address: string,
  now: Date,
): Promise<{ hour: ClientBucket; day: ClientBucket }> {
  const w = windowsAt(now);
  return {
    hour: { ...w.hour, client: await bucket(secret, campaignId, address, w.hour.period) },
    day: { ...w.day, client: await bucket(secret, campaignId, address, w.day.period) },
  };
}

/** Counts one ticket in a bucket, if the ticket with this hash was minted in the same atomic write. */
export function countTicket(db: Kysely<Database>, campaignId: string, b: ClientBucket, tokenHash: string) {
  return db
    .insertInto('open_link_clients')
    .columns(['campaign_id', 'period', 'client', 'tickets', 'until_hour'])
    .expression(
      db
        .selectNoFrom((eb) => [
          eb.val(campaignId).as('campaign_id'),
          eb.val(b.period).as('period'),
          eb.val(b.client).as('client'),
          eb.val(1).as('tickets'),
          eb.val(b.untilHour).as('until_hour'),
        ])
        .where(invitationWithTokenHash(tokenHash)),
    )
    .onConflict((oc) =>
      oc
        .columns(['campaign_id', 'period', 'client'])
        .doUpdateSet((eb) => ({ tickets: eb('open_link_clients.tickets', '+', 1) })),
    );
}

/**
 * Whether this client may take one more ticket: under its limits in both windows. The condition a
 * ticket's insert is made on (invitations.ts's ticketInsert), so the check and the mint are one write.
 */
export function underClientLimits(
  campaignId: string,
  buckets: { hour: ClientBucket; day: ClientBucket },
  limits: { perHour: number; perDay: number },
): Expression<SqlBool> {
  const w = expressionBuilder<Database, never>();
  return w.not(
    w.exists(
      w
        .selectFrom('open_link_clients')
        .select('tickets')
        .where('campaign_id', '=', campaignId)
        .where((c) =>
          c.or([
            c.and([
              c('period', '=', buckets.hour.period),
              c('client', '=', buckets.hour.client),
              c('tickets', '>=', limits.perHour),
            ]),
            c.and([
              c('period', '=', buckets.day.period),
              c('client', '=', buckets.day.client),
              c('tickets', '>=', limits.perDay),
            ]),
          ]),
        ),
    ),
  );
}

/** Deletes every row whose window is over: an hour's rows when the hour ends, a day's with the day. */
export function forgetEndedWindows(db: Kysely<Database>, now: Date) {
  return db.deleteFrom('open_link_clients').where('until_hour', '<=', hourOf(now));
}

export async function forgetOpenLinkClients(deps: Pick<Deps, 'db' | 'clock'>): Promise<void> {
  await forgetEndedWindows(deps.db, deps.clock.now()).execute();
}

/** A client over its own limit: the poster page tells it to come back, and when. */
export class ClientLimitReached extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 'This survey was opened many times from this connection. Please try again later.');
  }
}

/**
 * Why a ticket was refused: this client's limit (then when it may come back), or null when the
 * client was under its limits and the campaign's own caps refused it.
 */
export async function clientRefusal(
  deps: Pick<Deps, 'db' | 'clock'>,
  campaignId: string,
  buckets: { hour: ClientBucket; day: ClientBucket },
  limits: { perHour: number; perDay: number },
): Promise<ClientLimitReached | null> {
  const rows = await deps.db
    .selectFrom('open_link_clients')
    .select(['period', 'client', 'tickets'])
    .where('campaign_id', '=', campaignId)
    .where('period', 'in', [buckets.hour.period, buckets.day.period])
    .execute();
  const used = (b: ClientBucket) =>
    rows.find((r) => r.period === b.period && r.client === b.client)?.tickets ?? 0;
  const now = deps.clock.now();
  const w = windowsAt(now);
  const until = (end: Date) => Math.ceil((end.getTime() - now.getTime()) / 1000);
  if (used(buckets.day) >= limits.perDay) return new ClientLimitReached(until(w.day.end));
  if (used(buckets.hour) >= limits.perHour) return new ClientLimitReached(until(w.hour.end));
  return null;
}
