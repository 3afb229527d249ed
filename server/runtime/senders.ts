/**
 * The Node senders: SMTP (or SES) and Twilio when configured, the development ones otherwise (they write each
 * message to the log, and the admin outbox view shows them).
 */
import type { Logger, Mailer, Random, SmsSender } from '../deps.ts';
import { devSenderOptions } from '../distribution/config.ts';
import { devMailer, devSms } from '../distribution/dev-senders.ts';
import { sesMailer, sesSettings } from '../distribution/email-ses.ts';
import { twilioSettings } from '../distribution/twilio-fetch.ts';
import { smtpMailer } from './smtp-mailer.ts';
import { twilioSms } from './twilio-sms.ts';

type Env = Record<string, string | undefined>;

/** Twilio when both credentials are set; the settings (and the refusal of half a configuration) are shared with Workers. */
function smsSender(env: Env, log: Logger, random: Random): SmsSender {
  const settings = twilioSettings(env);
  return settings ? twilioSms(settings) : devSms(log, random, devSenderOptions(env));
}

/** SMTP first (the Node default), then SES over HTTPS (the same mailer Workers use), else development. */
export function nodeSenders(env: Env, log: Logger, random: Random): { mailer: Mailer; sms: SmsSender } {
  const ses = sesSettings(env);
  const mailer = env.SMTP_URL
    ? smtpMailer({ url: env.SMTP_URL, from: env.MAIL_FROM || 'Sector Voice <surveys@localhost>' })
    : ses
      ? sesMailer(ses, { now: () => new Date() })
      : devMailer(log, random, devSenderOptions(env));
  return { mailer, sms: smsSender(env, log, random) };
}
