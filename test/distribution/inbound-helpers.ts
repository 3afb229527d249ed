/**
 * Inbound texts as Twilio posts them to an in-process app, for the webhook and replay tests: each
 * comes back with its TwiML reply and the signed request itself, so a test can post it again.
 */
import { expect } from 'vitest';
import { testTwilioAuthToken, type TestContext } from '../helpers/app.ts';
import { inboundSms } from '../helpers/twilio-peer.ts';

export const inboundUrl = 'http://survey.test/webhooks/twilio/inbound';

export interface Sent {
  /** The message of the TwiML reply, or null for an empty one. */
  reply: string | null;
  /** Posts the very same signed request again: a replay. */
  replay(): Promise<string | null>;
}

/** The message in a TwiML answer (unescaped), or null; checks the answer is the 200 Twilio expects. */
export async function replyOf(res: Response): Promise<string | null> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
  const xml = await res.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response>.*<\/Response>$/);
  const message = /<Message>(.*)<\/Message>/.exec(xml)?.[1];
  return message === undefined ? null : unescapeXml(message);
}

const unescapeXml = (s: string) =>
  s.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
  );

export async function send(ctx: TestContext, from: string, body: string): Promise<Sent> {
  let captured: RequestInit | undefined;
  const res = await inboundSms(
    (url, init) => {
      captured = init;
      return ctx.app.request(url, init);
    },
    { url: inboundUrl, authToken: testTwilioAuthToken, from, body },
  );
  const init = captured!;
  return { reply: await replyOf(res), replay: async () => replyOf(await ctx.app.request(inboundUrl, init)) };
}

/** A text from `from`; returns the reply's message, or null for none. */
export async function text(ctx: TestContext, from: string, body: string): Promise<string | null> {
  return (await send(ctx, from, body)).reply;
}

/** Every table but the record of seen sids: equal dumps mean nothing about anyone changed. */
export function dumpBesidesSeen(raw: TestContext['raw']): string {
  const tables = raw
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'webhook_events' ORDER BY name")
    .all() as { name: string }[];
  return tables
    .map(({ name }) => `${name}\n${JSON.stringify(raw.prepare(`SELECT * FROM "${name}"`).all())}`)
    .join('\n');
}

export function seenRows(raw: TestContext['raw']) {
  return raw.prepare('SELECT * FROM webhook_events ORDER BY seen_on, sid_hash').all() as {
    sid_hash: string;
    seen_on: string;
    lasting: number;
  }[];
}
