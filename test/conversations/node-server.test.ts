/**
 * Conversations by text through the real Node server (issue 18, both runtimes): `npm start`'s entry
 * over a SQLite file, its SMS sender the real twilio SDK pointed at the local Twilio peer. The loop is
 * off and `npm run cli -- dispatch` sends the invitations, as a cron job would, so every reply the
 * peer receives was sent by the server itself right after the webhook's answer. Each inbound text is
 * posted over a socket, signed with the SDK's helper, as Twilio posts it.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optOutReply } from '../../server/distribution/replies.ts';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { runCli } from '../helpers/cli.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { inboundSms, startTwilioPeer, type TwilioPeer } from '../helpers/twilio-peer.ts';
import { conversation, launchedTextCampaign, type Lang } from './texts.ts';

const from = '+13125550000';
/** The workers, each with their own phone: their language, and what the tests below do with them. */
const people = {
  en: { phone: '+13125554000', language: 'en' },
  es: { phone: '+13125554001', language: 'es' },
  stops: { phone: '+13125554002', language: 'en' },
  first: { phone: '+13125554003', language: 'en' },
  second: { phone: '+13125554004', language: 'es' },
} as const;

let twilio: TwilioPeer;
let server: RunningServer;
let env: Record<string, string>;
let admin: TestClient;
let campaignId: string;

beforeAll(async () => {
  twilio = await startTwilioPeer();
  server = await startNodeServer({
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_FROM: from,
    TWILIO_API_URL: twilio.url,
  });
  env = {
    DATABASE_PATH: server.databasePath,
    PUBLIC_URL: server.base,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_FROM: from,
    TWILIO_API_URL: twilio.url,
    SMS_PER_SECOND: '0',
    EMAIL_PER_SECOND: '0',
  };
  admin = new TestClient((path, init) => fetch(server.base + path, init));
  await setUpAdmin(admin);
  campaignId = await launchedTextCampaign(admin, Object.values(people));
  const dispatched = await runCli(['dispatch'], env);
  expect(dispatched.code, dispatched.stderr).toBe(0);
  expect(dispatched.stdout).toMatch(/sent 5, failed 0/);
  await twilio.idle();
}, 90_000);

afterAll(async () => {
  await server?.stop();
  await twilio?.close();
});

