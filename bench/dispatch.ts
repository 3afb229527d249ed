/**
 * dispatch_email_per_s and dispatch_sms_per_s: 10,000 invitations per channel with the rate limits
 * lifted, through nodemailer to a real SMTP server and the twilio SDK to the local Twilio peer (both
 * in this process, so their work counts against us too). Target: at least 500 per second each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app.ts';
import { dispatchDue } from '../server/distribution/dispatcher.ts';
import { readConfig } from '../server/runtime/config.ts';
import { nodeDeps } from '../server/runtime/deps.ts';
import { smtpMailer } from '../server/runtime/smtp-mailer.ts';
import { twilioSms } from '../server/runtime/twilio-sms.ts';
import type { TestClient } from '../test/helpers/app.ts';
import { allDayPartnership } from '../test/helpers/seed.ts';
import { startSmtpPeer } from '../test/helpers/smtp-peer.ts';
import { startTwilioPeer } from '../test/helpers/twilio-peer.ts';
import type { Figure } from './run.ts';

const perChannel = Number(process.env.BENCH_DISPATCH ?? 10_000);

async function campaign(client: TestClient, partnershipId: string, channel: 'sms' | 'email') {
  for (let start = 0; start < perChannel; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, perChannel - start) }, (_, k) => {
      const i = start + k;
      return channel === 'sms'
        ? { firstName: `S${i}`, phone: `+1312${String(5_000_000 + i)}`, smsConsent: true, kind: 'worker' }
        : { firstName: `E${i}`, email: `e${i}@bench.example`, kind: 'worker' };
    });
    const res = await client.post(`/api/partnerships/${partnershipId}/contacts`, batch);
    if (res.status !== 201) throw new Error(res.text);
  }
  const today = new Date().toISOString().slice(0, 10);
  const c = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: `Bench ${channel}`,
    templateId: 'worker-voice',
    period: '2026-Q4',
    opensOn: today,
    closesOn: '2999-12-31',
    channels: [channel],
    audience: { kinds: ['worker'] },
  });
  const launched = await client.post(`/api/campaigns/${c.json.campaign.id}/launch`);
  if (launched.status !== 200) throw new Error(launched.text);
}

export async function dispatchBench(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sv-dispatch-'));
  const smtp = await startSmtpPeer({ parse: false });
  const twilio = await startTwilioPeer({ deliver: async () => new Response(null, { status: 204 }) });
  const env = {
    DATABASE_PATH: join(dir, 'bench.db'),
    LINK_SECRET: 'bench-link-secret-0123456789abcdefghijkl',
    ANSWER_SECRET: 'bench-answer-secret-0123456789abcdefghij',
    SMS_PER_SECOND: '0',
    EMAIL_PER_SECOND: '0',
  };
  const deps = nodeDeps(readConfig(env), undefined, {});
  deps.log = { info() {}, error: (m, f) => console.error(m, f) };
  const mailer = smtpMailer({ url: smtp.url, from: 'Bench <bench@example.org>', maxConnections: 10 });
  deps.mailer = mailer;
  deps.sms = twilioSms({
    accountSid: twilio.accountSid,
    authToken: twilio.authToken,
    from: '+13125550100',
    apiUrl: twilio.url,
  });
  try {
    const { client, partnershipId } = await allDayPartnership(
      createApp(() => deps),
      'Bench',
    );
    const figures: Figure[] = [];
    for (const channel of ['email', 'sms'] as const) {
      await campaign(client, partnershipId, channel);
      const started = performance.now();
      const report = await dispatchDue(deps);
      const seconds = (performance.now() - started) / 1000;
      const received = channel === 'sms' ? twilio.messages.length : smtp.recipients.length;
      if (report.sent !== perChannel || received !== perChannel) {
        throw new Error(`${channel}: sent ${report.sent}, received ${received}, expected ${perChannel}`);
      }
      figures.push({
        name: `dispatch_${channel}_per_s`,
        value: Math.round(perChannel / seconds),
        unit: 'msg/s',
      });
    }
    return figures;
  } finally {
    mailer.close();
    await smtp.close();
    await twilio.close();
    await deps.sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
