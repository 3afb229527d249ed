/**
 * Opt-out through the real Node server (issue 12, items 6 and 7): `npm start`'s entry with
 * TWILIO_AUTH_TOKEN set, so inbound texts are posted as Twilio posts them, signed with the twilio
 * SDK's own helper. Every revoking phrase of the table, in every page language, opts its sender out
 * and is confirmed in the language of its words; the ordinary ones do not; and a captured, signed
 * START posted again after a later STOP does not re-subscribe the number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optInReply, optOutReply } from '../../server/distribution/replies.ts';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { inboundSms } from '../helpers/twilio-peer.ts';
import { notRevoking, revoking } from '../distribution/revocation-phrases.ts';

const authToken = 'node-opt-out-test-twilio-token';
let server: RunningServer;
let admin: TestClient;
let partnershipId: string;

beforeAll(async () => {
  server = await startNodeServer({ TWILIO_AUTH_TOKEN: authToken });
  admin = new TestClient((path, init) => fetch(server.base + path, init));
  await setUpAdmin(admin);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley Advanced Manufacturing',
    sector: 'Manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
  });
  expect(p.status, p.text).toBe(201);
  partnershipId = p.json.partnership.id;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** A signed inbound text to the running server; the TwiML reply's message, and how to post it again. */
async function text(from: string, body: string) {
  const url = `${server.base}/webhooks/twilio/inbound`;
  let init: RequestInit | undefined;
  const res = await inboundSms(
    (u, i) => {
      init = i;
      return fetch(u, i);
    },
    { url, authToken, from, body },
  );
  const read = async (r: Response) => {
    expect(r.status).toBe(200);
    return /<Message>(.*)<\/Message>/.exec(await r.text())?.[1]?.replaceAll('&amp;', '&') ?? null;
  };
  return { reply: await read(res), replay: async () => read(await fetch(url, init)) };
}

async function addContacts(phones: string[]) {
  const res = await admin.post(
    `/api/partnerships/${partnershipId}/contacts`,
    phones.map((phone, i) => ({ firstName: `W${i}`, phone, kind: 'worker', smsConsent: true })),
  );
  expect(res.status, res.text).toBe(201);
}

async function optedOut(): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>();
  // The list comes a page of at most 100 at a time (issue 14).
  for (let cursor = ''; ;) {
    const res = await admin.get(`/api/partnerships/${partnershipId}/contacts?limit=100${cursor}`);
    expect(res.status).toBe(200);
    for (const c of res.json.contacts as { phone: string; smsOptedOut: boolean }[])
      out.set(c.phone, c.smsOptedOut);
    if (!res.json.nextCursor) return out;
    cursor = `&cursor=${encodeURIComponent(res.json.nextCursor)}`;
  }
}

describe('inbound texts through npm start', () => {
  it('opts out the sender of every revoking phrase, in every page language, and no one else', async () => {
    const phones = revoking.map((_, i) => `+1312556${String(1000 + i)}`);
    const bystander = '+13125569999';
    await addContacts([...phones, bystander]);
    for (const [i, { text: body, language }] of revoking.entries()) {
      expect((await text(phones[i]!, body)).reply, body).toBe(optOutReply(language));
    }
    for (const { text: body } of notRevoking) expect((await text(bystander, body)).reply, body).toBeNull();
    const state = await optedOut();
    for (const [i, phone] of phones.entries()) expect(state.get(phone), revoking[i]!.text).toBe(true);
    expect(state.get(bystander)).toBe(false);
  }, 120_000);

  it('does not re-subscribe a number with a replayed, correctly signed START after a later STOP', async () => {
    const phone = '+13125558888';
    await addContacts([phone]);
    expect((await text(phone, 'STOP')).reply).toBe(optOutReply('en'));
    const start = await text(phone, 'START');
    expect(start.reply).toBe(optInReply('en'));
    expect((await optedOut()).get(phone)).toBe(false);
    expect((await text(phone, 'STOP')).reply).toBe(optOutReply('en'));
    expect(await start.replay()).toBeNull();
    expect((await optedOut()).get(phone)).toBe(true);
  }, 60_000);
});