/** One count of the server's database file, read beside it as a backup would. */
function count(sql: string): number {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const textsTo = (phone: string) => twilio.messages.filter((m) => m.to === phone).map((m) => m.body);

/** Until every reply the server queued was handed to Twilio (the row goes once all its texts did). */
async function settled(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (count('SELECT count(*) AS n FROM sms_replies') === 0) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Replies by text still waiting:\n${server.output().slice(-2_000)}`);
}

/** The message of a TwiML answer, or null for an empty one. */
async function twimlOf(res: Response): Promise<string | null> {
  expect(res.status).toBe(200);
  const message = /<Message>(.*)<\/Message>/.exec(await res.text())?.[1];
  return message?.replaceAll('&amp;', '&') ?? null;
}

/** A signed text from `phone` to the server; the TwiML reply, the texts it made us send, its replay. */
async function say(phone: string, body: string) {
  const url = `${server.base}/webhooks/twilio/inbound`;
  let init: RequestInit | undefined;
  const before = textsTo(phone).length;
  const res = await inboundSms(
    (u, i) => {
      init = i;
      return fetch(u, i);
    },
    { url, authToken: twilio.authToken, accountSid: twilio.accountSid, from: phone, body },
  );
  const reply = await twimlOf(res);
  await settled();
  return { reply, texts: textsTo(phone).slice(before), replay: async () => twimlOf(await fetch(url, init)) };
}

/** Answers in turn; every step's texts, in order. */
async function converse(phone: string, bodies: string[]): Promise<string[][]> {
  const texts: string[][] = [];
  for (const body of bodies) texts.push((await say(phone, body)).texts);
  return texts;
}

async function progress() {
  const res = await admin.get(`/api/campaigns/${campaignId}/progress`);
  expect(res.status, res.text).toBe(200);
  return res.json.progress as { completed: number; answers: { waiting: number } };
}

describe('answering by text through npm start and the twilio SDK', () => {
  it('texts the invitation with the link and the reply 1, from the configured number', () => {
    for (const { phone } of Object.values(people)) {
      const [invitation] = twilio.messages.filter((m) => m.to === phone);
      expect(invitation!.from).toBe(from);
      expect(invitation!.body).toContain(`${server.base}/s/`);
    }
    expect(textsTo(people.en.phone)[0]).toMatch(/reply 1/i);
  });

  it.each(['en', 'es'] as const)(
    'runs a whole conversation in %s, each reply reaching Twilio in order, and pools the answer',
    async (lang: Lang) => {
      const { phone } = people[lang];
      const script = conversation(lang);
      const texts = await converse(
        phone,
        script.map((s) => s.say),
      );
      expect(texts).toEqual(script.map((s) => s.expect));
      // Everything the peer took for this phone: the invitation, then exactly the conversation.
      expect(textsTo(phone).slice(1)).toEqual(script.flatMap((s) => s.expect));
      expect(count('SELECT count(*) AS n FROM sms_conversations')).toBe(0);
      const done = lang === 'en' ? 1 : 2;
      expect(await progress()).toMatchObject({ completed: done, answers: { waiting: done } });
    },
    60_000,
  );

  it('sends nothing more for a replayed webhook, and steps once', async () => {
    const { phone } = people.first;
    const [start] = conversation('en');
    const first = await say(phone, '1');
    expect(first.texts).toEqual(start!.expect);
    const step = await say(phone, '5');
    expect(await step.replay()).toBeNull();
    expect(await first.replay()).toBeNull();
    await settled();
    await new Promise((r) => setTimeout(r, 300));
    expect(textsTo(phone)).toHaveLength(1 + 2 + 1);
    // The next answer is taken by the question after the one answered once.
    const next = await say(phone, conversation('en')[2]!.say);
    expect(next.texts).toEqual(conversation('en')[2]!.expect);
  }, 30_000);

  it('ends the conversation on STOP mid-way: confirmed, nothing more sent, nothing stored', async () => {
    const { phone } = people.stops;
    const before = await progress();
    await converse(phone, ['1', '5', '4']);
    const conversations = count('SELECT count(*) AS n FROM sms_conversations');
    const stop = await say(phone, 'STOP');
    expect(stop.reply).toBe(optOutReply('en'));
    expect(stop.texts).toEqual([]);
    expect(count('SELECT count(*) AS n FROM sms_conversations')).toBe(conversations - 1);
    for (const body of ['3', '1']) expect((await say(phone, body)).texts).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(textsTo(phone)).toHaveLength(1 + 2 + 1 + 1);
    expect(await progress()).toMatchObject({
      completed: before.completed,
      answers: { waiting: before.answers.waiting },
    });
  }, 30_000);

  it('keeps two workers answering at once apart', async () => {
    // people.first is two questions in from the test above; people.second starts now.
    await say(people.second.phone, '1');
    const en = conversation('en');
    const es = conversation('es');
    const [a, b] = await Promise.all([
      converse(
        people.first.phone,
        en.slice(3).map((s) => s.say),
      ),
      converse(
        people.second.phone,
        es.slice(1).map((s) => s.say),
      ),
    ]);
    expect(a).toEqual(en.slice(3).map((s) => s.expect));
    expect(b).toEqual(es.slice(1).map((s) => s.expect));
    expect(count('SELECT count(*) AS n FROM sms_conversations')).toBe(0);
    expect(await progress()).toMatchObject({ completed: 4, answers: { waiting: 4 } });
    expect(textsTo(people.second.phone).slice(1)).toEqual(es.flatMap((s) => s.expect));
  }, 60_000);
});
