import type { Context } from 'hono';
import type { Kysely, Compilable, CompiledQuery } from 'kysely';
import type { CountryCode } from 'libphonenumber-js/min';
import type { Database } from './db/schema.ts';

/** The clock is a port so tests can move time and so dates come from one place. */
export interface Clock {
  now(): Date;
}

/** Randomness is a port: CSPRNG in production, seeded in tests that need repeatable data. */
export interface Random {
  /** `n` bytes from a cryptographically secure generator. */
  bytes(n: number): Uint8Array;
}

/**
 * Runs statements atomically: all or none. A transaction on better-sqlite3, `batch()` on D1,
 * which has no interactive transactions; so no statement may depend on a value read inside it.
 */
export type Atomic = (
  statements: (Compilable<unknown> | CompiledQuery)[],
) => Promise<{ numChangedRows: number }[]>;

export interface Config {
  /** Public origin used in links, e.g. https://survey.example.org (no trailing slash). */
  publicUrl: string;
  /** Largest JSON or form body accepted, in bytes. */
  maxBodyBytes: number;
  /** Secure cookies when served over https. */
  secureCookies: boolean;
  /** Seconds an admin session lasts. */
  sessionSeconds: number;
  /**
   * Seals answers waiting for release (server/reviews/pool.ts). Never stored in the database, so a
   * copy of the database alone cannot open them; lose it and the waiting answers are lost.
   */
  answerSecret: string;
  /** Hashed asset file names for pages (the respondent island). */
  assets: { respondJs: string | null };
  /**
   * Who keeps the backups: on Node, files this server writes (BACKUP_DIR, every BACKUP_EVERY seconds
   * or only when asked, the newest BACKUP_KEEP kept); on Workers, D1 (Time Travel and exports).
   */
  backups?: BackupConfig;
  /** Where local phone numbers in imports are read (ISO 3166 alpha-2, DEFAULT_COUNTRY); US when absent. */
  defaultCountry?: CountryCode;
  /** Senders, rates and secrets for email and SMS (see server/distribution/config.ts). */
  distribution: DistributionConfig;
  /** Days an audit entry is kept (AUDIT_KEEP_DAYS); server/audit/store.ts's default when absent. */
  auditKeepDays?: number;
}

/**
 * Static files (the built client) for runtimes that do not serve them in front of the app. With
 * `brotli`, a reader that has the file compressed ahead of time answers that copy, saying so.
 */
export type AssetReader = (
  path: string,
  accepts?: { brotli: boolean },
) => Promise<{ body: Uint8Array; type: string; encoding?: 'br' } | null>;

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** What a provider said about one message handed to it. */
export type SendResult =
  | { ok: true; providerId: string }
  /** `permanent`: retrying cannot help (bad address, unsubscribed at the carrier, SMTP 5xx). */
  | { ok: false; permanent: boolean; code: string; message: string };

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
  headers: Record<string, string>;
}

/** Sends email: nodemailer over SMTP on Node, an HTTP API on Workers, a log in development. */
export interface Mailer {
  send(message: EmailMessage): Promise<SendResult>;
}

export interface SmsMessage {
  /** E.164. */
  to: string;
  body: string;
  /** Where the provider posts delivery updates (Twilio's StatusCallback). */
  statusCallback?: string;
}

/** Sends SMS: the twilio SDK on Node, Twilio's REST API over fetch on Workers, a log in development. */
export interface SmsSender {
  send(message: SmsMessage): Promise<SendResult>;
}

export interface Deps {
  db: Kysely<Database>;
  atomic: Atomic;
  /**
   * Most statements one request may write (D1 allows 1,000 queries per Worker invocation, a batch's
   * statements included). Absent on SQLite, where one transaction takes any number: large writes are
   * then never split. See server/distribution/launch.ts.
   */
  statementBudget?: number;
  clock: Clock;
  random: Random;
  config: Config;
  log: Logger;
  assets?: AssetReader;
  /** The admin app (dist/admin): `index.html` and `assets/<hashed file>`; absent where a CDN layer serves it. */
  adminAssets?: AssetReader;
  mailer: Mailer;
  sms: SmsSender;
  /**
   * The address the request came from, for throttling only (never stored as is): the socket's peer
   * on Node (the last X-Forwarded-For hop with TRUST_PROXY), CF-Connecting-IP on Workers. Absent or
   * null where the runtime cannot tell (then every such request shares one bucket).
   */
  clientAddress?: (c: Context) => string | null;
}

export type BackupConfig =
  { kind: 'file'; dir: string; everySeconds: number | null; keep: number } | { kind: 'd1' };

/** What sending needs from the settings (read by distribution/config.ts on every runtime). */
export interface DistributionConfig {
  /**
   * Keys the link tokens and unsubscribe links (HMAC-SHA256). Links are derived from it instead of
   * stored, so the database alone never holds a usable link. Changing it invalidates pending links.
   */
  linkSecret: string;
  /** From header of every email, e.g. "River Valley Partnership <surveys@example.org>". */
  mailFrom: string;
  /** The sender's physical postal address, printed in every email (CAN-SPAM). */
  postalAddress: string;
  /** Twilio's auth token: verifies X-Twilio-Signature on webhooks. Null: webhooks refuse everything. */
  twilioAuthToken: string | null;
  /** Messages per second per channel; 0 lifts the limit (benchmarks). */
  emailPerSecond: number;
  smsPerSecond: number;
  /** Tries per message before a transient failure is final. */
  maxAttempts: number;
  /** Seconds a claimed message is reserved for its dispatcher; after that another may take it. */
  leaseSeconds: number;
  /** Which senders are in use: 'dev' ones keep messages readable in the log and the admin outbox view. */
  senders: { email: 'dev' | 'smtp' | 'http'; sms: 'dev' | 'twilio' };
  /**
   * The number people can text in to (TWILIO_FROM when it is a phone number or a short code, not an
   * alphanumeric sender), which a poster with a keyword prints; null when there is none.
   */
  smsFrom: string | null;
}
