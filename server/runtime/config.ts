/** Configuration from environment variables, for the Node entry and the CLI. */
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';
import type { Config } from '../deps.ts';
import { readDistributionConfig } from '../distribution/config.ts';
import type { SecretFile } from './link-secret.ts';

export interface NodeConfig extends Config {
  port: number;
  databasePath: string;
  /** Behind a reverse proxy (TRUST_PROXY=1): the client is the last X-Forwarded-For hop, not the socket. */
  trustProxy: boolean;
}

/**
 * Pure, so the Worker can use it too. Without LINK_SECRET or ANSWER_SECRET in the environment,
 * `storedSecret` (on Node, a file beside the database) supplies it; without either, starting fails
 * with the reason.
 */
export function readConfig(
  env: Record<string, string | undefined> = process.env,
  storedSecret?: (databasePath: string, name: SecretFile) => string,
): NodeConfig {
  const port = Number(env.PORT ?? 8787);
  const databasePath = env.DATABASE_PATH ?? 'data/survey.db';
  const linkSecret = env.LINK_SECRET ?? storedSecret?.(databasePath, 'link-secret');
  if (!linkSecret) throw new Error('LINK_SECRET is not set: give it 32 or more random characters.');
  const answerSecret = env.ANSWER_SECRET ?? storedSecret?.(databasePath, 'answer-secret');
  if (!answerSecret || answerSecret.length < 32) {
    throw new Error('ANSWER_SECRET is not set: give it 32 or more random characters.');
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    databasePath,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    publicUrl,
    maxBodyBytes: Number(env.MAX_BODY_BYTES ?? 256 * 1024),
    secureCookies: publicUrl.startsWith('https://'),
    sessionSeconds: Number(env.SESSION_HOURS ?? 12) * 3600,
    assets: { respondJs: null },
    answerSecret,
    defaultCountry: readCountry(env.DEFAULT_COUNTRY),
    distribution: readDistributionConfig(env, linkSecret),
  };
}

function readCountry(raw = 'US'): CountryCode {
  const code = raw.trim().toUpperCase();
  if (!isSupportedCountry(code)) {
    throw new Error(`DEFAULT_COUNTRY "${raw}" is not a two-letter country code we know, such as US or MX.`);
  }
  return code;
}
