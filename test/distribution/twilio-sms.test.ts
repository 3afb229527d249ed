import { serve } from '@hono/node-server';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { cryptoRandom } from '../../server/ids.ts';
import { nodeSenders } from '../../server/runtime/senders.ts';
import { twilioSms } from '../../server/runtime/twilio-sms.ts';
import { makeTestApp, testTwilioAuthToken } from '../helpers/app.ts';
import { peerNumbers, startTwilioPeer, type TwilioPeer } from '../helpers/twilio-peer.ts';
import { outboxRow, smsFixture } from './twilio-fixtures.ts';

const from = '+13125550000';
const quietLog = { info: () => {}, error: () => {} };
let peers: TwilioPeer[] = [];

async function peer(options: Parameters<typeof startTwilioPeer>[0] = {}) {
  const p = await startTwilioPeer(options);
  peers.push(p);
  return p;
}

const senderFor = (p: TwilioPeer, extra: Partial<Parameters<typeof twilioSms>[0]> = {}) =>
  twilioSms({ accountSid: p.accountSid, authToken: p.authToken, from, apiUrl: p.url, ...extra });

afterEach(async () => {
  await Promise.all(peers.map((p) => p.close()));
  peers = [];
});

describe('twilioSms against the local Twilio peer', () => {
  it('sends through the real SDK and returns the message sid', async () => {
    const p = await peer();
    const result = await senderFor(p).send({
      to: '+13125550101',
      body: 'Hola María: https://survey.test/s/abc Reply STOP to opt out',
    });
    expect(result).toEqual({ ok: true, providerId: expect.stringMatching(/^SM[0-9a-f]{32}$/) });
    expect(p.messages).toEqual([
      {
        sid: (result as { providerId: string }).providerId,
        to: '+13125550101',
        from,
        messagingServiceSid: null,
        body: 'Hola María: https://survey.test/s/abc Reply STOP to opt out',
        statusCallback: null,
      },
    ]);
  });

  it('sends from a Messaging Service when one is configured', async () => {
    const p = await peer();
    const service = `MG${'e'.repeat(32)}`;
    const result = await senderFor(p, { from: undefined, messagingServiceSid: service }).send({
      to: '+13125550101',
      body: 'hi',
    });
    expect(result.ok).toBe(true);
    expect(p.messages[0]).toMatchObject({ from: null, messagingServiceSid: service });
  });

  it.each([
    [peerNumbers.invalid, '21211'],
    [peerNumbers.cannotRoute, '21612'],
    [peerNumbers.regionDisabled, '21408'],
    [peerNumbers.unsubscribed, '21610'],
    [peerNumbers.notMobile, '21614'],
  ])('reports %s as a permanent failure with code %s', async (to, code) => {
    const p = await peer();
    const result = await senderFor(p).send({ to, body: 'hi' });
    expect(result).toEqual({ ok: false, permanent: true, code, message: expect.any(String) });
    expect(p.messages).toEqual([]);
  });

  it("reports Twilio's 500 as transient, and the retry goes through", async () => {
    const p = await peer();
    const sender = senderFor(p);
    expect(await sender.send({ to: peerNumbers.flaky, body: 'hi' })).toEqual({
      ok: false,
      permanent: false,
      code: '20500',
      message: expect.any(String),
    });
    expect((await sender.send({ to: peerNumbers.flaky, body: 'hi' })).ok).toBe(true);
  });

  it('reports 503 without a Twilio body as transient HTTP_503', async () => {
    const p = await peer();
    const sender = senderFor(p);
    p.failNext(2);
    for (let i = 0; i < 2; i++) {
      expect(await sender.send({ to: '+13125550101', body: 'hi' })).toEqual({
        ok: false,
        permanent: false,
        code: 'HTTP_503',
        message: expect.any(String),
      });
    }
    expect((await sender.send({ to: '+13125550101', body: 'hi' })).ok).toBe(true);
    expect(p.messages).toHaveLength(1);
  });

  it('treats wrong credentials as transient, so fixing the configuration drains the queue', async () => {
    const p = await peer();
    const result = await senderFor(p, { authToken: 'wrong' }).send({ to: '+13125550101', body: 'hi' });
    expect(result).toEqual({ ok: false, permanent: false, code: '20003', message: 'Authenticate' });
  });

  it('reports a refused connection as transient', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const sender = twilioSms({
      accountSid: `AC${'f'.repeat(32)}`,
      authToken: 't',
      from,
      apiUrl: `http://127.0.0.1:${port}`,
    });
    expect(await sender.send({ to: '+13125550101', body: 'hi' })).toEqual({
      ok: false,
      permanent: false,
      code: 'ECONNREFUSED',
      message: expect.any(String),
    });
  });

  it('reports a request Twilio never answers as transient once the timeout passes', async () => {
    const p = await peer();
    const result = await senderFor(p, { timeoutMs: 200 }).send({ to: peerNumbers.hangs, body: 'hi' });
    expect(result).toMatchObject({ ok: false, permanent: false });
  });
});

