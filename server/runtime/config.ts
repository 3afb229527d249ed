/**
 * Configuration from environment variables, for the Node entry, the CLI and the Worker: every
 * variable in one zod schema (server/settings.ts), parsed once at start.
 */
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';
import { z } from 'zod';
import type { BackupConfig, Config } from '../deps.ts';
import { distributionConfig, distributionSettings } from '../distribution/config.ts';
import {
  byteSize,
  decimal,
  flag,
  parseSettings,
  setting,
  SettingsError,
  text,
  url,
  wholeNumber,
  type Env,
} from '../settings.ts';
import type { SecretFile } from './link-secret.ts';

export interface NodeConfig extends Config {
  backups: Extract<BackupConfig, { kind: 'file' }>;
  port: number;
  databasePath: string;
  /** Behind a reverse proxy (TRUST_PROXY=1): the client is the last X-Forwarded-For hop, not the socket. */
  trustProxy: boolean;
  /** How often `npm start` runs the dispatcher loop; 0: not at all (cron runs the CLI instead). */
  dispatchIntervalSeconds: number;
}

const secret = () =>
  setting(
    '32 or more random characters, such as the output of `openssl rand -hex 32`',
    (t) => (t.length >= 32 ? t : undefined),
    undefined,
    { secret: true },
  );

/** Every variable with its default. What each one accepts is in the README's Configuration table. */
export const settingsSchema = z.object({
  PORT: wholeNumber('a port number from 0 to 65535 (0: any free port), such as 8787', 8787, 0, 65_535),
  DATABASE_PATH: text('data/survey.db'),
  PUBLIC_URL: url('the public origin, such as https://survey.example.org', ['http:', 'https:'], null),
  TRUST_PROXY: flag('1 (behind a reverse proxy) or 0'),
  MAX_BODY_BYTES: byteSize(
    'a size in bytes from 1024 to 1073741824, such as 262144, 256kb or 1mb',
    256 * 1024,
    1024,
    1 << 30,
  ),
  SESSION_HOURS: decimal('a number of hours from 0.1 to 8760, such as 12', 12, 0.1, 8760),
  LINK_SECRET: secret(),
  ANSWER_SECRET: secret(),
  DEFAULT_COUNTRY: setting(
    'a two-letter country code we know, such as US or MX',
    (t): CountryCode | undefined => {
      const code = t.toUpperCase();
      return isSupportedCountry(code) ? code : undefined;
    },
    'US' as CountryCode,
  ),
  DISPATCH_INTERVAL_SECONDS: decimal(
    'a number of seconds from 0 to 86400 (0 turns the dispatcher off), such as 5',
    5,
    0,
    86_400,
  ),
  BACKUP_DIR: text('backups'),
  BACKUP_EVERY: setting(
    'daily, hourly, weekly, or a number of minutes, hours or days such as 30m, 12h or 2d',
    backupEvery,
    null,
  ),
  BACKUP_KEEP: wholeNumber('a number of backups from 1 to 10000 to keep, such as 7', 7, 1, 10_000),
  AUDIT_KEEP_DAYS: wholeNumber('a number of days from 1 to 36500, such as 730', 730, 1, 36_500),
  ...distributionSettings,
});

const named: Record<string, number> = { hourly: 3600, daily: 86_400, weekly: 7 * 86_400 };
const unit: Record<string, number> = { m: 60, h: 3600, d: 86_400 };

/** BACKUP_EVERY in seconds: at least ten minutes, at most a year. */
function backupEvery(t: string): number | undefined {
  const m = /^(\d+)\s*([mhd])$/i.exec(t);
  const seconds = named[t.toLowerCase()] ?? (m ? Number(m[1]) * unit[m[2]!.toLowerCase()]! : undefined);
  return seconds !== undefined && seconds >= 600 && seconds <= 366 * 86_400 ? seconds : undefined;
}
export type Settings = z.infer<typeof settingsSchema>;

/**
 * Pure, so the Worker can use it too. Without LINK_SECRET or ANSWER_SECRET in the environment,
 * `storedSecret` (on Node, a file beside the database) supplies it; without either, starting fails
 * with the reason. Throws SettingsError, whose message is one line naming each bad variable.
 */
export function readConfig(
  env: Env = process.env,
  storedSecret?: (databasePath: string, name: SecretFile) => string,
): NodeConfig {
  const s = parseSettings(settingsSchema, env);
  const databasePath = s.DATABASE_PATH;
  const linkSecret = s.LINK_SECRET ?? storedSecret?.(databasePath, 'link-secret');
  if (!linkSecret) throw new SettingsError('LINK_SECRET is not set: give it 32 or more random characters.');
  const answerSecret = s.ANSWER_SECRET ?? storedSecret?.(databasePath, 'answer-secret');
  if (!answerSecret || answerSecret.length < 32) {
    throw new SettingsError('ANSWER_SECRET is not set: give it 32 or more random characters.');
  }
  const publicUrl = s.PUBLIC_URL ?? `http://localhost:${s.PORT}`;
  return {
    port: s.PORT,
    databasePath,
    trustProxy: s.TRUST_PROXY,
    dispatchIntervalSeconds: s.DISPATCH_INTERVAL_SECONDS,
    publicUrl,
    maxBodyBytes: s.MAX_BODY_BYTES,
    secureCookies: publicUrl.startsWith('https://'),
    sessionSeconds: Math.round(s.SESSION_HOURS * 3600),
    assets: { respondJs: null },
    answerSecret,
    defaultCountry: s.DEFAULT_COUNTRY,
    distribution: distributionConfig(s, linkSecret),
    auditKeepDays: s.AUDIT_KEEP_DAYS,
    backups: { kind: 'file', dir: s.BACKUP_DIR, everySeconds: s.BACKUP_EVERY, keep: s.BACKUP_KEEP },
  };
}
