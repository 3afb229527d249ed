/**
 * Replayed webhooks (issue 12, item 7). Twilio's signature covers the URL and the form but no time,
 * so anyone who captured a signed request can post it again, as often as they like. A replay is
 * answered like any request (200 for an inbound message, 204 for a status callback: Twilio retries
 * anything else) and changes nothing, and texts nobody.
 */
import { describe, expect, it } from 'vitest';
import { clarifyReply, optInReply, optOutReply } from '../../server/distribution/replies.ts';
import { makeTestApp, testTwilioAuthToken, type TestContext } from '../helpers/app.ts';
import { signedRequest } from '../helpers/twilio-peer.ts';
import { inboundUrl, replyOf, seenRows, send, text } from './inbound-helpers.ts';
import { dumpDatabase, optedOutAt, outboxRow, setOutboxStatus, smsFixture } from './twilio-fixtures.ts';

const maria = '+13125550101';
const sidOf = (n: number) => `SM${n.toString(16).padStart(32, '0')}`;

describe('POST /webhooks/twilio/inbound: a replayed message', () => {
  it('does not re-subscribe a number with a captured START after a later STOP', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await text(ctx, maria, 'STOP');
    const start = await send(ctx, maria, 'START');
    expect(start.reply).toBe(optInReply('en'));
    expect(await text(ctx, maria, 'Stop please')).toBe(optOutReply('en'));
    const before = dumpDatabase(ctx.raw);
    expect(await start.replay()).toBeNull();
    expect(await start.replay()).toBeNull();
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).not.toBeNull();
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });

  it('does not opt a number out again with a captured STOP after the person came back', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    const stop = await send(ctx, maria, 'No más');
    expect(stop.reply).toBe(optOutReply('es'));
    expect(await text(ctx, maria, 'START')).toBe(optInReply('en'));
    const before = dumpDatabase(ctx.raw);
    expect(await stop.replay()).toBeNull();
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).toBeNull();
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });

  it('sends no second HELP text and no second clarifying text', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await setOutboxStatus(ctx.deps, f.outbox[0]!.id, 'sent');
    const help = await send(ctx, maria, 'HELP');
    expect(help.reply).not.toBeNull();
    const unclear = await send(ctx, maria, 'who is this?');
    expect(unclear.reply).toBe(clarifyReply('en'));
    const before = dumpDatabase(ctx.raw);
    expect(await help.replay()).toBeNull();
    expect(await unclear.replay()).toBeNull();
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });

  it('acts once when two copies of a message arrive together', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await text(ctx, maria, 'STOP');
    const init = signedRequest(testTwilioAuthToken, inboundUrl, inbound(sidOf(1), 'START'));
    const replies = await Promise.all(
      [1, 2, 3].map(async () => replyOf(await ctx.app.request(inboundUrl, { ...init }))),
    );
    expect(replies.filter((r) => r !== null)).toEqual([optInReply('en')]);
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).toBeNull();
    expect(ctx.errors).toEqual([]);
  });

  it('knows a replay by SmsSid when an older callback has no MessageSid', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await text(ctx, maria, 'STOP');
    const params = inbound(sidOf(2), 'START');
    delete params.MessageSid;
    const post = async () =>
      replyOf(await ctx.app.request(inboundUrl, signedRequest(testTwilioAuthToken, inboundUrl, params)));
    expect(await post()).toBe(optInReply('en'));
    await text(ctx, maria, 'STOP');
    expect(await post()).toBeNull();
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).not.toBeNull();
  });

  it('does not act on a message without a sid to know its replays by', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    const params = inbound(sidOf(3), 'STOP');
    delete params.MessageSid;
    delete params.SmsSid;
    const res = await ctx.app.request(inboundUrl, signedRequest(testTwilioAuthToken, inboundUrl, params));
    expect(await replyOf(res)).toBeNull();
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).toBeNull();
  });

  it('keeps a hash of each sid and a day: no sid, no number, no words', async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria }]);
    await text(ctx, maria, 'STOP');
    await text(ctx, maria, 'HELP');
    const rows = seenRows(ctx.raw);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['lasting', 'seen_on', 'sid_hash']);
      expect(row.sid_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.seen_on).toBe('2026-08-15');
    }
    expect(rows.map((r) => r.lasting).sort()).toEqual([0, 1]);
    const dump = dumpDatabase(ctx.raw);
    expect(dump).not.toMatch(/(SM|MM)[0-9a-f]{32}/);
  });

  it('forgets other sids after 30 days but never a consent change: a START replayed a year on is ignored', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await text(ctx, maria, 'STOP');
    const start = await send(ctx, maria, 'START');
    await text(ctx, maria, 'HELP');
    await text(ctx, maria, 'STOP');
    expect(seenRows(ctx.raw)).toHaveLength(4);
    ctx.clock.advance(31 * 86_400_000);
    await text(ctx, maria, 'info');
    // The HELP went; the two STOPs and the START stay, and the new INFO joins them.
    expect(seenRows(ctx.raw).map((r) => r.lasting)).toEqual([1, 1, 1, 0]);
    ctx.clock.advance(365 * 86_400_000);
    expect(await start.replay()).toBeNull();
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).not.toBeNull();
  });
});

describe('POST /webhooks/twilio/status: a replayed callback', () => {
  const sid = `SM${'c'.repeat(32)}`;

  /** A signed status callback for outbox row `outboxId`, sent once; returns how to send it again. */
  async function callback(ctx: TestContext, outboxId: string, status: string, errorCode?: string) {
    const url = `http://survey.test/webhooks/twilio/status?m=${outboxId}`;
    const body: Record<string, string> = {
      AccountSid: `AC${'0'.repeat(32)}`,
      MessageSid: sid,
      SmsSid: sid,
      MessageStatus: status,
      SmsStatus: status,
      To: maria,
      From: '+13125550000',
      ...(errorCode ? { ErrorCode: errorCode } : {}),
    };
    const post = async () => {
      const res = await ctx.app.request(url, signedRequest(testTwilioAuthToken, url, body));
      expect(res.status).toBe(204);
    };
    await post();
    return post;
  }

  it('never moves a delivered message back: every earlier callback replayed changes nothing', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    const id = f.outbox[0]!.id;
    const replays = [
      await callback(ctx, id, 'queued'),
      await callback(ctx, id, 'sent'),
      await callback(ctx, id, 'delivered'),
    ];
    expect(await outboxRow(ctx.deps, id)).toMatchObject({ status: 'delivered', provider_id: sid });
    const before = dumpDatabase(ctx.raw);
    for (const replay of replays) await replay();
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });

  it('does not opt a number out again by replaying a 21610 failure after the person came back', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    const failed = await callback(ctx, f.outbox[0]!.id, 'failed', '21610');
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).not.toBeNull();
    expect(await text(ctx, maria, 'START')).toBe(optInReply('en'));
    const before = dumpDatabase(ctx.raw);
    await failed();
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).toBeNull();
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });
});

/** An inbound message's form as Twilio posts it, with a chosen sid. */
function inbound(sid: string, body: string): Record<string, string> {
  return {
    AccountSid: `AC${'0'.repeat(32)}`,
    ApiVersion: '2010-04-01',
    MessageSid: sid,
    SmsMessageSid: sid,
    SmsSid: sid,
    SmsStatus: 'received',
    From: maria,
    To: '+13125550000',
    Body: body,
    NumMedia: '0',
    NumSegments: '1',
  };
}
