/**
 * The whole path with real peers: a CSV import, a launch, the dispatcher sending through nodemailer
 * to a real SMTP server and through the twilio SDK to the local Twilio peer (which posts signed
 * status callbacks back), people answering from the links they received, reminders only for the
 * others, and STOP and one-click unsubscribe ending further messages.
 */
import type { ParsedMail } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { smtpMailer } from '../../server/runtime/smtp-mailer.ts';
import { twilioSms } from '../../server/runtime/twilio-sms.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import {
  adminClient,
  makeTestApp,
  testTwilioAuthToken,
  type TestClient,
  type TestContext,
} from '../helpers/app.ts';
import { startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer.ts';
import { inboundSms, startTwilioPeer, type TwilioPeer } from '../helpers/twilio-peer.ts';
import { outbox } from './helpers.ts';

const csv = [
  '\uFEFFFirst name;Email;Phone;Language;SMS consent;Occupation',
  'Ana;;(312) 555-0101;es;yes;welder',
  'Ben;;312.555.0102;en;yes;machinist',
  'Cleo;cleo@work.example;;en;;assembler',
  'Dev;dev@work.example;;en;;welder',
  'Eve;;312-555-0105;en;no;welder', // a phone without consent: a printed link only
].join('\r\n');

let ctx: TestContext;
let client: TestClient;
let smtp: SmtpPeer;
let twilio: TwilioPeer;
let mailer: ReturnType<typeof smtpMailer>;
let campaignId: string;

beforeEach(async () => {
  ctx = makeTestApp();
  client = await adminClient(ctx);
  smtp = await startSmtpPeer();
  twilio = await startTwilioPeer({
    authToken: testTwilioAuthToken,
    deliver: (url, init) => ctx.app.request(url, init),
  });
  mailer = smtpMailer({ url: smtp.url, from: 'River Valley <surveys@rivervalley.example>' });
  ctx.deps.mailer = mailer;
  ctx.deps.sms = twilioSms({
    accountSid: twilio.accountSid,
    authToken: twilio.authToken,
    from: '+13125550000',
    apiUrl: twilio.url,
  });

  const p = await client.post('/api/partnerships', {
    name: 'River Valley Partnership',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'America/Chicago',
  });
  const partnershipId = p.json.partnership.id;
  const imported = await client.request(
    'POST',
    `/api/partnerships/${partnershipId}/contacts/import?kind=worker`,
    csv,
    { 'content-type': 'text/csv' },
  );
  expect(imported.status, imported.text).toBe(201);
  const camp = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice',
    templateId: 'worker-voice',
    period: 'PY2026-Q1',
    opensOn: '2026-08-01',
    closesOn: '2026-09-30',
    reminderDays: [3, 7],
  });
  campaignId = camp.json.campaign.id;
  expect((await client.post(`/api/campaigns/${campaignId}/launch`)).json).toEqual({ invited: 5, queued: 4 });
});

afterEach(async () => {
  mailer.close();
  await smtp.close();
  await twilio.close();
});

/** A header as sent (mailparser turns List-* headers into objects). */
const header = (m: ParsedMail, name: string) =>
  m.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');

const linkIn = (text: string) => /https?:\/\/\S+\/s\/[A-Za-z0-9_-]{24}/.exec(text)![0];

