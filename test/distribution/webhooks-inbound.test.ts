import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { clarifyReply, helpReply, optInReply, optOutReply } from '../../server/distribution/replies.ts';
import { adminClient, makeTestApp, testTwilioAuthToken } from '../helpers/app.ts';
import { inboundLocationValues, inboundSms } from '../helpers/twilio-peer.ts';
import { draftCampaign, outbox, recordingSenders } from './helpers.ts';
import { dumpBesidesSeen, inboundUrl, seenRows, text } from './inbound-helpers.ts';
import { notRevoking, revoking, unclear } from './revocation-phrases.ts';
import { dumpDatabase, optedOutAt, outboxRow, setOutboxStatus, smsFixture } from './twilio-fixtures.ts';

const maria = '+13125550101';
const jose = '+13125550102';

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

  it('answers a STOP from an unknown number with 200 and changes nothing but the record of its sid', async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria }]);
    const before = dumpBesidesSeen(ctx.raw);
    expect(await text(ctx, '+13125559999', 'STOP')).toBeNull();
    expect(dumpBesidesSeen(ctx.raw)).toBe(before);
    expect(seenRows(ctx.raw)).toHaveLength(1);
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
    const before = dumpBesidesSeen(ctx.raw);
    expect(await text(ctx, maria, 'HELP')).toBe(helpReply('en', f.partnershipNames[0]!));
    expect(await text(ctx, maria, 'ayuda')).toBe(helpReply('es', f.partnershipNames[0]!));
    expect(await text(ctx, '+13125559999', 'info')).toBe(helpReply('en', null));
    expect(dumpBesidesSeen(ctx.raw)).toBe(before);
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
  it('does not reply to or store a message that uses the words in their ordinary sense', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await setOutboxStatus(ctx.deps, f.outbox[0]!.id, 'sent', `SM${'a'.repeat(32)}`);
    const before = dumpDatabase(ctx.raw);
    for (const { text: body } of notRevoking) expect(await text(ctx, maria, body), body).toBeNull();
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });

  it('keeps no body and none of the location fields Twilio sends', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }, { phone: jose }]);
    await setOutboxStatus(ctx.deps, f.outbox[1]!.id, 'sent');
    const secret = 'my supervisor at plant 7 is Dana Whitfield';
    const unclearSecret = 'who is this? Dana Whitfield?';
    await text(ctx, maria, 'Please stop texting me, Dana Whitfield');
    await text(ctx, maria, 'START');
    await text(ctx, jose, 'HELP');
    await text(ctx, jose, secret);
    expect(await text(ctx, jose, unclearSecret)).toBe(clarifyReply('en'));
    const dump = dumpDatabase(ctx.raw);
    for (const value of [...inboundLocationValues, secret, 'Dana', 'SmsMessageSid', 'FromCity'])
      expect(dump).not.toContain(value);
    expect(dump).not.toMatch(/SM[0-9a-f]{32}/);
    expect(ctx.errors).toEqual([]);
  });
});

describe('POST /webhooks/twilio/inbound: revocation in other words (47 CFR 64.1200(a)(10))', () => {
  it('opts out on every revoking phrase of the table, confirming once in the language of the words', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    for (const { text: body, language } of revoking) {
      expect(await text(ctx, maria, body), body).toBe(optOutReply(language));
      expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms, body).not.toBeNull();
      // Said again, in the same words, it changes nothing and gets no second text.
      expect(await text(ctx, maria, body), body).toBeNull();
      expect(await text(ctx, maria, 'START')).toBe(optInReply('en'));
    }
  });

  it("confirms an English revocation in the contact's language, and holds their queued texts", async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria, language: 'es' }, { phone: jose }]);
    expect(await text(ctx, maria, 'Please stop texting me')).toBe(optOutReply('es'));
    expect(await text(ctx, jose, 'No más')).toBe(optOutReply('es'));
    for (const row of f.outbox) expect((await outboxRow(ctx.deps, row.id)).status).toBe('opted_out');
  });

  it('sends the next dispatch to nobody who wrote one of the phrases the issue found ignored', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const phrases = [
      'Stop please',
      'STOP STOP',
      'Please stop texting me',
      'No más',
      'NO MAS',
      'parar por favor',
      'Basta',
      'no quiero mensajes',
      'Alto por favor',
    ];
    const audience = await draftCampaign(client, { sms: phrases.length + 1, email: 0, unreachable: 0 });
    expect((await client.post(`/api/campaigns/${audience.campaignId}/launch`)).status).toBe(200);
    const rec = recordingSenders(ctx);
    await dispatchDue(ctx.deps);
    expect(rec.sms).toHaveLength(phrases.length + 1);
    for (const [i, body] of phrases.entries()) {
      expect(await text(ctx, audience.contacts[i]!.phone!, body), body).not.toBeNull();
    }
    rec.sms.length = 0;
    ctx.clock.advance(3 * 86_400_000);
    await dispatchDue(ctx.deps);
    expect(rec.sms.map((m) => m.to)).toEqual([audience.contacts[phrases.length]!.phone]);
    const held = outbox(ctx).filter((r) => r.status === 'opted_out');
    expect(held).toHaveLength(phrases.length * 2);
  });
});

