/**
 * Issue #6's end-to-end scenario on the Worker: workerd with a local D1, the Cron Trigger run through
 * wrangler's `--test-scheduled` (/__scheduled), Twilio over fetch to the local Twilio peer (which posts
 * signed status callbacks back to the Worker) and email through SES over fetch to the local SES peer.
 * The people come from a CSV import, answer through the links they received, opt out by STOP (a
 * signed inbound webhook) and by the mail program's one-click unsubscribe, get reminders only if they
 * neither answered nor opted out, and the review counts the answers; then a launch too large for one
 * D1 invocation is written in parts. One `wrangler dev` for the whole file.
 *
 * workerd runs on the real clock, so the reminders (due days after the launch) are brought due by
 * moving their `due_at` into the past in the local D1: time travel on the data, not on the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSesPeer, type SesPeer } from '../helpers/ses-peer.ts';
import { inboundSms, signedRequest, startTwilioPeer, type TwilioPeer } from '../helpers/twilio-peer.ts';
import { HttpClient } from './client.ts';
import { day, fullAnswers, type Template } from './seed.ts';
import { queryD1, startLocalWorker, type LocalWorker } from './wrangler.ts';

const from = '+13125550000';
// Imported as the Node scenario imports its people: a semicolon CSV with a byte order mark.
const csv = [
  '\uFEFFFirst name;Email;Phone;Language;SMS consent',
  'Ana;;(312) 555-0101;es;yes',
  'Ben;;312.555.0102;en;yes',
  'Cleo;cleo@work.example;;en;',
  'Dee;;312-555-0104;en;yes',
  // Never answers and never opts out: the one the reminders by email are for.
  'Eli;eli@work.example;;en;',
].join('\r\n');
const phones = ['+13125550101', '+13125550102', '+13125550104'];

let twilio: TwilioPeer;
let ses: SesPeer;
let worker: LocalWorker;
let admin: HttpClient;
let partnershipId: string;

beforeAll(async () => {
  [twilio, ses] = await Promise.all([startTwilioPeer(), startSesPeer()]);
  worker = await startLocalWorker('sv-worker-dispatch-', {
    testScheduled: true,
    vars: {
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM: from,
      TWILIO_API_URL: twilio.url,
      SES_ACCESS_KEY_ID: ses.accessKeyId,
      SES_SECRET_ACCESS_KEY: ses.secretAccessKey,
      SES_REGION: ses.region,
      SES_API_URL: ses.url,
      MAIL_FROM: 'River Valley <surveys@rivervalley.example>',
      MAIL_POSTAL_ADDRESS: '100 Main St, Peoria, IL 61602',
      SMS_PER_SECOND: '0',
      EMAIL_PER_SECOND: '0',
    },
  });
  admin = new HttpClient(worker.dev.url);
  expect(
    (
      await admin.post('/api/setup', {
        email: 'admin@example.org',
        name: 'Ada Admin',
        password: 'correct horse battery',
      })
    ).status,
  ).toBe(201);
  // SMS hours all day, so the test does not depend on the hour it runs at.
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley Partnership',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'UTC',
    reviewYear: 'program',
    // The smallest group a review may show, so three answers are counted in it rather than hidden.
    minGroupSize: 3,
    smsHours: { start: '00:00', end: '24:00' },
  });
  expect(p.status, p.text).toBe(201);
  partnershipId = p.json.partnership.id;
  const imported = await admin.request(
    'POST',
    `/api/partnerships/${partnershipId}/contacts/import?kind=worker`,
    csv,
    { 'content-type': 'text/csv' },
  );
  expect(imported.status, imported.text).toBe(201);
  expect(imported.json).toMatchObject({ complete: true, summary: { created: 5, rejected: 0 } });
}, 240_000);

afterAll(async () => {
  await worker?.stop();
  await Promise.all([twilio?.close(), ses?.close()]);
}, 60_000);

async function launch(name: string) {
  const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name,
    templateId: 'worker-voice',
    period: 'PY2026-Q2',
    opensOn: day(-7),
    closesOn: day(30),
    reminderDays: [3],
  });
  expect(camp.status, camp.text).toBe(201);
  const launched = await admin.post(`/api/campaigns/${camp.json.campaign.id}/launch`);
  expect(launched.status, launched.text).toBe(200);
  return { id: camp.json.campaign.id as string, ...(launched.json as { invited: number; queued: number }) };
}

/** What wrangler's --test-scheduled does for a Cron Trigger: runs `scheduled` once and answers when it ends. */
async function cron() {
  const res = await fetch(`${worker.dev.url}/__scheduled?cron=${encodeURIComponent('* * * * *')}`);
  expect(res.status, await res.text()).toBe(200);
  await twilio.idle();
}