async function answer(link: string) {
  const path = new URL(link).pathname;
  expect((await ctx.app.request(path)).status).toBe(200);
  const res = await ctx.app.request(`${path}/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: validAnswers(getTemplate('worker-voice')!, seededRandom(7)) }),
  });
  expect(res.status).toBe(200);
}

describe('distribution end to end', () => {
  it('invites by SMS and email, tracks delivery, and reminds only those who have not answered', async () => {
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 4, failed: 0 });
    await smtp.waitFor(2);
    await twilio.idle();

    // SMS: one segment each, in the person's language, with a link that opens their survey.
    const ana = twilio.messages.find((m) => m.to === '+13125550101')!;
    expect(ana.body).toMatch(/^River Valley Partnership: Hola Ana, conteste .* Responda STOP para salir$/);
    expect(ana.statusCallback).toMatch(/^http:\/\/survey\.test\/webhooks\/twilio\/status\?m=/);
    expect(twilio.messages.map((m) => m.to).sort()).toEqual(['+13125550101', '+13125550102']);
    // The peer's signed callbacks were accepted and moved the rows to delivered.
    expect(twilio.callbacks.map((c) => c.status)).toEqual(twilio.callbacks.map(() => 204));
    expect(
      outbox(ctx)
        .filter((r) => r.channel === 'sms' && r.purpose === 'invitation')
        .map((r) => r.status),
    ).toEqual(['delivered', 'delivered']);

    // Email: both parts, the unsubscribe link and the RFC 8058 headers.
    const cleo = smtp.messages.find(
      (m) => (m.to as { text: string }).text === 'cleo@work.example',
    ) as ParsedMail;
    expect(cleo.subject).toBe('River Valley Partnership wants to hear from you');
    expect(cleo.from?.value).toEqual([{ name: 'River Valley', address: 'surveys@rivervalley.example' }]);
    expect(cleo.text).toContain('100 Main St, Peoria, IL 61602');
    expect(cleo.html).toContain(linkIn(cleo.text!));
    expect(header(cleo, 'list-unsubscribe')).toMatch(/^<http:\/\/survey\.test\/u\/[^>]+>$/);
    expect(header(cleo, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    // Ana answers from her SMS, Cleo from her email.
    await answer(linkIn(ana.body));
    await answer(linkIn(cleo.text!));

    ctx.clock.advance(3 * 86_400_000);
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 2, skipped: 2 });
    await smtp.waitFor(3);
    expect(twilio.messages.map((m) => m.to).sort()).toEqual(['+13125550101', '+13125550102', '+13125550102']);
    expect(twilio.messages.at(-1)!.body).toMatch(/still open/);
    expect(
      smtp.messages.map((m) => (m.to as { text: string }).text).filter((t) => t === 'cleo@work.example'),
    ).toHaveLength(1);
    // Three days on, the admin's session has expired: sign in again.
    await client.post('/api/auth/login', { email: 'admin@example.org', password: 'correct horse battery' });
    const res = await client.get(`/api/campaigns/${campaignId}/progress`);
    expect(res.status, res.text).toBe(200);
    const progress = res.json.progress;
    expect(progress).toMatchObject({ invited: 5, completed: 2, responseRate: 0.4 });
    expect(progress.channels.sms).toMatchObject({
      invited: 2,
      delivered: 2,
      completed: 1,
      responseRate: 0.5,
    });
    expect(progress.channels.email).toMatchObject({ invited: 2, sent: 2, completed: 1 });
    expect(progress.channels.none).toEqual({ invited: 1, completed: 0 });
    expect(progress.reminders).toMatchObject({ skipped: 2, delivered: 1, sent: 1, queued: 4 });
  });

  it('sends no further SMS after STOP and no further email after a one-click unsubscribe', async () => {
    await dispatchDue(ctx.deps);
    await smtp.waitFor(2);
    await twilio.idle();
    const stop = await inboundSms((url, init) => ctx.app.request(url, init), {
      url: 'http://survey.test/webhooks/twilio/inbound',
      authToken: testTwilioAuthToken,
      from: '+13125550102',
      body: ' Stop. ',
    });
    expect(stop.status).toBe(200);
    expect(await stop.text()).toMatch(/<Message>.*STOP|<Message>.*opted out|<Message>/s);
    const dev = smtp.messages.find((m) => (m.to as { text: string }).text === 'dev@work.example')!;
    const unsubscribe = header(dev, 'list-unsubscribe')!.slice(1, -1);
    const oneClick = await ctx.app.request(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);

    ctx.clock.advance(8 * 86_400_000);
    expect(await dispatchDue(ctx.deps)).toMatchObject({ sent: 4 });
    await smtp.waitFor(4);
    expect(twilio.messages.filter((m) => m.to === '+13125550102')).toHaveLength(1);
    expect(smtp.messages.filter((m) => (m.to as { text: string }).text === 'dev@work.example')).toHaveLength(
      1,
    );
    expect(outbox(ctx).filter((r) => r.status === 'opted_out')).toHaveLength(4);
  });
});
