/**
 * The demo answered by text (issue 18), through the API: its open worker survey offers "reply 1" in its
 * SMS invitations, a worker answers every question typed in the dev outbox, and the answer enters the
 * pool beside the k-1 the demo left waiting, so staff's release moves k answers, the text one among
 * them, into the review. Never fewer: a review moves by 0 or at least k.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, type DemoResult } from '../../server/demo/demo.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { words } from '../../surveys/index.ts';
import { adminClient, makeTestApp, type TestClient, type TestContext } from '../helpers/app.ts';

let ctx: TestContext;
let admin: TestClient;
let demo: DemoResult;
let worker: DemoResult['campaigns'][number];

beforeAll(async () => {
  // 11:00 in Chicago: the invitations go within the demo's texting hours.
  ctx = makeTestApp({ now: '2026-11-18T17:00:00Z' });
  admin = await adminClient(ctx);
  demo = await loadDemo(ctx.deps, { seed: 1 });
  worker = demo.campaigns.find((c) => c.status === 'open' && c.templateId === 'worker-voice')!;
  await dispatchDue(ctx.deps);
}, 120_000);

const status = async () => (await admin.get(`/api/campaigns/${worker.id}`)).json.progress.answers;
const reviewed = async () => {
  const res = await admin.get(`/api/partnerships/${demo.partnership.id}/reviews/${worker.period}`);
  expect(res.status, res.text).toBe(200);
  const [t] = res.json.review.templates.filter(
    (x: { templateId: string }) => x.templateId === 'worker-voice',
  );
  return t.invitations.responses as number;
};

describe('the demo answered by text', () => {
  it('offers the open worker survey by text, with k-1 answers waiting', async () => {
    const row = ctx.raw
      .prepare('SELECT sms_answers, template_version FROM campaigns WHERE id = ?')
      .get(worker.id);
    expect(row).toEqual({ sms_answers: 'both', template_version: 3 });
    expect(demo.waiting).toBe(demo.partnership.minGroupSize - 1);
    expect(await status()).toMatchObject({ waiting: demo.waiting });
  });

  it('takes a whole conversation typed in the dev outbox, and the release carries it into the review', async () => {
    const { messages } = (await admin.get(`/api/dev/outbox?campaignId=${worker.id}&limit=500`)).json;
    const invitation = messages.find(
      (m: { channel: string; body: string }) => m.channel === 'sms' && /reply 1 to answer/i.test(m.body),
    );
    expect(invitation).toBeDefined();
    const before = await reviewed();
    const typed = ['1', '5', '4', '3', '2', '1', '4', '5', '9', '4', '1 3', 'More hours please'];
    let texts: { direction: string; body: string }[] = [];
    for (const body of typed) {
      const res = await admin.post('/api/dev/outbox/reply', { from: invitation.to, body });
      expect(res.status, res.text).toBe(200);
      texts = res.json.conversation.texts;
    }
    expect(texts.at(-1)).toEqual(
      expect.objectContaining({ direction: 'out', body: words.en.smsSurvey.thanks }),
    );
    expect(texts.filter((t) => t.direction === 'in').map((t) => t.body)).toEqual(typed);
    const k = demo.partnership.minGroupSize;
    expect(await status()).toMatchObject({ waiting: k });
    expect(await reviewed()).toBe(before);
    const release = await admin.post(`/api/campaigns/${worker.id}/release`);
    expect(release.status, release.text).toBe(200);
    expect(await status()).toMatchObject({ waiting: 0 });
    expect(await reviewed()).toBe(before + k);
  });
});