const linkIn = (text: string) => /https?:\/\/\S+\/s\/[A-Za-z0-9_-]{24}/.exec(text)![0];
const toPhone = (phone: string) => twilio.messages.filter((m) => m.to === phone);
const toEmail = (address: string) => ses.messages.filter((m) => m.to.includes(address));

describe('dispatch on the Worker through the Cron Trigger', () => {
  let first: { id: string };
  let second: { id: string };

  it('sends the invitations through Twilio and SES over fetch when the cron runs', async () => {
    first = await launch('Worker voice, round 1');
    expect(first).toMatchObject({ invited: 5, queued: 5 });
    await cron();
    expect(twilio.messages.map((m) => m.to).sort()).toEqual(phones);
    const ana = toPhone('+13125550101')[0]!;
    expect(ana.body).toMatch(/^River Valley Partnership: Hola Ana, conteste .* Responda STOP para salir$/);
    expect(ana.from).toBe(from);
    expect(ana.statusCallback).toMatch(new RegExp(`^${worker.dev.url}/webhooks/twilio/status\\?m=`));
    expect(linkIn(ana.body).startsWith(`${worker.dev.url}/s/`)).toBe(true);

    await ses.waitFor(2);
    expect(ses.refused).toEqual([]);
    expect(ses.messages.map((m) => m.to).sort()).toEqual([['cleo@work.example'], ['eli@work.example']]);
    const cleo = toEmail('cleo@work.example')[0]!;
    expect(cleo).toMatchObject({
      to: ['cleo@work.example'],
      from: 'River Valley <surveys@rivervalley.example>',
      subject: 'River Valley Partnership wants to hear from you',
    });
    expect(cleo.text).toContain('100 Main St, Peoria, IL 61602');
    expect(cleo.headers['List-Unsubscribe']).toMatch(new RegExp(`^<${worker.dev.url}/u/[^>]+>$`));
    expect(cleo.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  }, 120_000);

  it("accepts the peer's signed status callbacks, so the texts are delivered", async () => {
    expect(twilio.callbacks).toHaveLength(6);
    expect(twilio.callbacks.map((c) => c.status)).toEqual(twilio.callbacks.map(() => 204));
    const rows = await queryD1<{ channel: string; status: string; provider_id: string }>(
      worker.persistTo,
      `SELECT channel, status, provider_id FROM outbox WHERE campaign_id = '${first.id}' AND purpose = 'invitation' ORDER BY channel`,
    );
    expect(rows.map((r) => [r.channel, r.status])).toEqual([
      ['email', 'sent'],
      ['email', 'sent'],
      ['sms', 'delivered'],
      ['sms', 'delivered'],
      ['sms', 'delivered'],
    ]);
    expect(rows.map((r) => r.provider_id).sort()).toEqual(
      [...twilio.messages.map((m) => m.sid), ...ses.messages.map((m) => m.messageId)].sort(),
    );
  }, 60_000);

  it('takes answers through the links from the received SMS and email', async () => {
    const template = (await admin.get('/api/templates/worker-voice')).json.template as Template;
    const links = [
      toPhone('+13125550101')[0]!.body,
      toPhone('+13125550104')[0]!.body,
      toEmail('cleo@work.example')[0]!.text,
    ].map((t) => new URL(linkIn(t)));
    for (const link of links) {
      expect((await fetch(link)).status).toBe(200);
      const res = await new HttpClient(worker.dev.url).post(`${link.pathname}/submit`, {
        answers: fullAnswers(template),
      });
      expect(res.status, res.text).toBe(200);
    }
  }, 60_000);

  it('refuses an inbound webhook without a valid signature, and changes nothing', async () => {
    const url = `${worker.dev.url}/webhooks/twilio/inbound`;
    const forged = await fetch(
      url,
      signedRequest('not-the-token', url, { From: '+13125550102', Body: 'STOP' }),
    );
    expect(forged.status).toBe(403);
    const [ben] = await queryD1<{ sms_opted_out_at: string | null }>(
      worker.persistTo,
      `SELECT sms_opted_out_at FROM contacts WHERE phone = '+13125550102'`,
    );
    expect(ben).toEqual({ sms_opted_out_at: null });
  }, 60_000);

  it('sends no further SMS after STOP and no further email after a one-click unsubscribe, even for messages already queued', async () => {
    // Queued before the opt-outs: the opt-out itself must cancel them (the dispatcher checks again too).
    second = await launch('Worker voice, round 2');
    expect(second).toMatchObject({ invited: 5, queued: 5 });
    const stop = await inboundSms((url, init) => fetch(url, init), {
      url: `${worker.dev.url}/webhooks/twilio/inbound`,
      authToken: twilio.authToken,
      accountSid: twilio.accountSid,
      from: '+13125550102',
      body: 'Stop',
    });
    expect(stop.status).toBe(200);
    expect(await stop.text()).toMatch(/<Response><Message>[^<]+<\/Message><\/Response>/);
    // The mail program's RFC 8058 one-click POST to the List-Unsubscribe URL.
    const unsubscribe = toEmail('cleo@work.example')[0]!.headers['List-Unsubscribe']!.slice(1, -1);
    const oneClick = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);

    await cron();
    expect(toPhone('+13125550101')).toHaveLength(2);
    expect(toPhone('+13125550104')).toHaveLength(2);
    expect(toPhone('+13125550102')).toHaveLength(1);
    expect(toEmail('cleo@work.example')).toHaveLength(1);
    expect(toEmail('eli@work.example')).toHaveLength(2);
    const rows = await queryD1<{ who: string; status: string }>(
      worker.persistTo,
      `SELECT coalesce(contacts.phone, contacts.email) AS who, outbox.status AS status FROM outbox JOIN contacts ON contacts.id = outbox.contact_id
       WHERE outbox.campaign_id = '${second.id}' AND outbox.purpose = 'invitation' ORDER BY who`,
    );
    expect(rows).toEqual([
      { who: '+13125550101', status: 'delivered' },
      { who: '+13125550102', status: 'opted_out' },
      { who: '+13125550104', status: 'delivered' },
      { who: 'cleo@work.example', status: 'opted_out' },
      { who: 'eli@work.example', status: 'sent' },
    ]);
  }, 120_000);

  it('reminds, once due, only the people who neither answered nor opted out, with their own link', async () => {
    const reminderRows = () =>
      queryD1<{ round: number; name: string; channel: string; status: string; code: string | null }>(
        worker.persistTo,
        `SELECT CASE outbox.campaign_id WHEN '${first.id}' THEN 1 WHEN '${second.id}' THEN 2 END AS round,
                contacts.first_name AS name, outbox.channel AS channel, outbox.status AS status, outbox.error_code AS code
         FROM outbox JOIN contacts ON contacts.id = outbox.contact_id
         WHERE outbox.purpose = 'reminder' ORDER BY round, name`,
      );
    // Written at launch for everyone reachable, three days after the invitation, so the crons so far
    // sent none of them.
    const [scheduled] = await queryD1(
      worker.persistTo,
      `SELECT count(*) AS n, sum(round((julianday(r.due_at) - julianday(i.due_at)) * 86400) = 3 * 86400) AS three_days
       FROM outbox r JOIN outbox i ON i.invitation_id = r.invitation_id AND i.purpose = 'invitation'
       WHERE r.purpose = 'reminder' AND r.sequence = 1`,
    );
    expect(scheduled).toEqual({ n: 10, three_days: 10 });
    // STOP and the unsubscribe already turned the queued messages of Ben and Cleo into opted_out.
    const optedOut = { channel: 'sms', status: 'opted_out', code: 'STOP' };
    const unsubscribed = { channel: 'email', status: 'opted_out', code: 'UNSUBSCRIBED' };
    const queued = (channel: string) => ({ channel, status: 'queued', code: null });
    expect(await reminderRows()).toEqual([
      { round: 1, name: 'Ana', ...queued('sms') },
      { round: 1, name: 'Ben', ...optedOut },
      { round: 1, name: 'Cleo', ...unsubscribed },
      { round: 1, name: 'Dee', ...queued('sms') },
      { round: 1, name: 'Eli', ...queued('email') },
      { round: 2, name: 'Ana', ...queued('sms') },
      { round: 2, name: 'Ben', ...optedOut },
      { round: 2, name: 'Cleo', ...unsubscribed },
      { round: 2, name: 'Dee', ...queued('sms') },
      { round: 2, name: 'Eli', ...queued('email') },
    ]);

    const [smsBefore, emailBefore] = [twilio.messages.length, ses.messages.length];
    const past = new Date(Date.now() - 60_000).toISOString();
    await queryD1(worker.persistTo, `UPDATE outbox SET due_at = '${past}' WHERE purpose = 'reminder'`);
    await cron();
    const texts = twilio.messages.slice(smsBefore);
    const emails = ses.messages.slice(emailBefore);

    // Round 1: only Eli (Ana, Cleo and Dee answered, Ben sent STOP). Round 2: Ana, Dee and Eli
    // (nobody answered it; Ben sent STOP, Cleo unsubscribed).
    expect(texts.map((m) => m.to).sort()).toEqual(['+13125550101', '+13125550104']);
    expect(emails.map((m) => m.to)).toEqual([['eli@work.example'], ['eli@work.example']]);
    expect(ses.refused).toEqual([]);
    expect(toPhone('+13125550102')).toHaveLength(1);
    expect(toEmail('cleo@work.example')).toHaveLength(1);

    const ana = texts.find((m) => m.to === '+13125550101')!;
    const dee = texts.find((m) => m.to === '+13125550104')!;
    expect(ana.body).toMatch(
      /^River Valley Partnership: Hola Ana, su encuesta .* sigue abierta: \S+ Responda STOP para salir$/,
    );
    expect(dee.body).toMatch(
      /^River Valley Partnership: Hi Dee, our .* survey is still open: \S+ Reply STOP to opt out$/,
    );
    // Each reminder carries the link of the invitation it reminds of: the round-2 one for Ana and Dee,
    // one of each round for Eli.
    expect(linkIn(toPhone('+13125550101')[0]!.body)).not.toBe(linkIn(toPhone('+13125550101')[1]!.body));
    expect(linkIn(ana.body)).toBe(linkIn(toPhone('+13125550101')[1]!.body));
    expect(linkIn(dee.body)).toBe(linkIn(toPhone('+13125550104')[1]!.body));
    for (const email of emails) {
      expect(email.subject).toBe('Reminder: your River Valley Partnership survey is still open');
      expect(email.text).toMatch(/^Hi Eli,/);
      expect(email.headers['List-Unsubscribe']).toMatch(new RegExp(`^<${worker.dev.url}/u/[^>]+>$`));
    }
    const eliInvitations = toEmail('eli@work.example')
      .slice(0, 2)
      .map((m) => linkIn(m.text));
    expect(new Set(eliInvitations).size).toBe(2);
    expect(emails.map((m) => linkIn(m.text)).sort()).toEqual([...eliInvitations].sort());
    for (const link of [ana.body, dee.body, ...emails.map((m) => m.text)].map(linkIn)) {
      expect(link.startsWith(`${worker.dev.url}/s/`)).toBe(true);
      expect((await fetch(link)).status, link).toBe(200);
    }

    expect(twilio.callbacks.map((c) => c.status)).toEqual(twilio.callbacks.map(() => 204));
    // The cron skipped the reminders of those who answered that round, and left the opted-out ones be.
    expect(await reminderRows()).toEqual([
      { round: 1, name: 'Ana', channel: 'sms', status: 'skipped', code: 'COMPLETED' },
      { round: 1, name: 'Ben', ...optedOut },
      { round: 1, name: 'Cleo', ...unsubscribed },
      { round: 1, name: 'Dee', channel: 'sms', status: 'skipped', code: 'COMPLETED' },
      { round: 1, name: 'Eli', channel: 'email', status: 'sent', code: null },
      { round: 2, name: 'Ana', channel: 'sms', status: 'delivered', code: null },
      { round: 2, name: 'Ben', ...optedOut },
      { round: 2, name: 'Cleo', ...unsubscribed },
      { round: 2, name: 'Dee', channel: 'sms', status: 'delivered', code: null },
      { round: 2, name: 'Eli', channel: 'email', status: 'sent', code: null },
    ]);
  }, 120_000);

  it('counts the answers in the review', async () => {
    const res = await admin.get(`/api/partnerships/${partnershipId}/reviews/PY2026-Q2`);
    expect(res.status, res.text).toBe(200);
    const [template] = res.json.review.templates;
    expect(template.invitations).toMatchObject({ invited: 10, responses: 3 });
    expect(template.overall.measures['index.jqi']).toMatchObject({ n: 3, suppressed: false });
  }, 60_000);
});

