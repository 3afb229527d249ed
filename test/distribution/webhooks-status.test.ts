import { describe, expect, it } from 'vitest';
import { recordSmsStatus } from '../../server/distribution/delivery.ts';
import { makeTestApp, testTwilioAuthToken, type TestContext } from '../helpers/app.ts';
import { signedRequest } from '../helpers/twilio-peer.ts';
import { dumpDatabase, optedOutAt, outboxRow, setOutboxStatus, smsFixture } from './twilio-fixtures.ts';

const maria = '+13125550101';
const sid = `SM${'c'.repeat(32)}`;
const otherSid = `SM${'d'.repeat(32)}`;

/** A status callback for outbox row `outboxId`, signed as Twilio signs it. */
async function callback(ctx: TestContext, outboxId: string, params: Record<string, string>) {
  const url = `http://survey.test/webhooks/twilio/status?m=${outboxId}`;
  const body: Record<string, string> = {
    AccountSid: `AC${'0'.repeat(32)}`,
    ApiVersion: '2010-04-01',
    MessageSid: sid,
    SmsSid: sid,
    To: maria,
    From: '+13125550000',
    ...params,
  };
  if (params.MessageStatus) body.SmsStatus = params.MessageStatus;
  const res = await ctx.app.request(url, signedRequest(testTwilioAuthToken, url, body));
  expect(res.status).toBe(204);
}

async function setup() {
  const ctx = makeTestApp();
  const f = await smsFixture(ctx, [{ phone: maria }, { phone: maria, partnership: 1 }]);
  return { ctx, f, id: f.outbox[0]!.id };
}

describe('POST /webhooks/twilio/status', () => {
  it('moves a message from queued to sent to delivered, learning its sid', async () => {
    const { ctx, id } = await setup();
    await callback(ctx, id, { MessageStatus: 'sent' });
    expect(await outboxRow(ctx.deps, id)).toMatchObject({ status: 'sent', provider_id: sid });
    await callback(ctx, id, { MessageStatus: 'delivered' });
    expect(await outboxRow(ctx.deps, id)).toMatchObject({
      status: 'delivered',
      provider_id: sid,
      error_code: null,
    });
  });

  it('moves a row the dispatcher is still sending forward, whichever arrives first', async () => {
    const { ctx, id } = await setup();
    await setOutboxStatus(ctx.deps, id, 'sending');
    await callback(ctx, id, { MessageStatus: 'queued' });
    expect(await outboxRow(ctx.deps, id)).toMatchObject({ status: 'sent', provider_id: sid });
  });

  it('never moves backwards: a late sent or queued after delivered changes nothing', async () => {
    const { ctx, id } = await setup();
    await callback(ctx, id, { MessageStatus: 'delivered' });
    const before = dumpDatabase(ctx.raw);
    for (const status of ['sent', 'queued', 'sending', 'accepted', 'failed', 'undelivered']) {
      await callback(ctx, id, { MessageStatus: status, ErrorCode: '30003' });
    }
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });

  it('records failed and undelivered with the error code and a readable reason', async () => {
    const { ctx, f } = await setup();
    const [first, second] = f.outbox;
    await callback(ctx, first!.id, { MessageStatus: 'undelivered', ErrorCode: '30003' });
    expect(await outboxRow(ctx.deps, first!.id)).toMatchObject({
      status: 'undelivered',
      error_code: '30003',
      error_message: 'Unreachable destination handset',
    });
    await callback(ctx, second!.id, { MessageStatus: 'failed', ErrorCode: '99999' });
    expect(await outboxRow(ctx.deps, second!.id)).toMatchObject({
      status: 'failed',
      error_code: '99999',
      error_message: 'Twilio error 99999',
    });
  });

  it('ignores a callback for another message than the one the row was sent as', async () => {
    const { ctx, id } = await setup();
    await setOutboxStatus(ctx.deps, id, 'sent', otherSid);
    const before = dumpDatabase(ctx.raw);
    await callback(ctx, id, { MessageStatus: 'delivered' });
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });

  it('never touches a row held by an opt-out or skipped', async () => {
    const { ctx, f } = await setup();
    await setOutboxStatus(ctx.deps, f.outbox[0]!.id, 'opted_out');
    await setOutboxStatus(ctx.deps, f.outbox[1]!.id, 'skipped');
    const before = dumpDatabase(ctx.raw);
    for (const row of f.outbox) await callback(ctx, row.id, { MessageStatus: 'delivered' });
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });

  it('opts the phone out everywhere on a failure with 21610 (STOP recorded at Twilio)', async () => {
    const { ctx, f, id } = await setup();
    await callback(ctx, id, { MessageStatus: 'failed', ErrorCode: '21610' });
    expect(await outboxRow(ctx.deps, id)).toMatchObject({ status: 'failed', error_code: '21610' });
    for (const contactId of f.contactIds) expect((await optedOutAt(ctx.deps, contactId)).sms).not.toBeNull();
    expect((await outboxRow(ctx.deps, f.outbox[1]!.id)).status).toBe('opted_out');
  });

  it('answers 204 and changes nothing for a callback it cannot use', async () => {
    const { ctx, id } = await setup();
    const before = dumpDatabase(ctx.raw);
    await callback(ctx, id, { MessageStatus: 'read' });
    await callback(ctx, id, { MessageStatus: 'delivered', MessageSid: 'not-a-sid' });
    await callback(ctx, 'no-such-row', { MessageStatus: 'delivered' });
    const url = 'http://survey.test/webhooks/twilio/status';
    const res = await ctx.app.request(
      url,
      signedRequest(testTwilioAuthToken, url, { MessageSid: sid, MessageStatus: 'delivered' }),
    );
    expect(res.status).toBe(204);
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });
});

describe('recordSmsStatus', () => {
  it('leaves an email row alone', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ email: 'maria@example.org' }]);
    expect(
      await recordSmsStatus(ctx.deps, { outboxId: f.outbox[0]!.id, messageSid: sid, status: 'delivered' }),
    ).toBe(false);
    expect((await outboxRow(ctx.deps, f.outbox[0]!.id)).status).toBe('queued');
  });

  it('reports whether the row changed', async () => {
    const { ctx, id } = await setup();
    expect(await recordSmsStatus(ctx.deps, { outboxId: id, messageSid: sid, status: 'sent' })).toBe(true);
    expect(await recordSmsStatus(ctx.deps, { outboxId: id, messageSid: sid, status: 'sent' })).toBe(false);
    expect(await recordSmsStatus(ctx.deps, { outboxId: id, messageSid: sid, status: 'delivered' })).toBe(
      true,
    );
  });
});
