/**
 * A real SMTP server for tests (smtp-server over TCP), parsing each message it accepts with
 * mailparser. Recipients can be made to fail: `reject` answers 550 (permanent), `deferOnce` answers
 * 451 the first time (transient).
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { waitForCount } from './http-peer.ts';

export interface SmtpPeer {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Raw RFC 5322 sources, for byte-level checks. */
  raw: string[];
  /** Envelope recipients of each message accepted, in order. */
  recipients: string[];
  reject: Set<string>;
  deferOnce: Set<string>;
  close(): Promise<void>;
  /** Resolves once at least n messages have arrived. */
  waitFor(n: number, timeoutMs?: number): Promise<ParsedMail[]>;
}

export async function startSmtpPeer(options: { parse?: boolean } = {}): Promise<SmtpPeer> {
  const messages: ParsedMail[] = [];
  const raw: string[] = [];
  const recipients: string[] = [];
  const reject = new Set<string>();
  const deferOnce = new Set<string>();
  const parse = options.parse ?? true;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 1 << 20,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (reject.has(to))
        return callback(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }));
      if (deferOnce.delete(to))
        return callback(Object.assign(new Error('4.2.0 Try again later'), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const source = Buffer.concat(chunks).toString('utf8');
        raw.push(source);
        recipients.push(...session.envelope.rcptTo.map((a) => a.address.toLowerCase()));
        if (parse) messages.push(await simpleParser(source));
        callback();
      });
    },
  });
  // A client killed mid-conversation resets its socket; that is the test's doing, not a failure.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    raw,
    recipients,
    reject,
    deferOnce,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    async waitFor(n, timeoutMs) {
      await waitForCount(() => (parse ? messages.length : raw.length), n, 'messages', timeoutMs);
      return messages;
    },
  };
}
