/**
 * Development senders, used when no SMTP server or Twilio account is configured: nothing leaves the
 * machine, and each message is written to the log. A message's personal link is a worker's answer
 * sheet, and logs are copied around (terminals, CI output, log collectors), so links are written as
 * `/s/…` unless DEV_SHOW_LINKS=1 asks for them whole; the admin outbox view (GET /api/dev/outbox,
 * admins only) always shows the messages as sent, and the SMS sender's conversations by text from
 * its in-memory log (never the database, never the log lines).
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

/** One text of the development SMS log: one we sent ('out'), or a worker's reply typed in the dev outbox ('in'). */
export interface LoggedText {
  /** Order in the log, across every phone. */
  seq: number;
  phone: string;
  direction: 'in' | 'out';
  body: string;
}

/**
 * What the development SMS sender remembers, in memory only and for the last `devTextsKept` texts:
 * the replies of a conversation by text are deleted from the database once sent (nobody can later
 * tell who was texted what), so this is the only place the dev outbox can show a conversation from.
 * A restart forgets it, as a phone's owner would be the only one to remember.
 */
export interface DevTexts {
  /** A worker's text, typed in the dev outbox as if it had come in. */
  received(phone: string, body: string): void;
  /** The texts to and from `phone`, oldest first. */
  thread(phone: string): LoggedText[];
  /** Every phone's thread, the phone whose latest text is newest first. */
  threads(): { phone: string; texts: LoggedText[] }[];
}

export const devTextsKept = 500;

const devLogs = new WeakMap<SmsSender, DevTexts>();

/** The log of a development SMS sender; null for any other sender (a real one, a test's recorder). */
export function devTextsOf(sms: SmsSender): DevTexts | null {
  return devLogs.get(sms) ?? null;
}

function devTexts(): DevTexts & { sent(phone: string, body: string): void } {
  const texts: LoggedText[] = [];
  let seq = 0;
  const add = (phone: string, direction: LoggedText['direction'], body: string) => {
    texts.push({ seq: ++seq, phone, direction, body });
    if (texts.length > devTextsKept) texts.splice(0, texts.length - devTextsKept);
  };
  return {
    sent: (phone, body) => add(phone, 'out', body),
    received: (phone, body) => add(phone, 'in', body),
    thread: (phone) => texts.filter((t) => t.phone === phone),
    threads() {
      const byPhone = new Map<string, LoggedText[]>();
      for (let i = texts.length - 1; i >= 0; i--) {
        const t = texts[i]!;
        const list = byPhone.get(t.phone);
        if (list) list.unshift(t);
        else byPhone.set(t.phone, [t]);
      }
      return [...byPhone].map(([phone, list]) => ({ phone, texts: list }));
    },
  };
}

export function devSms(log: Logger, random: Random, options: DevSenderOptions = {}): SmsSender {
  const kept = devTexts();
  const sender: SmsSender = {
    async send(message) {
      log.info(shown(`[dev sms] to ${message.to}: ${message.body}`, options));
      kept.sent(message.to, message.body);
      return { ok: true, providerId: `dev-${newId(random)}` };
    },
  };
  devLogs.set(sender, kept);
  return sender;
}
