/**
 * The Node senders: SMTP and Twilio when configured, the development ones otherwise (they write each
 * message to the log, and the admin outbox view shows them).
 */
import type { Logger, Mailer, Random, SmsSender } from '../deps.ts';
import { devMailer, devSms } from '../distribution/dev-senders.ts';
import { smtpMailer } from './smtp-mailer.ts';
import { twilioSms } from './twilio-sms.ts';

type Env = Record<string, string | undefined>;

/**
 * Twilio when both credentials are set. Half a configuration is refused at start, not discovered when
 * the first invitations quietly land in the development log instead of on phones.
 */
function smsSender(env: Env, log: Logger, random: Random): SmsSender {
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken } = env;
  if (accountSid && !authToken) throw new Error('TWILIO_ACCOUNT_SID is set but TWILIO_AUTH_TOKEN is not.');
  if (!accountSid || !authToken) return devSms(log, random);
  const from = env.TWILIO_FROM || undefined;
  const messagingServiceSid = env.TWILIO_MESSAGING_SERVICE_SID || undefined;
  if (!from && !messagingServiceSid) {
    throw new Error(
      'Twilio is configured but has no sender: set TWILIO_FROM (a number in E.164) or TWILIO_MESSAGING_SERVICE_SID.',
    );
  }
  return twilioSms({
    accountSid,
    authToken,
    from,
    messagingServiceSid,
    apiUrl: env.TWILIO_API_URL || undefined,
  });
}

export function nodeSenders(env: Env, log: Logger, random: Random): { mailer: Mailer; sms: SmsSender } {
  const mailer = env.SMTP_URL
    ? smtpMailer({ url: env.SMTP_URL, from: env.MAIL_FROM || 'Sector Voice <surveys@localhost>' })
    : devMailer(log, random);
  return { mailer, sms: smsSender(env, log, random) };
}
