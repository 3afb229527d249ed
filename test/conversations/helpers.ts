/**
 * Conversations by text through the signed inbound webhook of an in-process app: a launched worker
 * campaign whose SMS invitations offer answering by text, recording senders, and `say`, which posts
 * one signed text and waits for the replies the webhook hands to the sender after its answer.
 */
import { expect } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { repliesWaiting } from '../../server/distribution/conversations/reply-queue.ts';
import { adminClient, makeTestApp, type TestClient, type TestContext } from '../helpers/app.ts';
import { draftCampaign, recordingSenders, type Audience, type Recorded } from '../distribution/helpers.ts';
import { send, type Sent } from '../distribution/inbound-helpers.ts';

export interface Texting {
  ctx: TestContext;
  client: TestClient;
  rec: Recorded;
  audience: Audience;
  /** The phones of the SMS workers: [0] English, [1] Spanish, then alternating. */
  phones: string[];
}

/** A worker campaign launched with `mode`, its SMS invitations sent (10:00 in Chicago). */
export async function textingCampaign(
  mode: 'link' | 'text' | 'both' = 'both',
  options: {
    workers?: number;
    /** Settings to make while the campaign is a draft (an open link, a poster keyword). */
    beforeLaunch?: (client: TestClient, campaignId: string) => Promise<void>;
    /** An app of the caller's (over a database file, say); a fresh in-memory one by default. */
    ctx?: TestContext;
  } = {},
): Promise<Texting> {
  const ctx = options.ctx ?? makeTestApp();
  const client = await adminClient(ctx);
  const audience = await draftCampaign(client, {
    sms: options.workers ?? 2,
    email: 0,
    unreachable: 0,
    reminderDays: [],
  });
  const set = await client.patch(`/api/campaigns/${audience.campaignId}`, { smsAnswers: mode });
  expect(set.status, set.text).toBe(200);
  await options.beforeLaunch?.(client, audience.campaignId);
  const res = await client.post(`/api/campaigns/${audience.campaignId}/launch`);
  expect(res.status, res.text).toBe(200);
  const rec = recordingSenders(ctx);
  await dispatchDue(ctx.deps);
  const phones = audience.contacts.map((c) => c.phone!);
  return { ctx, client, rec, audience, phones };
}

/** Waits until the replies queued by the webhook's steps have all been handed to the sender. */
export async function settled(ctx: TestContext): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if ((await repliesWaiting(ctx.deps)) === 0) {
      // The row goes once every text of it was taken: one more turn lets the sender's push land.
      await new Promise((resolve) => setImmediate(resolve));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error('Replies by text still waiting');
}

/** The texts sent to `phone` after the first `from` of them. */
export const textsTo = (t: Texting, phone: string, from = 0) =>
  t.rec.sms
    .filter((m) => m.to === phone)
    .slice(from)
    .map((m) => m.body);

export interface Said extends Sent {
  /** The texts the step sent (through the reply queue), in order. */
  texts: string[];
}

/** One signed text from `phone`; resolves with the TwiML reply and the texts the step queued and sent. */
export async function say(t: Texting, phone: string, body: string): Promise<Said> {
  const before = textsTo(t, phone).length;
  const sent = await send(t.ctx, phone, body);
  await settled(t.ctx);
  return { ...sent, texts: textsTo(t, phone, before) };
}

/** Says each reply in turn; returns the texts of the last. */
export async function sayAll(t: Texting, phone: string, bodies: string[]): Promise<string[]> {
  let last: string[] = [];
  for (const body of bodies) last = (await say(t, phone, body)).texts;
  return last;
}

export function tableCount(ctx: TestContext, table: string): number {
  return (ctx.raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
