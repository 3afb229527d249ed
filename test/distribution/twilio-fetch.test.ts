/**
 * Twilio over fetch (the Workers sender) against the same local Twilio peer as the SDK sender, and
 * checked against the SDK sender case by case: the same request reaches the peer, and the same
 * answer is sorted the same way (one classification, server/distribution/send-errors.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SendResult, SmsSender } from '../../server/deps.ts';
import { twilioFetchSms, twilioSettings } from '../../server/distribution/twilio-fetch.ts';
import { twilioSms } from '../../server/runtime/twilio-sms.ts';
import { peerNumbers, startTwilioPeer, type TwilioPeer } from '../helpers/twilio-peer.ts';

const from = '+13125550000';
let peers: TwilioPeer[] = [];

async function peer() {
  const p = await startTwilioPeer();
  peers.push(p);
  return p;
}

afterEach(async () => {
  await Promise.all(peers.map((p) => p.close()));
  peers = [];
});

const both = (
  p: TwilioPeer,
  extra: { authToken?: string; timeoutMs?: number } = {},
): [string, SmsSender][] => {
  const settings = { accountSid: p.accountSid, authToken: p.authToken, from, apiUrl: p.url, ...extra };
  return [
    ['sdk', twilioSms(settings)],
    ['fetch', twilioFetchSms(settings)],
  ];
};

/** What a result says, without the free-text message, which differs in wording between transports. */
const shape = (r: SendResult) => (r.ok ? { ok: true } : { ok: false, permanent: r.permanent, code: r.code });

describe('twilioFetchSms', () => {
  it('sends the same request as the SDK, status callback included, and returns the sid', async () => {
    const p = await peer();
    const results = [];
    for (const [, sender] of both(p)) {
      results.push(
        await sender.send({
          to: '+13125550101',
          body: 'Hola María: https://survey.test/s/abc',
          statusCallback: 'https://survey.test/webhooks/twilio/status?m=abc',
        }),
      );
    }
    expect(results.map((r) => (r as { providerId: string }).providerId)).toEqual(
      p.messages.map((m) => m.sid),
    );
    const [sdk, viaFetch] = p.messages.map(({ sid: _sid, ...rest }) => rest);
    expect(viaFetch).toEqual(sdk);
    expect(viaFetch).toMatchObject({
      from,
      body: 'Hola María: https://survey.test/s/abc',
      statusCallback: 'https://survey.test/webhooks/twilio/status?m=abc',
    });
  });

  it('sends from a Messaging Service when one is configured', async () => {
    const p = await peer();
    const service = `MG${'e'.repeat(32)}`;
    const sender = twilioFetchSms({
      accountSid: p.accountSid,
      authToken: p.authToken,
      messagingServiceSid: service,
      apiUrl: p.url,
    });
    expect((await sender.send({ to: '+13125550101', body: 'hi' })).ok).toBe(true);
    expect(p.messages[0]).toMatchObject({ from: null, messagingServiceSid: service });
  });

  it.each([
    ['an invalid number', peerNumbers.invalid],
    ['an unroutable number', peerNumbers.cannotRoute],
    ['a disabled region', peerNumbers.regionDisabled],
    ['a number that sent STOP to Twilio', peerNumbers.unsubscribed],
    ['a landline', peerNumbers.notMobile],
    ["Twilio's 500", peerNumbers.flaky],
  ])('sorts %s exactly as the SDK sender does', async (_what, to) => {
    // The flaky number fails only once per peer: a fresh peer for each sender.
    const [sdk, viaFetch] = [both(await peer())[0]![1], both(await peer())[1]![1]];
    const first = shape(await sdk.send({ to, body: 'hi' }));
    expect(shape(await viaFetch.send({ to, body: 'hi' }))).toEqual(first);
    expect(first.ok).toBe(false);
  });

  it('reports 503 without a Twilio body, and wrong credentials, as transient, like the SDK sender', async () => {
    const p = await peer();
    for (const [name, sender] of both(p)) {
      p.failNext(1);
      expect(shape(await sender.send({ to: '+13125550101', body: 'hi' })), name).toEqual({
        ok: false,
        permanent: false,
        code: 'HTTP_503',
      });
    }
    for (const [name, sender] of both(p, { authToken: 'wrong' })) {
      expect(shape(await sender.send({ to: '+13125550101', body: 'hi' })), name).toEqual({
        ok: false,
        permanent: false,
        code: '20003',
      });
    }
  });

  it('reports a refused connection and a request never answered as transient', async () => {
    const p = await peer();
    const url = p.url;
    await p.close();
    peers = peers.filter((x) => x !== p);
    const refused = await twilioFetchSms({
      accountSid: `AC${'f'.repeat(32)}`,
      authToken: 't',
      from,
      apiUrl: url,
    }).send({ to: '+13125550101', body: 'hi' });
    expect(refused).toMatchObject({ ok: false, permanent: false, code: 'NO_RESPONSE' });
    const q = await peer();
    const hung = await twilioFetchSms({
      accountSid: q.accountSid,
      authToken: q.authToken,
      from,
      apiUrl: q.url,
      timeoutMs: 200,
    }).send({ to: peerNumbers.hangs, body: 'hi' });
    expect(hung).toMatchObject({ ok: false, permanent: false, code: 'TIMEOUT' });
  });
});

describe('twilioSettings (shared by the Node and Workers senders)', () => {
  it('is off without credentials and refuses half a configuration', () => {
    expect(twilioSettings({})).toBeNull();
    expect(() => twilioSettings({ TWILIO_ACCOUNT_SID: 'AC1' })).toThrow(/TWILIO_AUTH_TOKEN/);
    expect(() => twilioSettings({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't' })).toThrow(
      /TWILIO_FROM/,
    );
    expect(
      twilioSettings({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', TWILIO_FROM: from }),
    ).toMatchObject({ accountSid: 'AC1', from });
  });
});
