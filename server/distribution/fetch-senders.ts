/**
 * The senders for Workers, chosen from the environment exactly as on Node: Twilio when TWILIO_* is
 * set, SES when SES_* is set, the development senders (the log and the admin outbox view) otherwise.
 * Both real ones speak HTTPS through `fetch` only, so this module runs anywhere fetch and WebCrypto do.
 */
import type { Clock, Logger, Mailer, Random, SmsSender } from '../deps.ts';
import { devSenderOptions } from './config.ts';
import { devMailer, devSms } from './dev-senders.ts';
import { sesMailer, sesSettings } from './email-ses.ts';
import { twilioFetchSms, twilioSettings } from './twilio-fetch.ts';

type Env = Record<string, string | undefined>;

export function fetchSenders(
  env: Env,
  log: Logger,
  random: Random,
  clock: Clock,
): { mailer: Mailer; sms: SmsSender } {
  // Workers cannot open SMTP connections; say so at start rather than let every email fail.
  if (env.SMTP_URL)
    throw new Error('SMTP_URL cannot be used on Workers: configure SES_* (see the README) or unset it.');
  const ses = sesSettings(env);
  const twilio = twilioSettings(env);
  const dev = devSenderOptions(env);
  return {
    mailer: ses ? sesMailer(ses, clock) : devMailer(log, random, dev),
    sms: twilio ? twilioFetchSms(twilio) : devSms(log, random, dev),
  };
}
