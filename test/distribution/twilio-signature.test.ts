import fc from 'fast-check';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import {
  publicRequestUrl,
  twilioSignature,
  verifyTwilioSignature,
} from '../../server/distribution/twilio-signature.ts';

const entries = (params: Record<string, string>) => Object.entries(params);

describe("Twilio's published example", () => {
  // https://www.twilio.com/docs/usage/webhooks/webhooks-security (auth token 12345).
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = {
    CallSid: 'CA1234567890ABCDE',
    Caller: '+12349013030',
    Digits: '1234',
    From: '+12349013030',
    To: '+18005551212',
  };
  const signature = '0/KCTR6DLpKmkAf8muzZqo1nDgQ=';

  it('computes the signature in the documentation', async () => {
    expect(await twilioSignature('12345', url, entries(params))).toBe(signature);
  });

  it('computes the signature of the older version of the same example', async () => {
    // The same page before Twilio changed the example's numbers (kept in its PHP library's docs).
    const older = { ...params, Caller: '+14158675309', From: '+14158675309' };
    expect(await twilioSignature('12345', url, entries(older))).toBe('RSOYDt4T1cUTdK1PDd93/VVr8B8=');
  });

  it('verifies it, whatever order the form arrived in', async () => {
    const shuffled = entries(params).reverse();
    expect(await verifyTwilioSignature('12345', signature, url, shuffled)).toBe(true);
  });

  it('refuses a changed parameter, URL, query, token or signature', async () => {
    expect(await verifyTwilioSignature('12345', signature, url, entries({ ...params, Digits: '9999' }))).toBe(
      false,
    );
    expect(await verifyTwilioSignature('12345', signature, url, entries({ ...params, Extra: '' }))).toBe(
      false,
    );
    expect(
      await verifyTwilioSignature(
        '12345',
        signature,
        'https://mycompany.com/myapp.php?foo=1&bar=3',
        entries(params),
      ),
    ).toBe(false);
    expect(
      await verifyTwilioSignature(
        '12345',
        signature,
        'http://mycompany.com/myapp.php?foo=1&bar=2',
        entries(params),
      ),
    ).toBe(false);
    expect(await verifyTwilioSignature('54321', signature, url, entries(params))).toBe(false);
    expect(await verifyTwilioSignature('12345', signature.slice(0, -1), url, entries(params))).toBe(false);
    expect(await verifyTwilioSignature('12345', undefined, url, entries(params))).toBe(false);
    expect(await verifyTwilioSignature('', signature, url, entries(params))).toBe(false);
  });

  it('accepts the URL with or without the default port, as Twilio may sign either', async () => {
    const withPort = 'https://mycompany.com:443/myapp.php?foo=1&bar=2';
    expect(await verifyTwilioSignature('12345', signature, withPort, entries(params))).toBe(true);
    const signedWithPort = await twilioSignature('12345', withPort, entries(params));
    expect(await verifyTwilioSignature('12345', signedWithPort, url, entries(params))).toBe(true);
    expect(
      await verifyTwilioSignature(
        '12345',
        signature,
        'https://mycompany.com:8443/myapp.php?foo=1&bar=2',
        entries(params),
      ),
    ).toBe(false);
  });
});

describe("cross-check with the twilio SDK's own helpers", () => {
  const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s !== '__proto__');
  const form = fc.dictionary(name, fc.string({ maxLength: 40 }), { maxKeys: 12 });
  const url = fc.constantFrom(
    'https://survey.example.org/webhooks/twilio/inbound',
    'https://survey.example.org/webhooks/twilio/status?m=Ab_9-xYz',
    'http://localhost:8787/webhooks/twilio/status?m=1&x=a%20b',
  );

  it('computes exactly what getExpectedTwilioSignature computes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 32 }), url, form, async (token, u, params) => {
        expect(await twilioSignature(token, u, entries(params))).toBe(
          twilio.getExpectedTwilioSignature(token, u, params),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('accepts what the SDK signs and the SDK accepts what we sign, with real webhook shapes', async () => {
    const token = 'test-twilio-auth-token';
    const u = 'https://survey.example.org/webhooks/twilio/inbound';
    const params = {
      Body: 'Stop, por favor ¿sí? 🙏 a+b=c&d',
      From: '+13125550100',
      To: '+13125550000',
      FromCity: "O'FALLON",
      NumMedia: '0',
    };
    const sdk = twilio.getExpectedTwilioSignature(token, u, params);
    expect(await verifyTwilioSignature(token, sdk, u, entries(params))).toBe(true);
    expect(twilio.validateRequest(token, await twilioSignature(token, u, entries(params)), u, params)).toBe(
      true,
    );
  });

  it('signs a repeated parameter the way the SDK signs an array value', async () => {
    const u = 'https://survey.example.org/webhooks/twilio/inbound';
    const repeated: [string, string][] = [
      ['MediaUrl', 'b'],
      ['Body', 'x'],
      ['MediaUrl', 'a'],
      ['MediaUrl', 'b'],
    ];
    expect(await twilioSignature('t', u, repeated)).toBe(
      twilio.getExpectedTwilioSignature('t', u, { Body: 'x', MediaUrl: ['b', 'a', 'b'] }),
    );
  });
});

describe('publicRequestUrl', () => {
  it('puts the path and query the app saw behind our public origin', () => {
    expect(
      publicRequestUrl('https://survey.example.org', 'http://10.0.0.5:8787/webhooks/twilio/status?m=abc'),
    ).toBe('https://survey.example.org/webhooks/twilio/status?m=abc');
    expect(publicRequestUrl('https://survey.example.org/', 'http://app/webhooks/twilio/inbound')).toBe(
      'https://survey.example.org/webhooks/twilio/inbound',
    );
  });
});