describe('POST /webhooks/twilio/inbound: an unclear reply', () => {
  it("asks once how to stop, in the contact's language, and opts nobody out", async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }, { phone: jose, language: 'es' }]);
    for (const row of f.outbox) await setOutboxStatus(ctx.deps, row.id, 'delivered');
    expect(await text(ctx, maria, 'who is this?')).toBe(clarifyReply('en'));
    expect(await text(ctx, maria, 'no')).toBeNull();
    expect(await text(ctx, maria, 'Cancel my appointment')).toBeNull();
    expect(await text(ctx, jose, 'no')).toBe(clarifyReply('es'));
    for (const id of f.contactIds) expect((await optedOutAt(ctx.deps, id)).sms).toBeNull();
    // Asked once, the person can still stop in any words.
    expect(await text(ctx, maria, 'Stop please')).toBe(optOutReply('en'));
  });

  it('treats every unclear phrase of the table alike: one question for the first, nothing after', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await setOutboxStatus(ctx.deps, f.outbox[0]!.id, 'sent');
    const replies = [];
    for (const { text: body } of unclear) replies.push(await text(ctx, maria, body));
    expect(replies[0]).toBe(clarifyReply('en'));
    expect(replies.slice(1).every((r) => r === null)).toBe(true);
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).toBeNull();
  });

  it('asks in the language the text was in: the fallback a Somali speaker was invited in', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria, language: 'so', invitationLanguage: 'es' }]);
    await setOutboxStatus(ctx.deps, f.outbox[0]!.id, 'sent');
    expect(await text(ctx, maria, 'who is this?')).toBe(clarifyReply('es'));
  });

  it('asks every unclear phrase of the table in the language of its words, else the contact’s', async () => {
    const ctx = makeTestApp();
    // Each sender speaks another language than the words, so the answer's language tells which was read.
    const phones = unclear.map((_, i) => `+1312557${String(1000 + i)}`);
    const f = await smsFixture(
      ctx,
      unclear.map(({ language }, i) => ({ phone: phones[i]!, language: language === 'en' ? 'es' : 'en' })),
    );
    for (const row of f.outbox) await setOutboxStatus(ctx.deps, row.id, 'sent');
    for (const [i, { text: body, language }] of unclear.entries())
      expect(await text(ctx, phones[i]!, body), body).toBe(clarifyReply(language === 'en' ? 'es' : language));
    for (const id of f.contactIds) expect((await optedOutAt(ctx.deps, id)).sms).toBeNull();
  });

  it('asks in Spanish when the reply is in Spanish', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await setOutboxStatus(ctx.deps, f.outbox[0]!.id, 'sent');
    expect(await text(ctx, maria, '¿Quién es?')).toBe(clarifyReply('es'));
  });

  it('may ask once more about another campaign, and records only which campaign and the day', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }, { phone: maria, partnership: 1 }]);
    await setOutboxStatus(ctx.deps, f.outbox[0]!.id, 'sent');
    expect(await text(ctx, maria, 'who is this?')).toBe(clarifyReply('en'));
    expect(await text(ctx, maria, 'who is this?')).toBeNull();
    // The other partnership's campaign texts the same number later: its own question is allowed.
    await ctx.deps.db
      .updateTable('outbox')
      .set({ due_at: '2026-08-16T15:00:00.000Z' })
      .where('id', '=', f.outbox[1]!.id)
      .execute();
    await setOutboxStatus(ctx.deps, f.outbox[1]!.id, 'sent');
    expect(await text(ctx, maria, 'no')).toBe(clarifyReply('en'));
    expect(await text(ctx, maria, 'no')).toBeNull();
    const rows = ctx.raw.prepare('SELECT * FROM sms_clarifications ORDER BY contact_id').all();
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(Object.keys(row as object).sort()).toEqual(['asked_on', 'campaign_id', 'contact_id']);
  });

  it('asks nothing of a number we never texted, nor of one that has opted out', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }, { phone: jose }]);
    expect(await text(ctx, maria, 'who is this?')).toBeNull();
    await setOutboxStatus(ctx.deps, f.outbox[1]!.id, 'sent');
    await text(ctx, jose, 'STOP');
    expect(await text(ctx, jose, 'who is this?')).toBeNull();
    expect(await text(ctx, '+13125559999', 'who is this?')).toBeNull();
  });
});
