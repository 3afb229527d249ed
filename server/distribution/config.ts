/**
 * Distribution settings from environment variables, read the same way on Node and Workers (the
 * runtime passes its env in). Rates default to what a new account with each provider allows.
 */
import { z } from 'zod';
import {
  decimal,
  flag,
  matching,
  parseSettings,
  SettingsError,
  text,
  url,
  wholeNumber,
  type Env,
} from '../settings.ts';
import type { DistributionConfig } from '../deps.ts';

/** DEV_SHOW_LINKS, in the schema below so a bad value stops the start like any other. */
const devShowLinksSetting = flag('1 (print whole links in the development log) or 0');

/** The development senders' options from the environment, read by the schema's own rule. */
export function devSenderOptions(env: Env): { showLinks: boolean } {
  return { showLinks: devShowLinksSetting.parse(env.DEV_SHOW_LINKS) };
}

/**
 * The distribution part of the settings schema (server/settings.ts; runtime/config.ts adds the rest).
 * The senders' own variables are checked here for form; email-ses.ts and twilio-fetch.ts still decide
 * which of them make a whole configuration.
 */
export const distributionSettings = {
  MAIL_FROM: matching(
    'a From header with an address, such as "River Valley <surveys@example.org>"',
    /@/,
    'Sector Voice <surveys@localhost>',
  ),
  MAIL_POSTAL_ADDRESS: text('Set MAIL_POSTAL_ADDRESS to your mailing address'),
  EMAIL_PER_SECOND: decimal('a number of emails a second, 0 for no limit, such as 10', 10, 0, 10_000),
  SMS_PER_SECOND: decimal('a number of texts a second, 0 for no limit, such as 1', 1, 0, 10_000),
  SEND_MAX_ATTEMPTS: wholeNumber('a whole number of tries from 1 to 100, such as 5', 5, 1, 100),
  SEND_LEASE_SECONDS: decimal('a number of seconds from 1 to 86400, such as 120', 120, 1, 86_400),
  SMTP_URL: url(
    'a URL such as smtp://user:password@smtp.example.org:587 or smtps://...:465',
    ['smtp:', 'smtps:'],
    null,
    { secret: true },
  ),
  SES_ACCESS_KEY_ID: text(null, { secret: true }),
  SES_SECRET_ACCESS_KEY: text(null, { secret: true }),
  SES_SESSION_TOKEN: text(null, { secret: true }),
  SES_REGION: matching('an AWS region such as us-east-1 or us-gov-west-1', /^[a-z]{2}(-[a-z]+)+-\d+$/, null),
  SES_CONFIGURATION_SET: text(null),
  SES_API_URL: url('an http(s) URL', ['http:', 'https:'], null),
  TWILIO_ACCOUNT_SID: matching(
    'an account SID from the Twilio console: AC and 32 hexadecimal digits',
    /^AC[0-9a-f]{32}$/i,
    null,
    { secret: true },
  ),
  TWILIO_AUTH_TOKEN: text(null, { secret: true }),
  TWILIO_FROM: matching(
    'a number in E.164 such as +13125550000, a short code or an alphanumeric sender ID',
    /^(\+[1-9]\d{6,14}|\d{5,6}|(?=.*[a-z])[a-z0-9 ]{1,11})$/i,
    null,
  ),
  TWILIO_MESSAGING_SERVICE_SID: matching(
    'a Messaging Service SID: MG and 32 hexadecimal digits',
    /^MG[0-9a-f]{32}$/i,
    null,
  ),
  TWILIO_API_URL: url('an http(s) URL', ['http:', 'https:'], null),
  DEV_SHOW_LINKS: devShowLinksSetting,
};

export const distributionSchema = z.object(distributionSettings);
export type DistributionSettings = z.infer<typeof distributionSchema>;

/** From settings already parsed (runtime/config.ts parses every variable once). */
export function distributionConfig(s: DistributionSettings, linkSecret: string): DistributionConfig {
  if (linkSecret.length < 32) throw new SettingsError('LINK_SECRET must be at least 32 characters.');
  return {
    linkSecret,
    mailFrom: s.MAIL_FROM,
    postalAddress: s.MAIL_POSTAL_ADDRESS,
    twilioAuthToken: s.TWILIO_AUTH_TOKEN,
    emailPerSecond: s.EMAIL_PER_SECOND,
    smsPerSecond: s.SMS_PER_SECOND,
    maxAttempts: s.SEND_MAX_ATTEMPTS,
    leaseSeconds: s.SEND_LEASE_SECONDS,
    senders: {
      email: s.SMTP_URL ? 'smtp' : s.SES_ACCESS_KEY_ID ? 'http' : 'dev',
      sms: s.TWILIO_ACCOUNT_SID && s.TWILIO_AUTH_TOKEN ? 'twilio' : 'dev',
    },
    // Nobody can text an alphanumeric sender ID back.
    smsFrom: s.TWILIO_FROM && /^(\+\d+|\d+)$/.test(s.TWILIO_FROM) ? s.TWILIO_FROM : null,
  };
}

/** The distribution settings alone, from raw variables (tests and benchmarks that build deps by hand). */
export function readDistributionConfig(env: Env, linkSecret: string): DistributionConfig {
  return distributionConfig(parseSettings(distributionSchema, env), linkSecret);
}
