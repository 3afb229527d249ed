/**
 * Development senders, used when no SMTP server or Twilio account is configured: nothing leaves the
 * machine, and each message is written to the log. A message's personal link is a worker's answer
 * sheet, and logs are copied around (terminals, CI output, log collectors), so links are written as
 * `/s/…` unless DEV_SHOW_LINKS=1 asks for them whole; the admin outbox view (GET /api/dev/outbox,
 * admins only) always shows the messages as sent.
 */
import type { Logger, Mailer, Random, SmsSender } from '../deps.ts';
import { newId } from '../ids.ts';

export interface DevSenderOptions {
  /** Write personal links whole (DEV_SHOW_LINKS=1), for trying the respondent pages from a terminal. */
  showLinks?: boolean;
}

const personalLink = /(\/(?:s|u|o)\/)[A-Za-z0-9_-]{16,}/g;

export function redactLinks(text: string): string {
  return text.replace(personalLink, '$1…');
}

const shown = (text: string, options: DevSenderOptions) => (options.showLinks ? text : redactLinks(text));

export function devMailer(log: Logger, random: Random, options: DevSenderOptions = {}): Mailer {
  return {
    async send(message) {
      log.info(shown(`[dev email] to ${message.to}: ${message.subject}\n${message.text}`, options));
      return { ok: true, providerId: `dev-${newId(random)}` };
    },
  };
}

export function devSms(log: Logger, random: Random, options: DevSenderOptions = {}): SmsSender {
  return {
    async send(message) {
      log.info(shown(`[dev sms] to ${message.to}: ${message.body}`, options));
      return { ok: true, providerId: `dev-${newId(random)}` };
    },
  };
}
