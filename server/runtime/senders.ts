/**
 * The Node senders: SMTP (or SES) and Twilio when configured, the development ones otherwise (they write each
 * message to the log, and the admin outbox view shows them).
 */
import type { Logger, Mailer, Random, SendResult, SmsSender } from '../deps.ts';
import { devSenderOptions } from '../distribution/config.ts';
import { devMailer, devSms } from '../distribution/dev-senders.ts';
import { sesMailer, sesSettings } from '../distribution/email-ses.ts';
import { twilioSettings } from '../distribution/twilio-fetch.ts';

type Env = Record<string, string | undefined>;

/**
 * A sender whose SDK loads with its first message. twilio and nodemailer took about 0.45 s of the
 * 1.8 s every process spent starting (each CLI command, each server start), for messages most of
 * those never send. A configuration error still stops the start: settings are read before this.
 */
function onFirstSend<M>(load: () => Promise<{ send(message: M): Promise<SendResult> }>) {
  let sender: ReturnType<typeof load> | undefined;
  return { send: async (message: M) => (await (sender ??= load())).send(message) };
}

/** Twilio when both credentials are set; the settings (and the refusal of half a configuration) are shared with Workers. */
function smsSender(env: Env, log: Logger, random: Random): SmsSender {
  const settings = twilioSettings(env);
  if (!settings) return devSms(log, random, devSenderOptions(env));
  return onFirstSend(async () => (await import('./twilio-sms.ts')).twilioSms(settings));
}

/** SMTP first (the Node default), then SES over HTTPS (the same mailer Workers use), else development. */
export function nodeSenders(env: Env, log: Logger, random: Random): { mailer: Mailer; sms: SmsSender } {
  const ses = sesSettings(env);
  const smtp = env.SMTP_URL ? { url: env.SMTP_URL, from: env.MAIL_FROM || 'Sector Voice <surveys@localhost>' } : null;
  const mailer = smtp
    ? onFirstSend(async () => (await import('./smtp-mailer.ts')).smtpMailer(smtp))
    : ses
      ? sesMailer(ses, { now: () => new Date() })
      : devMailer(log, random, devSenderOptions(env));
  return { mailer, sms: smsSender(env, log, random) };
}