describe('status callbacks from the peer reach our app', () => {
  it('passes statusCallback through, and the signed callbacks verify and move the row to delivered', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: '+13125550101' }, { phone: peerNumbers.undelivered }]);
    const p = await peer({
      authToken: testTwilioAuthToken,
      deliver: (url, init) => ctx.app.request(url, init),
    });
    const sender = senderFor(p);
    const sids: string[] = [];
    for (const row of f.outbox) {
      const statusCallback = `${ctx.deps.config.publicUrl}/webhooks/twilio/status?m=${row.id}`;
      const contact = await ctx.deps.db
        .selectFrom('contacts')
        .select('phone')
        .where('id', '=', row.contactId)
        .executeTakeFirstOrThrow();
      const result = await sender.send({ to: contact.phone!, body: 'hi', statusCallback });
      if (!result.ok) throw new Error(result.message);
      sids.push(result.providerId);
      expect(p.messages.at(-1)!.statusCallback).toBe(statusCallback);
    }
    await p.idle();
    expect(p.callbacks.map((c) => [c.messageStatus, c.status])).toEqual(
      expect.arrayContaining([
        ['sent', 204],
        ['delivered', 204],
        ['sent', 204],
        ['undelivered', 204],
      ]),
    );
    expect(p.callbacks).toHaveLength(4);
    expect(await outboxRow(ctx.deps, f.outbox[0]!.id)).toMatchObject({
      status: 'delivered',
      provider_id: sids[0],
    });
    expect(await outboxRow(ctx.deps, f.outbox[1]!.id)).toMatchObject({
      status: 'undelivered',
      provider_id: sids[1],
      error_code: '30003',
    });
  });

  it('does the same over real HTTP to a running server', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: peerNumbers.stoppedLater }]);
    const server = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      ctx.deps.config.publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const p = await peer({ authToken: testTwilioAuthToken });
      const statusCallback = `${ctx.deps.config.publicUrl}/webhooks/twilio/status?m=${f.outbox[0]!.id}`;
      expect((await senderFor(p).send({ to: peerNumbers.stoppedLater, body: 'hi', statusCallback })).ok).toBe(
        true,
      );
      await p.idle();
      expect(p.callbacks.map((c) => c.status)).toEqual([204, 204]);
      expect(await outboxRow(ctx.deps, f.outbox[0]!.id)).toMatchObject({
        status: 'failed',
        error_code: '21610',
      });
      const contact = await ctx.deps.db
        .selectFrom('contacts')
        .select('sms_opted_out_at')
        .executeTakeFirstOrThrow();
      expect(contact.sms_opted_out_at).not.toBeNull();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('nodeSenders', () => {
  it('uses the development sender when Twilio is not configured', async () => {
    const lines: string[] = [];
    const { sms } = nodeSenders({}, { info: (m) => void lines.push(m), error: () => {} }, cryptoRandom);
    expect((await sms.send({ to: '+13125550101', body: 'hi there' })).ok).toBe(true);
    expect(lines.join('\n')).toContain('hi there');
  });

  it('uses Twilio when the account, token and a sender are set', async () => {
    const p = await peer();
    const env = {
      TWILIO_ACCOUNT_SID: p.accountSid,
      TWILIO_AUTH_TOKEN: p.authToken,
      TWILIO_FROM: from,
      TWILIO_API_URL: p.url,
    };
    expect(
      (await nodeSenders(env, quietLog, cryptoRandom).sms.send({ to: '+13125550101', body: 'hi' })).ok,
    ).toBe(true);
    expect(p.messages).toHaveLength(1);
  });

  it('refuses to start with half a Twilio configuration', () => {
    const sid = `AC${'1'.repeat(32)}`;
    expect(() =>
      nodeSenders({ TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: 't' }, quietLog, cryptoRandom),
    ).toThrow(/TWILIO_FROM .*or TWILIO_MESSAGING_SERVICE_SID/);
    expect(() => nodeSenders({ TWILIO_ACCOUNT_SID: sid }, quietLog, cryptoRandom)).toThrow(
      /TWILIO_AUTH_TOKEN/,
    );
  });
});
