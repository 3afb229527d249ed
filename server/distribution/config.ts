/**
 * Distribution settings from environment variables, read the same way on Node and Workers (the
 * runtime passes its env in). Rates default to what a new account with each provider allows.
 */

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
}

type Env = Record<string, string | undefined>;

function number(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min)
    throw new Error(`${name} must be a number of at least ${min} (got "${raw}").`);
  return value;
}

export function readDistributionConfig(env: Env, linkSecret: string): DistributionConfig {
  if (linkSecret.length < 32) throw new Error('LINK_SECRET must be at least 32 characters.');
  return {
    linkSecret,
    mailFrom: env.MAIL_FROM || 'Sector Voice <surveys@localhost>',
    postalAddress: env.MAIL_POSTAL_ADDRESS || 'Set MAIL_POSTAL_ADDRESS to your mailing address',
    twilioAuthToken: env.TWILIO_AUTH_TOKEN || null,
    emailPerSecond: number(env, 'EMAIL_PER_SECOND', 10, 0),
    smsPerSecond: number(env, 'SMS_PER_SECOND', 1, 0),
    maxAttempts: number(env, 'SEND_MAX_ATTEMPTS', 5, 1),
    leaseSeconds: number(env, 'SEND_LEASE_SECONDS', 120, 1),
    senders: {
      email: env.SMTP_URL ? 'smtp' : env.SES_ACCESS_KEY_ID ? 'http' : 'dev',
      sms: env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN ? 'twilio' : 'dev',
    },
  };
}
