/**
 * Email over SMTP with nodemailer, on a pool of connections kept open between messages (a new TLS
 * handshake per message would cap us far below the provider's rate).
 */
import nodemailer from 'nodemailer';
import type { Mailer, SendResult } from '../deps.ts';

export interface SmtpOptions {
  /** smtp://user:pass@host:587 or smtps://...:465 */
  url: string;
  from: string;
  maxConnections?: number;
}

export function smtpMailer(options: SmtpOptions): Mailer & { close(): void } {
  const transport = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: options.maxConnections ?? 5,
    maxMessages: Infinity,
  });
  return {
    async send(message): Promise<SendResult> {
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: message.headers,
        });
        if (info.rejected.length > 0)
          return { ok: false, permanent: true, code: 'REJECTED', message: `refused ${message.to}` };
        return { ok: true, providerId: info.messageId };
      } catch (err) {
        return classify(err as { responseCode?: number; code?: string; message?: string });
      }
    },
    close: () => transport.close(),
  };
}

/**
 * An SMTP 5xx reply is final for that message (no such mailbox, refused); a 4xx, a dropped connection
 * or a timeout may pass later. A 5xx to our login is our configuration, not the message: retry it,
 * so fixing SMTP_URL lets the queue drain.
 */
export function classify(err: { responseCode?: number; code?: string; message?: string }): SendResult {
  const code = err.responseCode ? `SMTP_${err.responseCode}` : (err.code ?? 'SMTP_ERROR');
  const message = (err.message ?? 'SMTP error').slice(0, 300);
  const permanent =
    (err.responseCode !== undefined && err.responseCode >= 500 && err.code !== 'EAUTH') ||
    err.code === 'EENVELOPE';
  return { ok: false, permanent, code, message };
}
