/**
 * `sms_reply_p99_ms`: from a signed inbound text reaching the server to the step's reply handed to the
 * SMS sender, with 200 conversations by text under way at once. The real app runs behind the Node
 * listener `npm start` uses, over a SQLite file, and sends through the twilio SDK to the local Twilio
 * peer (in this process, so its work counts against us too). The inbound posts are signed before the
 * clock starts, as Twilio signs them on its side.
 *
 * Two loads: `sms_reply_p99_ms`, the 200 workers replying at a steady 50 texts a second in all (each
 * answering about every four seconds, faster than people type on a basic phone), and
 * `sms_reply_burst_p99_ms`, all 200 replying in the same instant, a queue the one event loop works
 * through. Target: under 100 ms for the steady load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app.ts';
import { dispatchDue } from '../server/distribution/dispatcher.ts';
import { readConfig } from '../server/runtime/config.ts';
import { nodeDeps } from '../server/runtime/deps.ts';
import { createNodeServer, nodeListener } from '../server/runtime/node-server.ts';
import { twilioSms } from '../server/runtime/twilio-sms.ts';
import { allDayPartnership } from '../test/helpers/seed.ts';
import { signedRequest, startTwilioPeer } from '../test/helpers/twilio-peer.ts';
import type { Figure } from './run.ts';

const workers = Number(process.env.BENCH_SMS_CONVERSATIONS ?? 200);
const authToken = 'bench-twilio-auth-token-0123456789';
const steadyPerSecond = 50;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round1 = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function smsReplyBench(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sv-sms-reply-'));
  const twilio = await startTwilioPeer({
    authToken,
    deliver: async () => new Response(null, { status: 204 }),
  });
  const env = {
    DATABASE_PATH: join(dir, 'bench.db'),
    LINK_SECRET: 'bench-link-secret-0123456789abcdefghijkl',
    ANSWER_SECRET: 'bench-answer-secret-0123456789abcdefghij',
    SMS_PER_SECOND: '0',
    EMAIL_PER_SECOND: '0',
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: authToken,
    TWILIO_FROM: '+13125550100',
  };
  const deps = nodeDeps(readConfig(env), undefined, {});
  deps.log = { info() {}, error: (m, f) => console.error(m, f) };
  const sender = twilioSms({
    accountSid: twilio.accountSid,
    authToken,
    from: '+13125550100',
    apiUrl: twilio.url,
  });
  // When each phone's next reply is handed to the sender.
  const waiting = new Map<string, (at: number) => void>();
  deps.sms = {
    send(message) {
      waiting.get(message.to)?.(performance.now());
      waiting.delete(message.to);
      return sender.send(message);
    },
  };
  const app = createApp(() => deps);
  const listener = nodeListener({ fetch: app.fetch, preReadBytes: deps.config.maxBodyBytes });
  const server = createNodeServer(listener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The signature covers the public URL the server believes it has.
  const url = `${deps.config.publicUrl}/webhooks/twilio/inbound`;
  try {
    const { client, partnershipId } = await allDayPartnership(app, 'Bench');
    const phones = Array.from({ length: workers }, (_, i) => `+1312${String(6_000_000 + i)}`);
    const added = await client.post(
      `/api/partnerships/${partnershipId}/contacts`,
      phones.map((phone, i) => ({ firstName: `W${i}`, phone, smsConsent: true, kind: 'worker' })),
    );
    if (added.status !== 201) throw new Error(added.text);
    const today = new Date().toISOString().slice(0, 10);
    const c = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
      name: 'Bench by text',
      templateId: 'worker-voice',
      period: '2026-Q4',
      opensOn: today,
      closesOn: '2999-12-31',
      channels: ['sms'],
      smsAnswers: 'both',
      audience: { kinds: ['worker'] },
    });
    if (c.status !== 201) throw new Error(c.text);
    const launched = await client.post(`/api/campaigns/${c.json.campaign.id}/launch`);
    if (launched.status !== 200) throw new Error(launched.text);
    const report = await dispatchDue(deps);
    if (report.sent !== workers) throw new Error(`invitations: ${JSON.stringify(report)}`);

    let n = 0;
    /** One signed text; resolves with the milliseconds until its reply reached the sender. */
    const text = async (from: string, body: string): Promise<number> => {
      const sid = `SM${(++n).toString(16).padStart(32, '0')}`;
      const init = signedRequest(authToken, url, {
        MessageSid: sid,
        SmsSid: sid,
        From: from,
        Body: body,
        To: '+13125550100',
      });
      const handed = new Promise<number>((resolve) => waiting.set(from, resolve));
      const started = performance.now();
      const res = await fetch(`${origin}/webhooks/twilio/inbound`, init);
      if (res.status !== 200) throw new Error(`inbound answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
      return (await handed) - started;
    };
    // Everyone starts, then answers the seven required agree items: 200 conversations under way.
    for (const phone of phones) await text(phone, '1');
    const steady: number[] = [];
    for (let round = 0; round < 3; round++) {
      const inFlight: Promise<number>[] = [];
      for (const phone of phones) {
        inFlight.push(text(phone, String(1 + ((round + phone.length) % 5))));
        await sleep(1000 / steadyPerSecond);
      }
      steady.push(...(await Promise.all(inFlight)));
    }
    const burst: number[] = [];
    for (let round = 0; round < 3; round++)
      burst.push(...(await Promise.all(phones.map((phone) => text(phone, '4')))));
    return [
      { name: 'sms_reply_p50_ms', value: round1(percentile(steady, 50)), unit: 'ms' },
      { name: 'sms_reply_p99_ms', value: round1(percentile(steady, 99)), unit: 'ms' },
      { name: 'sms_reply_burst_p50_ms', value: round1(percentile(burst, 50)), unit: 'ms' },
      { name: 'sms_reply_burst_p99_ms', value: round1(percentile(burst, 99)), unit: 'ms' },
    ];
  } finally {
    server.close();
    await twilio.close();
    await deps.sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
