/**
 * The scenario's harness on Node: a fresh app over in-memory SQLite with a movable clock, the
 * dispatcher sending through nodemailer to a real SMTP server and through the twilio SDK to the Twilio
 * peer, whose signed status callbacks come back through app.request.
 */
import type { ParsedMail } from 'mailparser';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { runUpkeep } from '../../server/upkeep.ts';
import { smtpMailer } from '../../server/runtime/smtp-mailer.ts';
import { twilioSms } from '../../server/runtime/twilio-sms.ts';
import { makeTestApp, testTwilioAuthToken, TestClient } from '../helpers/app.ts';
import { startSmtpPeer } from '../helpers/smtp-peer.ts';
import { startTwilioPeer } from '../helpers/twilio-peer.ts';
import { lowerCaseKeys, receivedText, sender, surveyLinks, type Harness, type Received } from './harness.ts';

/** The headers as sent: mailparser turns some (List-*, From) into objects, the raw lines keep them. */
function receivedEmail(m: ParsedMail): Received {
  const headers = lowerCaseKeys(
    Object.fromEntries(m.headerLines.map((h) => [h.key, h.line.replace(/^[^:]+:\s*/, '')])),
  );
  return {
    channel: 'email',
    id: m.messageId ?? '',
    to: (m.to as { text: string }).text,
    from: headers.from ?? '',
    subject: m.subject ?? null,
    text: m.text ?? '',
    html: m.html || null,
    links: surveyLinks(m.text ?? ''),
    headers,
    statusCallback: null,
  };
}

export async function startNodeHarness(): Promise<Harness> {
  // A weekday inside PY2026-Q2, the period the scenario's campaigns are for.
  const ctx = makeTestApp({ now: '2026-11-16T15:00:00Z' });
  const smtp = await startSmtpPeer();
  const twilio = await startTwilioPeer({
    authToken: testTwilioAuthToken,
    deliver: (url, init) => ctx.app.request(url, init),
  });
  const mailer = smtpMailer({ url: smtp.url, from: sender.mail });
  ctx.deps.mailer = mailer;
  ctx.deps.sms = twilioSms({
    accountSid: twilio.accountSid,
    authToken: twilio.authToken,
    from: sender.sms,
    apiUrl: twilio.url,
  });
  return {
    publicUrl: ctx.deps.config.publicUrl,
    client: () => new TestClient(ctx),
    fetch: async (url, init) => ctx.app.request(url, init),
    // A tick of Node's loop: the dispatcher, then the upkeep (releases, the draft sweep).
    async dispatch() {
      const report = await dispatchDue(ctx.deps);
      await runUpkeep(ctx.deps);
      await twilio.idle();
      return report;
    },
    async advanceDays(days) {
      ctx.clock.advance(days * 86_400_000);
    },
    day: (offset) => new Date(ctx.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10),
    received: () => [...twilio.messages.map(receivedText), ...smtp.messages.map(receivedEmail)],
    twilio,
    async query<T>(sql: string) {
      const statement = ctx.raw.prepare(sql);
      if (statement.reader) return statement.all() as T[];
      statement.run();
      return [];
    },
    async stop() {
      mailer.close();
      await Promise.all([smtp.close(), twilio.close()]);
    },
  };
}
