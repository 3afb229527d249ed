/**
 * Opt-out on the Worker build (issue 12, items 6 and 7): workerd with a local D1 and TWILIO_AUTH_TOKEN
 * set, inbound texts signed with the twilio SDK's helper. A signed "No más" opts the number out, and
 * a replayed START, after a later STOP, is ignored: the sid's record and the change go in one D1 batch.
 * Every revoking phrase of the table, in every page language, opts its sender out and is confirmed in
 * the language of its words; the ordinary ones opt no one out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optInReply, optOutReply } from '../../server/distribution/replies.ts';
import { inboundSms } from '../helpers/twilio-peer.ts';
import { HttpClient } from './client.ts';
import { queryD1, startLocalWorker, type LocalWorker } from './wrangler.ts';
import { setUpAdmin } from '../helpers/app.ts';
import { notRevoking, revoking } from '../distribution/revocation-phrases.ts';

const authToken = 'worker-opt-out-test-twilio-token';
const phone = '+13125557777';
let worker: LocalWorker;
let admin: HttpClient;
let partnershipId: string;

beforeAll(async () => {
  worker = await startLocalWorker('sv-opt-out-', { vars: { TWILIO_AUTH_TOKEN: authToken } });
  admin = new HttpClient(worker.dev.url);
  await setUpAdmin(admin);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley Advanced Manufacturing',
    sector: 'Manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
  });
  expect(p.status, p.text).toBe(201);
  partnershipId = p.json.partnership.id;
  const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, [
    { firstName: 'Maria', phone, kind: 'worker', smsConsent: true },
  ]);
  expect(added.status, added.text).toBe(201);
}, 180_000);

afterAll(() => worker?.stop(), 60_000);

/** A signed inbound text to the Worker; the TwiML reply's message, and how to post it again. */
async function text(body: string, from = phone) {
  const url = `${worker.dev.url}/webhooks/twilio/inbound`;
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

const optedOut = async () =>
  (
    await queryD1<{ out: number }>(
      worker.persistTo,
      `SELECT sms_opted_out_at IS NOT NULL AS out FROM contacts WHERE phone = '${phone}'`,
    )
  )[0]!.out === 1;

describe('inbound texts on the Worker', () => {
  it('opts the number out on a signed "No más" and confirms once, in Spanish', async () => {
    expect((await text('No más')).reply).toBe(optOutReply('es'));
    expect(await optedOut()).toBe(true);
    expect((await text('NO MAS')).reply).toBeNull();
  }, 60_000);

  it('ignores a replayed, correctly signed START after a later STOP', async () => {
    await text('STOP'); // already out after the test above: no change, no text
    const start = await text('START');
    expect(start.reply).toBe(optInReply('en'));
    expect(await optedOut()).toBe(false);
    expect((await text('STOP')).reply).toBe(optOutReply('en'));
    expect(await start.replay()).toBeNull();
    expect(await optedOut()).toBe(true);
    const seen = await queryD1<{ n: number; lasting: number }>(
      worker.persistTo,
      'SELECT count(*) AS n, sum(lasting) AS lasting FROM webhook_events',
    );
    expect(seen[0]).toEqual({ n: 5, lasting: 5 });
  }, 60_000);
});

describe('revocation in other words on the Worker', () => {
  it('opts out the sender of every revoking phrase, in every page language, confirming in its words’ language', async () => {
    const phones = revoking.map((_, i) => `+1312556${String(1000 + i)}`);
    const bystander = '+13125569999';
    const added = await admin.post(
      `/api/partnerships/${partnershipId}/contacts`,
      [...phones, bystander].map((p, i) => ({
        firstName: `W${i}`,
        phone: p,
        kind: 'worker',
        smsConsent: true,
      })),
    );
    expect(added.status, added.text).toBe(201);
    for (const [i, { text: body, language }] of revoking.entries())
      expect((await text(body, phones[i])).reply, body).toBe(optOutReply(language));
    for (const { text: body } of notRevoking) expect((await text(body, bystander)).reply, body).toBeNull();
    const out = await queryD1<{ phone: string }>(
      worker.persistTo,
      `SELECT phone FROM contacts WHERE sms_opted_out_at IS NOT NULL AND phone LIKE '+1312556%'`,
    );
    expect(out.map((r) => r.phone).sort()).toEqual([...phones].sort());
  }, 300_000);
});
