/**
 * The development outbox plays a worker's phone (issue 18): POST /api/dev/outbox/reply acts on a typed
 * text as an inbound one, and the dev SMS sender's in-memory log shows each phone's conversation both
 * ways. Admins only, and only while texts go to the development SMS sender; nothing of the typed texts
 * reaches the database or the log lines.
 */
import { describe, expect, it } from 'vitest';
import type { Deps } from '../../server/deps.ts';
import { optOutReply } from '../../server/distribution/replies.ts';
import { devSms, devTextsKept, devTextsOf } from '../../server/distribution/dev-senders.ts';
import { cryptoRandom } from '../../server/ids.ts';
import { getTemplate, words } from '../../surveys/index.ts';
import { smsForm } from '../../surveys/sms/index.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { adminClient, makeTestApp, staffClient, type TestClient } from '../helpers/app.ts';
import { draftCampaign } from '../distribution/helpers.ts';
import { tableCount } from '../conversations/helpers.ts';

const form = smsForm(getTemplate('worker-voice')!)!;
const question = (id: string) => form.items.find((i) => i.question.id === id)!.question.sms!.text.en!;

/** A launched worker campaign answering 'both', its SMS invitations sent by the dev sender. */
async function texting() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const audience = await draftCampaign(admin, { sms: 2, email: 1, unreachable: 0, reminderDays: [] });
  expect((await admin.patch(`/api/campaigns/${audience.campaignId}`, { smsAnswers: 'both' })).status).toBe(
    200,
  );
  expect((await admin.post(`/api/campaigns/${audience.campaignId}/launch`)).status).toBe(200);
  await dispatchDue(ctx.deps);
  const phone = audience.contacts[0]!.phone!;
  return { ctx, admin, audience, phone };
}

const reply = (client: TestClient, from: string, body: string) =>
  client.post('/api/dev/outbox/reply', { from, body });

type Thread = { direction: 'in' | 'out'; body: string }[];
const said = (texts: Thread) => texts.map((t) => `${t.direction}: ${t.body}`);

