/**
 * Conversations by text on the Worker build (issue 18, both runtimes): workerd with a local D1 under
 * `wrangler dev`, Twilio over fetch to the local Twilio peer (test/scenario/workers.ts), invitations
 * sent by the Cron Trigger. Each inbound text is posted signed to the Worker, whose replies go out
 * after its answer through waitUntil, so the test waits for them at the peer. One `wrangler dev`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optOutReply } from '../../server/distribution/replies.ts';
import { waitForCount } from '../helpers/http-peer.ts';
import { inboundSms } from '../helpers/twilio-peer.ts';
import { sender } from '../scenario/harness.ts';
import { startWorkersHarness, type WorkersHarness } from '../scenario/workers.ts';
import type { HttpClient } from '../workers/client.ts';
import { conversation, launchedTextCampaign } from './texts.ts';

const people = {
  en: '+13125554100',
  retried: '+13125554101',
  stops: '+13125554102',
} as const;

let h: WorkersHarness;
let admin: HttpClient;
let campaignId: string;

beforeAll(async () => {
  h = await startWorkersHarness();
  admin = h.client();
  const setup = await admin.post('/api/setup', {
    email: 'admin@example.org',
    name: 'Ada Admin',
    password: 'correct horse battery',
  });
  expect(setup.status, setup.text).toBe(201);
  campaignId = await launchedTextCampaign(
    admin,
    Object.values(people).map((phone) => ({ phone })),
  );
  expect(await h.dispatch()).toMatchObject({ sent: 3, failed: 0 });
}, 240_000);

afterAll(async () => {
  await h?.stop();
}, 60_000);

const textsTo = (phone: string) => h.twilio.messages.filter((m) => m.to === phone).map((m) => m.body);

/** The message of a TwiML answer, or null for an empty one. */
async function twimlOf(res: Response): Promise<string | null> {
  expect(res.status).toBe(200);
  const message = /<Message>(.*)<\/Message>/.exec(await res.text())?.[1];
  return message?.replaceAll('&amp;', '&') ?? null;
}

/**
 * A signed text from `phone`; waits at the peer for the `expecting` texts the step must send (none:
 * a short wait, then nothing new). Returns the TwiML reply, what the peer got, and the replay.
 */
async function say(phone: string, body: string, expecting = 0) {
  const url = `${h.publicUrl}/webhooks/twilio/inbound`;
  let init: RequestInit | undefined;
  const before = textsTo(phone).length;
  const res = await inboundSms(
    (u, i) => {
      init = i;
      return h.fetch(u, i);
    },
    { url, authToken: h.twilio.authToken, accountSid: h.twilio.accountSid, from: phone, body },
  );
  const reply = await twimlOf(res);
  if (expecting > 0)
    await waitForCount(() => textsTo(phone).length, before + expecting, `replies to "${body}"`);
  else await quiet();
  return {
    reply,
    texts: textsTo(phone).slice(before),
    replay: async () => twimlOf(await h.fetch(url, init)),
  };
}

/** Long enough for a reply handed to waitUntil to reach the peer, had one been queued. */
const quiet = () => new Promise((r) => setTimeout(r, 2_000));

const count = async (sql: string) => (await h.query<{ n: number }>(sql))[0]!.n;

describe('answering by text on the Worker', () => {
  it('texts the invitation with the link and the reply 1, from the configured number', () => {
    for (const phone of Object.values(people)) {
      const [invitation] = h.twilio.messages.filter((m) => m.to === phone);
      expect(invitation!.from).toBe(sender.sms);
      expect(invitation!.body).toContain(`${h.publicUrl}/s/`);
      expect(invitation!.body).toMatch(/reply 1/i);
    }
  });

  it('runs a whole conversation in English, each reply reaching Twilio in order, and pools the answer', async () => {
    const script = conversation('en');
    for (const step of script) {
      const said = await say(people.en, step.say, step.expect.length);
      expect(said.reply).toBeNull();
      expect(said.texts, step.say).toEqual(step.expect);
    }
    expect(textsTo(people.en).slice(1)).toEqual(script.flatMap((s) => s.expect));
    const progress = await admin.get(`/api/campaigns/${campaignId}/progress`);
    expect(progress.json.progress).toMatchObject({ completed: 1, answers: { waiting: 1 } });
    const [left] = await h.query(
      `SELECT (SELECT count(*) FROM sms_conversations) AS conversations,
              (SELECT count(*) FROM sms_replies) AS replies,
              (SELECT count(*) FROM pending_answers WHERE campaign_id = '${campaignId}') AS pooled`,
    );
    expect(left).toEqual({ conversations: 0, replies: 0, pooled: 1 });
  }, 180_000);

  it('steps once and sends nothing more for a retried webhook', async () => {
    const [start, first, second] = conversation('en');
    const opening = await say(people.retried, start!.say, 2);
    expect(opening.texts).toEqual(start!.expect);
    const step = await say(people.retried, first!.say, 1);
    expect(step.texts).toEqual(first!.expect);
    // Twilio retries a webhook it got no answer to: the very same signed request, twice.
    expect(await step.replay()).toBeNull();
    expect(await opening.replay()).toBeNull();
    await quiet();
    expect(textsTo(people.retried)).toHaveLength(1 + 2 + 1);
    // The next answer goes to the question after the one answered once.
    expect((await say(people.retried, second!.say, 1)).texts).toEqual(second!.expect);
    expect(await count('SELECT count(*) AS n FROM sms_replies')).toBe(0);
  }, 120_000);

  it('ends the conversation on STOP mid-way: confirmed, nothing more sent, nothing stored', async () => {
    const [start, first] = conversation('en');
    await say(people.stops, start!.say, 2);
    await say(people.stops, first!.say, 1);
    const conversations = await count('SELECT count(*) AS n FROM sms_conversations');
    const stop = await say(people.stops, 'STOP');
    expect(stop.reply).toBe(optOutReply('en'));
    expect(stop.texts).toEqual([]);
    expect(await count('SELECT count(*) AS n FROM sms_conversations')).toBe(conversations - 1);
    expect((await say(people.stops, '4')).texts).toEqual([]);
    expect((await say(people.stops, '1')).texts).toEqual([]);
    expect(textsTo(people.stops)).toHaveLength(1 + 2 + 1);
    const progress = await admin.get(`/api/campaigns/${campaignId}/progress`);
    expect(progress.json.progress).toMatchObject({ completed: 1, answers: { waiting: 1 } });
    const [left] = await h.query(
      `SELECT (SELECT count(*) FROM sms_replies) AS replies,
              (SELECT count(*) FROM pending_answers WHERE campaign_id = '${campaignId}') AS pooled`,
    );
    expect(left).toEqual({ replies: 0, pooled: 1 });
  }, 120_000);
});
