/**
 * Development senders, used when no SMTP server or Twilio account is configured: nothing leaves the
 * machine, and each message is written to the log whole, so a new user can open the links they
 * "received". The admin outbox view (GET /api/dev/outbox) shows the same messages from the outbox.
 */
import type { Logger, Mailer, Random, SmsSender } from '../deps.ts';
import { newId } from '../ids.ts';

export function devMailer(log: Logger, random: Random): Mailer {
  return {
    async send(message) {
      log.info(`[dev email] to ${message.to}: ${message.subject}\n${message.text}`);
      return { ok: true, providerId: `dev-${newId(random)}` };
    },
  };
}

export function devSms(log: Logger, random: Random): SmsSender {
  return {
    async send(message) {
      log.info(`[dev sms] to ${message.to}: ${message.body}`);
      return { ok: true, providerId: `dev-${newId(random)}` };
    },
  };
}