describe('a launch too large for one D1 invocation', () => {
  it('is written in chunks: part by the launch request, the rest by the cron', async () => {
    for (let batch = 0; batch < 2; batch++) {
      const res = await admin.post(
        `/api/partnerships/${partnershipId}/contacts`,
        Array.from({ length: 1000 }, (_, i) => ({
          firstName: `P${batch}-${i}`,
          email: `p${batch}-${i}@work.example`,
          kind: 'worker',
        })),
      );
      expect(res.json.created, res.text).toHaveLength(1000);
    }
    // Opens in ten days, so the cron below writes the rest of the launch but sends nothing yet.
    const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
      name: 'Everyone',
      templateId: 'worker-voice',
      period: 'PY2026-Q2',
      opensOn: day(10),
      closesOn: day(40),
      reminderDays: [3, 7],
    });
    const id = camp.json.campaign.id as string;
    // 2,005 people with three messages each is about 630 statements, over the Worker's 600 a request.
    const launched = await admin.post(`/api/campaigns/${id}/launch`);
    expect(launched.status, launched.text).toBe(200);
    expect(launched.json.launch).toEqual({ done: 1728, total: 2005, finished: false });
    const sent = twilio.messages.length + ses.messages.length;
    await cron();
    expect(twilio.messages.length + ses.messages.length).toBe(sent);
    const [state] = await queryD1(
      worker.persistTo,
      `SELECT done, total, finished FROM campaign_launches WHERE campaign_id = '${id}'`,
    );
    expect(state).toEqual({ done: 2005, total: 2005, finished: 1 });
    const [counts] = await queryD1(
      worker.persistTo,
      `SELECT (SELECT count(*) FROM invitations WHERE campaign_id = '${id}') AS invitations,
              (SELECT count(DISTINCT contact_id) FROM invitations WHERE campaign_id = '${id}') AS people,
              (SELECT count(*) FROM outbox WHERE campaign_id = '${id}') AS messages`,
    );
    // Ben (STOP, no email) and Cleo (unsubscribed) can be reached by no channel: invitations, no messages.
    expect(counts).toEqual({ invitations: 2005, people: 2005, messages: 2003 * 3 });
    const again = await admin.post(`/api/campaigns/${id}/launch`);
    expect(again.status).toBe(409);
  }, 180_000);
});
