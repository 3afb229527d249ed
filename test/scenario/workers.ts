/**
 * The scenario's harness on the Worker build: workerd with a local D1 under `wrangler dev`, the Cron
 * Trigger run through `--test-scheduled` (/__scheduled), Twilio over fetch to the Twilio peer (which
 * posts signed status callbacks back to the Worker) and email through SES over fetch to the SES peer.
 *
 * workerd runs on the real clock, so time is moved on the data instead: queued messages' `due_at`
 * moves into the past by as many days as the clock would have moved.
 */
import type { DispatchReport } from '../../server/distribution/dispatcher.ts';
import { waitForCount } from '../helpers/http-peer.ts';
import { startSesPeer, type SesPeer, type SesPeerMessage } from '../helpers/ses-peer.ts';
import { startTwilioPeer } from '../helpers/twilio-peer.ts';
import { HttpClient } from '../workers/client.ts';
import { queryD1, startLocalWorker, type LocalWorker } from '../workers/wrangler.ts';
import { lowerCaseKeys, receivedText, sender, surveyLinks, type Harness, type Received } from './harness.ts';

export interface WorkersHarness extends Harness {
  worker: LocalWorker;
  ses: SesPeer;
}

function receivedEmail(m: SesPeerMessage): Received {
  return {
    channel: 'email',
    id: m.messageId,
    to: m.to.join(', '),
    from: m.from,
    subject: m.subject,
    text: m.text,
    html: m.html || null,
    links: surveyLinks(m.text),
    headers: lowerCaseKeys(m.headers),
    statusCallback: null,
  };
}

/**
 * The report each cron run logs (`dispatch { cron: '* * * * *', launches: 0, sent: 5, ... }`), read
 * from the Worker's console: the same DispatchReport dispatchDue returns on Node.
 */
function reportsIn(output: string): DispatchReport[] {
  return [...output.matchAll(/\bdispatch \{([^}]*)\}/g)].map((m) => {
    const fields = Object.fromEntries(
      [...m[1]!.matchAll(/(\w+): (\d+)/g)].map(([, name, value]) => [name!, Number(value)]),
    );
    const { sent = 0, failed = 0, retried = 0, held = 0, skipped = 0, optedOut = 0 } = fields;
    return { sent, failed, retried, held, skipped, optedOut };
  });
}

export async function startWorkersHarness(): Promise<WorkersHarness> {
  const [twilio, ses] = await Promise.all([startTwilioPeer(), startSesPeer()]);
  let output = '';
  const worker = await startLocalWorker('sv-worker-dispatch-', {
    testScheduled: true,
    onOutput: (text) => void (output += text),
    vars: {
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM: sender.sms,
      TWILIO_API_URL: twilio.url,
      SES_ACCESS_KEY_ID: ses.accessKeyId,
      SES_SECRET_ACCESS_KEY: ses.secretAccessKey,
      SES_REGION: ses.region,
      SES_API_URL: ses.url,
      MAIL_FROM: sender.mail,
      MAIL_POSTAL_ADDRESS: sender.postalAddress,
      SMS_PER_SECOND: '0',
      EMAIL_PER_SECOND: '0',
    },
  });
  const query = <T>(sql: string) => queryD1<T>(worker.persistTo, sql);
  return {
    worker,
    ses,
    publicUrl: worker.dev.url,
    client: () => new HttpClient(worker.dev.url),
    fetch: (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(30_000) }),
    /** What wrangler's --test-scheduled does for a Cron Trigger: runs `scheduled` once and answers when it ends. */
    async dispatch() {
      const before = reportsIn(output).length;
      const res = await fetch(`${worker.dev.url}/__scheduled?cron=${encodeURIComponent('* * * * *')}`);
      const body = await res.text();
      if (res.status !== 200) throw new Error(`/__scheduled answered ${res.status}: ${body}`);
      await twilio.idle();
      // The log line crosses from workerd through wrangler's pipe, so it may trail the response.
      await waitForCount(() => reportsIn(output).length, before + 1, 'dispatch reports in the log').catch(
        (err: Error) => {
          throw new Error(`${err.message}:\n${worker.dev.output().slice(-4_000)}`);
        },
      );
      // Every request SES received was signed correctly (a refused one would look like a send failure).
      if (ses.refused.length > 0) throw new Error(`the SES peer refused: ${ses.refused.join(', ')}`);
      return reportsIn(output)[before]!;
    },
    async advanceDays(days) {
      await query(
        `UPDATE outbox SET due_at = strftime('%Y-%m-%dT%H:%M:%fZ', due_at, '-${days} days') WHERE status = 'queued'`,
      );
    },
    day: (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10),
    received: () => [...twilio.messages.map(receivedText), ...ses.messages.map(receivedEmail)],
    twilio,
    query,
    async stop() {
      await worker.stop();
      await Promise.all([twilio.close(), ses.close()]);
    },
  };
}
