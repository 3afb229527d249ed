import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { makeTestApp, testTwilioAuthToken, type TestContext } from '../helpers/app.ts';
import { signedRequest } from '../helpers/twilio-peer.ts';
import { dumpDatabase, smsFixture } from './twilio-fixtures.ts';

const maria = '+13125550101';
const stop = {
  From: maria,
  To: '+13125550000',
  Body: 'STOP',
  MessageSid: `SM${'a'.repeat(32)}`,
  AccountSid: `AC${'0'.repeat(32)}`,
};

/** A STOP from Maria and a "delivered" for her queued text: both would change the database. */
async function setup() {
  const ctx = makeTestApp();
  const f = await smsFixture(ctx, [{ phone: maria }]);
  const statusPath = `/webhooks/twilio/status?m=${f.outbox[0]!.id}`;
  const delivered = {
    MessageSid: `SM${'b'.repeat(32)}`,
    MessageStatus: 'delivered',
    To: maria,
    AccountSid: stop.AccountSid,
  };
  const attempts = [
    { path: '/webhooks/twilio/inbound', params: stop },
    { path: statusPath, params: delivered },
  ];
  return { ctx, attempts, before: dumpDatabase(ctx.raw) };
}

async function expectRefused(
  ctx: TestContext,
  before: string,
  path: string,
  init: RequestInit,
  requestUrl = `http://survey.test${path}`,
) {
  const res = await ctx.app.request(requestUrl, init);
  expect(res.status).toBe(403);
  expect(await res.json()).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
  expect(dumpDatabase(ctx.raw)).toBe(before);
}

describe('Twilio webhooks refuse anything Twilio did not sign, before any effect', () => {
  it('accepts the properly signed requests (the control for every case below)', async () => {
    const { ctx, attempts } = await setup();
    for (const { path, params } of attempts) {
      const res = await ctx.app.request(
        `http://survey.test${path}`,
        signedRequest(testTwilioAuthToken, `http://survey.test${path}`, params),
      );
      expect(res.status).toBeLessThan(300);
    }
    expect(await ctx.deps.db.selectFrom('outbox').select('status').executeTakeFirstOrThrow()).toEqual({
      status: 'opted_out',
    });
  });

  it('refuses an unsigned request', async () => {
    const { ctx, attempts, before } = await setup();
    for (const { path, params } of attempts) {
      const init = signedRequest(testTwilioAuthToken, `http://survey.test${path}`, params);
      delete (init.headers as Record<string, string>)['x-twilio-signature'];
      await expectRefused(ctx, before, path, init);
    }
  });

  it('refuses a request signed with another auth token', async () => {
    const { ctx, attempts, before } = await setup();
    for (const { path, params } of attempts) {
      await expectRefused(
        ctx,
        before,
        path,
        signedRequest('someone-elses-token', `http://survey.test${path}`, params),
      );
    }
  });

  it('refuses a request whose body was changed after signing', async () => {
    const { ctx, attempts, before } = await setup();
    for (const { path, params } of attempts) {
      const init = signedRequest(testTwilioAuthToken, `http://survey.test${path}`, params);
      await expectRefused(ctx, before, path, { ...init, body: `${init.body as string}&Extra=1` });
    }
  });

  it('refuses a signature made for another URL: another host, path, or outbox row', async () => {
    const { ctx, attempts, before } = await setup();
    for (const { path, params } of attempts) {
      await expectRefused(
        ctx,
        before,
        path,
        signedRequest(testTwilioAuthToken, `https://evil.example${path}`, params),
      );
      await expectRefused(
        ctx,
        before,
        path,
        signedRequest(testTwilioAuthToken, `http://survey.test/elsewhere`, params),
      );
    }
    const status = attempts[1]!;
    const signedForOther = signedRequest(
      testTwilioAuthToken,
      'http://survey.test/webhooks/twilio/status?m=other-row',
      status.params,
    );
    await expectRefused(ctx, before, status.path, signedForOther);
  });

  it('checks the public URL, not the host the app sees behind a proxy', async () => {
    const { ctx, attempts, before } = await setup();
    const inbound = attempts[0]!;
    // Signed for the host the app sees: Twilio never requests that, so it is refused.
    const internal = `http://10.0.0.5:8787${inbound.path}`;
    await expectRefused(
      ctx,
      before,
      inbound.path,
      signedRequest(testTwilioAuthToken, internal, inbound.params),
      internal,
    );
    // Signed for the public URL and delivered to the internal host: accepted.
    const res = await ctx.app.request(
      internal,
      signedRequest(testTwilioAuthToken, `http://survey.test${inbound.path}`, inbound.params),
    );
    expect(res.status).toBe(200);
  });

  it('refuses a body that is not a form, even with a signature over its fields', async () => {
    const { ctx, attempts, before } = await setup();
    for (const { path, params } of attempts) {
      const signature = twilio.getExpectedTwilioSignature(
        testTwilioAuthToken,
        `http://survey.test${path}`,
        params,
      );
      const headers = { 'x-twilio-signature': signature };
      await expectRefused(ctx, before, path, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(params),
      });
      await expectRefused(ctx, before, path, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/plain' },
        body: new URLSearchParams(params).toString(),
      });
      await expectRefused(ctx, before, path, {
        method: 'POST',
        headers,
        body: new URLSearchParams(params).toString(),
      });
    }
  });

  it('refuses everything when no auth token is configured', async () => {
    const { ctx, attempts, before } = await setup();
    ctx.deps.config.distribution = { ...ctx.deps.config.distribution, twilioAuthToken: null };
    for (const { path, params } of attempts) {
      await expectRefused(
        ctx,
        before,
        path,
        signedRequest(testTwilioAuthToken, `http://survey.test${path}`, params),
      );
      await expectRefused(ctx, before, path, signedRequest('', `http://survey.test${path}`, params));
    }
  });

  it('answers GET with 404, as for any route that does not exist', async () => {
    const { ctx } = await setup();
    expect((await ctx.app.request('http://survey.test/webhooks/twilio/inbound')).status).toBe(404);
  });
});