describe('POST /api/dev/outbox/reply', () => {
  it('refuses a viewer and an analyst, whatever the body', async () => {
    const { ctx, admin, audience, phone } = await texting();
    for (const role of ['viewer', 'analyst'] as const) {
      const staff = await staffClient(ctx, admin, role, [audience.partnershipId]);
      for (const body of [{ from: phone, body: '1' }, { from: 'nope' }]) {
        const res = await staff.post('/api/dev/outbox/reply', body);
        expect(res.status).toBe(403);
        expect(res.json.error.code).toBe('FORBIDDEN');
      }
    }
    expect(tableCount(ctx, 'sms_conversations')).toBe(0);
  });

  it('is not there once texts go through Twilio, as the outbox is not', async () => {
    const { ctx, admin, phone } = await texting();
    ctx.deps.config.distribution.senders = { email: 'smtp', sms: 'twilio' };
    const res = await reply(admin, phone, '1');
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('NOT_FOUND');
    expect((await admin.get('/api/dev/outbox')).status).toBe(404);
    expect(tableCount(ctx, 'sms_conversations')).toBe(0);
    // Email through SMTP while texts stay in development: the reply route is there.
    ctx.deps.config.distribution.senders = { email: 'smtp', sms: 'dev' };
    expect((await reply(admin, phone, '1')).status).toBe(200);
  });

  it('refuses bodies that are not JSON, not the right shape or too long, in the error envelope', async () => {
    const { ctx, admin, phone } = await texting();
    const form = await admin.request('POST', '/api/dev/outbox/reply', `from=${phone}&body=1`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect([form.status, form.json.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const broken = await admin.request('POST', '/api/dev/outbox/reply', '{"from": "+1', {});
    expect([broken.status, broken.json.error.code]).toEqual([400, 'BAD_JSON']);
    for (const body of [
      {},
      [],
      { from: phone },
      { from: phone, body: 1 },
      { from: 13125552000, body: '1' },
      { from: '312-555-2000', body: '1' },
      { from: phone, body: '   ' },
      { from: phone, body: 'x'.repeat(1601) },
      { from: phone, body: ['1'] },
    ]) {
      const res = await admin.post('/api/dev/outbox/reply', body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(res.json.error.code).toBe('VALIDATION_FAILED');
      expect(res.json.error.message).toBeTypeOf('string');
    }
    const huge = await admin.post('/api/dev/outbox/reply', { from: phone, body: 'x'.repeat(200_000) });
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBeTypeOf('string');
    expect(tableCount(ctx, 'sms_conversations')).toBe(0);
    expect(ctx.errors).toEqual([]);
  });

  it('starts and steps the conversation, and the outbox shows it both ways', async () => {
    const { ctx, admin, audience, phone } = await texting();
    const started = await reply(admin, phone, '1');
    expect(started.status, started.text).toBe(200);
    expect(started.json.notice).toMatch(/admins only/i);
    const [invitation, ...rest] = started.json.conversation.texts as Thread;
    expect(invitation).toMatchObject({ direction: 'out' });
    expect(invitation!.body).toMatch(/reply 1/i);
    expect(said(rest)).toEqual(['in: 1', `out: ${words.en.smsSurvey.start}`, `out: ${question('pay_fair')}`]);
    expect(tableCount(ctx, 'sms_conversations')).toBe(1);
    const next = await reply(admin, phone, ' 5 ');
    expect(said(next.json.conversation.texts).slice(-2)).toEqual([
      'in: 5',
      `out: ${question('benefits_useful')}`,
    ]);

    for (const path of ['/api/dev/outbox', `/api/dev/outbox?campaignId=${audience.campaignId}`]) {
      const { conversations } = (await admin.get(path)).json;
      // Every texted worker has a thread (their invitation); the one answering comes first.
      expect(conversations.map((c: { phone: string }) => c.phone)).toEqual([
        phone,
        audience.contacts[1]!.phone,
      ]);
      expect(conversations[0].texts).toEqual(next.json.conversation.texts);
      const seqs = conversations[0].texts.map((t: { seq: number }) => t.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }
    // Another campaign's page shows none of them.
    const other = await draftCampaign(admin, { sms: 0, email: 1, unreachable: 0 });
    expect((await admin.get(`/api/dev/outbox?campaignId=${other.campaignId}`)).json.conversations).toEqual(
      [],
    );
  });

  it('shows a STOP typed mid-conversation with its confirmation, and the conversation is over', async () => {
    const { ctx, admin, phone } = await texting();
    await reply(admin, phone, '1');
    await reply(admin, phone, '4');
    const stop = await reply(admin, phone, 'STOP');
    expect(stop.status).toBe(200);
    expect(said(stop.json.conversation.texts).slice(-2)).toEqual(['in: STOP', `out: ${optOutReply('en')}`]);
    expect(tableCount(ctx, 'sms_conversations')).toBe(0);
    // Nothing more is asked: the worker's next answer gets no text.
    const after = await reply(admin, phone, '4');
    expect(said(after.json.conversation.texts).slice(-2)).toEqual([`out: ${optOutReply('en')}`, 'in: 4']);
  });

  it('answers a text from a phone with no conversation with nothing, and keeps no typed text in the database', async () => {
    const { ctx, admin, phone } = await texting();
    const stranger = await reply(admin, '+13125559999', 'hello there');
    expect(said(stranger.json.conversation.texts)).toEqual(['in: hello there']);
    await reply(admin, phone, '1');
    await reply(admin, phone, 'zebra crossing 42');
    const dump = ctx.raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map(({ name }: any) => JSON.stringify(ctx.raw.prepare(`SELECT * FROM "${name}"`).all()))
      .join('\n');
    expect(dump).not.toMatch(/zebra|hello there/);
  });
});

describe('the development SMS log', () => {
  it(`keeps the last ${devTextsKept} texts in order, and writes to the log only the texts it sent`, async () => {
    const lines: string[] = [];
    const log: Deps['log'] = { info: (m) => void lines.push(m), error: (m) => void lines.push(m) };
    const sms = devSms(log, cryptoRandom);
    const texts = devTextsOf(sms)!;
    for (let i = 0; i < devTextsKept + 10; i++)
      await sms.send({ to: `+1312555${1000 + (i % 3)}`, body: `m${i}` });
    texts.received('+13125551000', 'typed reply');
    const all = texts.threads().flatMap((t) => t.texts);
    expect(all).toHaveLength(devTextsKept);
    expect(texts.threads()[0]!.phone).toBe('+13125551000');
    expect(texts.thread('+13125551000').at(-1)).toMatchObject({ direction: 'in', body: 'typed reply' });
    expect(texts.thread('+13125551001')[0]!.body).toBe('m13');
    expect(lines.join('\n')).not.toMatch(/typed reply/);
    expect(devTextsOf({ send: sms.send })).toBeNull();
  });
});
