/**
 * The SES mailer (Workers' email, usable on Node too) against the local SES peer, which checks SigV4
 * on the request as received; and the signer (aws4fetch, as we call it) against AWS's published
 * example and vectors from AWS's Signature Version 4 test suite, which neither side computed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readDistributionConfig } from '../../server/distribution/config.ts';
import { fetchSenders } from '../../server/distribution/fetch-senders.ts';
import { emailMessage } from '../../server/distribution/messages.ts';
import { nodeSenders } from '../../server/runtime/senders.ts';
import { sesMailer, sesSettings, signAws, type SesSettings } from '../../server/distribution/email-ses.ts';
import { sesAddresses, startSesPeer, type SesPeer } from '../helpers/ses-peer.ts';

let peers: SesPeer[] = [];
afterEach(async () => {
  await Promise.all(peers.map((p) => p.close()));
  peers = [];
});

async function peer() {
  const p = await startSesPeer();
  peers.push(p);
  return p;
}

const clock = { now: () => new Date() };
const settingsFor = (p: SesPeer, extra: Partial<SesSettings> = {}): SesSettings => ({
  accessKeyId: p.accessKeyId,
  secretAccessKey: p.secretAccessKey,
  region: p.region,
  from: 'River Valley <surveys@rivervalley.example>',
  apiUrl: p.url,
  ...extra,
});

const invitation = (to: string) =>
  emailMessage(to, {
    purpose: 'invitation',
    language: 'es',
    firstName: 'María',
    partnershipName: 'River Valley Partnership',
    link: 'https://survey.test/s/abcdefghijklmnopqrstuvwx',
    closesOn: '2026-09-30',
    minGroupSize: 5,
    unsubscribeUrl: 'https://survey.test/u/unsub-token',
    postalAddress: '100 Main St, Peoria, IL 61602',
  });

describe('signAws', () => {
  it("reproduces AWS's published Signature Version 4 example", async () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html (IAM ListUsers)
    const headers = await signAws(
      {
        method: 'GET',
        url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: '',
        region: 'us-east-1',
        service: 'iam',
        now: new Date('2015-08-30T12:36:00Z'),
      },
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    );
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
  });

  // AWS's aws-sig-v4-test-suite (example.amazonaws.com, service "service", 2015-08-30T12:36:00Z): a
  // POST with a body and a signed content-type, as SES gets, and temporary (STS) credentials.
  const suiteToken =
    'AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==';
  const suite: {
    name: string;
    method: string;
    headers: Record<string, string>;
    body: string;
    sessionToken?: string;
    signed: string;
    signature: string;
  }[] = [
    {
      name: 'get-vanilla',
      method: 'GET',
      headers: {},
      body: '',
      signed: 'host;x-amz-date',
      signature: '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    },
    {
      name: 'post-vanilla',
      method: 'POST',
      headers: {},
      body: '',
      signed: 'host;x-amz-date',
      signature: '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b',
    },
    {
      name: 'post-x-www-form-urlencoded',
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Param1=value1',
      signed: 'content-type;host;x-amz-date',
      signature: 'ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a',
    },
    {
      name: 'post-sts-header-before',
      method: 'POST',
      headers: {},
      body: '',
      sessionToken: suiteToken,
      signed: 'host;x-amz-date;x-amz-security-token',
      signature: '85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead',
    },
  ];
  for (const v of suite) {
    it(`matches AWS's test suite: ${v.name}`, async () => {
      const headers = await signAws(
        {
          ...v,
          url: 'https://example.amazonaws.com/',
          region: 'us-east-1',
          service: 'service',
          now: new Date('2015-08-30T12:36:00Z'),
        },
        {
          accessKeyId: 'AKIDEXAMPLE',
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
          sessionToken: v.sessionToken,
        },
      );
      expect(headers.authorization).toBe(
        `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=${v.signed}, Signature=${v.signature}`,
      );
      if (v.sessionToken) expect(headers['x-amz-security-token']).toBe(v.sessionToken);
      expect(headers.host).toBeUndefined();
    });
  }
});

describe('sesMailer against the local SES peer', () => {
  it('sends both parts and the RFC 8058 headers, signed, and returns the MessageId', async () => {
    const p = await peer();
    const message = invitation('maria@work.example');
    const result = await sesMailer(settingsFor(p, { configurationSet: 'surveys' }), clock).send(message);
    expect(p.refused).toEqual([]);
    expect(result).toEqual({ ok: true, providerId: p.messages[0]!.messageId });
    expect(p.messages[0]).toEqual({
      messageId: expect.any(String),
      from: 'River Valley <surveys@rivervalley.example>',
      to: ['maria@work.example'],
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
      configurationSet: 'surveys',
    });
    expect(p.messages[0]!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('is refused by the peer with a wrong secret, and that is retried (a configuration error)', async () => {
    const p = await peer();
    const result = await sesMailer(settingsFor(p, { secretAccessKey: 'wrong' }), clock).send(
      invitation('a@work.example'),
    );
    expect(p.refused).toEqual(['SignatureDoesNotMatch']);
    expect(result).toMatchObject({ ok: false, permanent: false, code: 'SES_InvalidSignatureException' });
  });

  it('treats a rejected address as final and throttling as passing', async () => {
    const p = await peer();
    const mailer = sesMailer(settingsFor(p), clock);
    expect(await mailer.send(invitation(sesAddresses.bounce))).toMatchObject({
      ok: false,
      permanent: true,
      code: 'SES_MessageRejected',
    });
    expect(await mailer.send(invitation(sesAddresses.throttled))).toMatchObject({
      ok: false,
      permanent: false,
      code: 'SES_TooManyRequestsException',
    });
    expect((await mailer.send(invitation(sesAddresses.throttled))).ok).toBe(true);
  });

  it('reports a refused connection as passing', async () => {
    const p = await peer();
    await p.close();
    peers = [];
    expect(await sesMailer(settingsFor(p), clock).send(invitation('a@work.example'))).toMatchObject({
      ok: false,
      permanent: false,
      code: 'NO_RESPONSE',
    });
  });
});

describe('sesSettings', () => {
  it('is off without a key and refuses half a configuration', () => {
    expect(sesSettings({})).toBeNull();
    expect(() => sesSettings({ SES_ACCESS_KEY_ID: 'AKIA1' })).toThrow(/SES_SECRET_ACCESS_KEY/);
    expect(
      sesSettings({
        SES_ACCESS_KEY_ID: 'AKIA1',
        SES_SECRET_ACCESS_KEY: 's',
        SES_REGION: 'us-east-1',
        MAIL_FROM: 'A <a@b.example>',
      }),
    ).toMatchObject({
      region: 'us-east-1',
      from: 'A <a@b.example>',
    });
  });
});

describe('senders chosen from the environment on Workers, as on Node', () => {
  const log = { info: () => {}, error: () => {} };
  const random = { bytes: (n: number) => new Uint8Array(n) };

  it('uses the development senders when nothing is configured, and refuses SMTP', async () => {
    const { mailer, sms } = fetchSenders({}, log, random, clock);
    expect(await sms.send({ to: '+13125550101', body: 'hi' })).toMatchObject({
      ok: true,
      providerId: expect.stringMatching(/^dev-/),
    });
    expect(await mailer.send(invitation('a@work.example'))).toMatchObject({
      ok: true,
      providerId: expect.stringMatching(/^dev-/),
    });
    expect(() => fetchSenders({ SMTP_URL: 'smtp://x' }, log, random, clock)).toThrow(
      /SMTP_URL cannot be used on Workers/,
    );
    expect(() => fetchSenders({ TWILIO_ACCOUNT_SID: 'AC1' }, log, random, clock)).toThrow(
      /TWILIO_AUTH_TOKEN/,
    );
  });

  it('sends through SES when SES_* is set, and says so to the dev outbox view', async () => {
    const p = await peer();
    const env = {
      SES_ACCESS_KEY_ID: p.accessKeyId,
      SES_SECRET_ACCESS_KEY: p.secretAccessKey,
      SES_REGION: p.region,
      SES_API_URL: p.url,
    };
    const { mailer } = fetchSenders(env, log, random, clock);
    expect(await mailer.send(invitation('a@work.example'))).toMatchObject({ ok: true });
    expect(p.messages).toHaveLength(1);
    expect(readDistributionConfig(env, 'x'.repeat(32)).senders.email).toBe('http');
    // On Node SMTP comes first when both are set; SES alone is used too.
    expect(readDistributionConfig({ ...env, SMTP_URL: 'smtp://x' }, 'x'.repeat(32)).senders.email).toBe(
      'smtp',
    );
    const node = nodeSenders(env, log, random);
    expect(await node.mailer.send(invitation('b@work.example'))).toMatchObject({ ok: true });
    expect(p.messages.map((m) => m.to[0])).toEqual(['a@work.example', 'b@work.example']);
  });
});
