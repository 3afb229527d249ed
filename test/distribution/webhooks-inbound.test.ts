import { describe, expect, it } from 'vitest';
import { helpReply, optInReply, optOutReply } from '../../server/distribution/replies.ts';
import { makeTestApp, testTwilioAuthToken, type TestContext } from '../helpers/app.ts';
import { inboundLocationValues, inboundSms } from '../helpers/twilio-peer.ts';
import { dumpDatabase, optedOutAt, outboxRow, smsFixture } from './twilio-fixtures.ts';

const inboundUrl = 'http://survey.test/webhooks/twilio/inbound';
const maria = '+13125550101';
const jose = '+13125550102';

/** A text from `from`, as Twilio posts it; returns the TwiML reply's message, or null for none. */
async function text(ctx: TestContext, from: string, body: string) {
  const res = await inboundSms((url, init) => ctx.app.request(url, init), {
    url: inboundUrl,
    authToken: testTwilioAuthToken,
    from,
    body,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
  const xml = await res.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response>.*<\/Response>$/);
  return /<Message>(.*)<\/Message>/.exec(xml)?.[1] ?? null;
}

describe('POST /webhooks/twilio/inbound: STOP', () => {
  it('opts the phone out at once in every partnership and confirms once', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }, { phone: maria, partnership: 1 }, { phone: jose }]);
    expect(await text(ctx, maria, 'STOP')).toBe(optOutReply('en'));
    for (const id of f.contactIds.slice(0, 2)) expect((await optedOutAt(ctx.deps, id)).sms).not.toBeNull();
    expect((await optedOutAt(ctx.deps, f.contactIds[2]!)).sms).toBeNull();
    expect((await outboxRow(ctx.deps, f.outbox[0]!.id)).status).toBe('opted_out');
    expect((await outboxRow(ctx.deps, f.outbox[1]!.id)).status).toBe('opted_out');
    expect((await outboxRow(ctx.deps, f.outbox[2]!.id)).status).toBe('queued');
  });

  it('sends no second confirmation for a second STOP, in any wording', async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria }]);
    expect(await text(ctx, maria, 'Stop')).not.toBeNull();
    expect(await text(ctx, maria, 'STOP')).toBeNull();
    expect(await text(ctx, maria, 'unsubscribe!')).toBeNull();
  });

  it("confirms in the contact's language, or in the language of the word used", async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria, language: 'es' }, { phone: jose }]);
    expect(await text(ctx, maria, 'stop')).toBe(optOutReply('es'));
    expect(await text(ctx, jose, '¡Alto!')).toBe(optOutReply('es'));
  });

  it('answers a STOP from an unknown number with 200 and changes nothing', async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria }]);
    const before = dumpDatabase(ctx.raw);
    expect(await text(ctx, '+13125559999', 'STOP')).toBeNull();
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });
});

describe('POST /webhooks/twilio/inbound: START and HELP', () => {
  it('opts back in with START and confirms; a START with nothing to undo gets no reply', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }, { phone: maria, partnership: 1, language: 'es' }]);
    expect(await text(ctx, maria, 'START')).toBeNull();
    await text(ctx, maria, 'STOP');
    expect(await text(ctx, maria, 'start')).toBe(optInReply('es'));
    for (const id of f.contactIds) expect((await optedOutAt(ctx.deps, id)).sms).toBeNull();
    // The texts held by the STOP stay held; only new ones may go.
    expect((await outboxRow(ctx.deps, f.outbox[0]!.id)).status).toBe('opted_out');
    // Opted in again, a new STOP is a new opt-out and gets its own confirmation.
    expect(await text(ctx, maria, 'STOP')).toBe(optOutReply('es'));
  });

  it('accepts UNSTOP, YES and SÍ', async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria }]);
    for (const word of ['UNSTOP', 'yes', 'Sí']) {
      await text(ctx, maria, 'STOP');
      expect(await text(ctx, maria, word), word).not.toBeNull();
    }
  });

  it("answers HELP with who we are, the partnership's name and how to stop", async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    const before = dumpDatabase(ctx.raw);
    expect(await text(ctx, maria, 'HELP')).toBe(helpReply('en', f.partnershipNames[0]!));
    expect(await text(ctx, maria, 'ayuda')).toBe(helpReply('es', f.partnershipNames[0]!));
    expect(await text(ctx, '+13125559999', 'info')).toBe(helpReply('en', null));
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });

  it('escapes the reply for XML', async () => {
    const ctx = makeTestApp();
    const client = (await smsFixture(ctx, [{ phone: maria }])).client;
    const id = (await client.get('/api/partnerships')).json.partnerships[0].id;
    await client.patch(`/api/partnerships/${id}`, { name: 'Health & Care <North>' });
    const res = await inboundSms((url, init) => ctx.app.request(url, init), {
      url: inboundUrl,
      authToken: testTwilioAuthToken,
      from: maria,
      body: 'HELP',
    });
    expect(await res.text()).toContain('Health &amp; Care &lt;North&gt;');
  });
});

describe('POST /webhooks/twilio/inbound: everything else', () => {
  it('does not reply to or store a message that merely contains a keyword', async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria }]);
    const before = dumpDatabase(ctx.raw);
    for (const body of ['stop by tomorrow?', 'Can you help me with the survey?', 'yes I finished it']) {
      expect(await text(ctx, maria, body)).toBeNull();
    }
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });

  it('keeps no body and none of the location fields Twilio sends', async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria }, { phone: jose }]);
    const secret = 'my supervisor at plant 7 is Dana Whitfield';
    await text(ctx, maria, 'STOP');
    await text(ctx, maria, 'START');
    await text(ctx, jose, 'HELP');
    await text(ctx, jose, secret);
    const dump = dumpDatabase(ctx.raw);
    for (const value of [...inboundLocationValues, secret, 'SmsMessageSid', 'FromCity'])
      expect(dump).not.toContain(value);
    expect(dump).not.toMatch(/SM[0-9a-f]{32}/);
    expect(ctx.errors).toEqual([]);
  });
});
