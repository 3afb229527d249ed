/**
 * Issue 18's "done when", walked in Chromium: in the demo, a worker with a basic phone answers the
 * worker survey by text through the development senders. An admin opens the dev outbox, opens a
 * worker's conversation, types "1" and every answer as the worker would, and sees the thank-you. The
 * answer waits in the pool beside the k-1 the demo left there; the campaign page's release (what
 * staff do before a review) moves the k of them, the text answer among them, into the review, which
 * now counts k more responses: a review moves by none or at least k, never by one. The only code
 * outside the browser is `tick()`, what `npm start`'s loop does every few seconds.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, type DemoResult } from '../../server/demo/demo.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { runUpkeep } from '../../server/upkeep.ts';
import { words } from '../../surveys/index.ts';
import { adminClient } from '../helpers/app.ts';
import { axe, englishDesk, shot, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;
let demo: DemoResult;
let worker: DemoResult['campaigns'][number];

/** What `npm start`'s loop does each tick: send what is due, then releases, sweeps and schedules. */
async function tick() {
  await dispatchDue(h.ctx.deps);
  await runUpkeep(h.ctx.deps);
}

beforeAll(async () => {
  h = await startHarness();
  // Late morning in Chicago, the demo's time zone, so the invitations go within its texting hours;
  // never behind the browser's clock, or the session cookie would already be expired to Chromium.
  const now = Date.now();
  const today = `${new Date(now).toISOString().slice(0, 10)}T17:00:00Z`;
  h.ctx.clock.set(Date.parse(today) >= now ? today : new Date(Date.parse(today) + 86_400_000).toISOString());
  await adminClient(h.ctx);
  demo = await loadDemo(h.ctx.deps);
  worker = demo.campaigns.find((c) => c.status === 'open' && c.templateId === 'worker-voice')!;
  await tick();
  ({ context, page } = await englishDesk(h, '/admin', (p) => (guard = watch(p, h.base))));
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

/** The numbers of the worker survey in the open quarter's review, as the review screen shows them. */
async function reviewCounts(): Promise<string> {
  await page.goto(`${h.base}/admin/reviews/${worker.period}`);
  const counts = page.locator('.template-counts').first();
  await counts.waitFor();
  return (await counts.locator('li.muted').first().textContent())!;
}
const inAll = (text: string) => Number(/([\d,]+) responses in all/.exec(text)![1]!.replace(/,/g, ''));

/** Types one reply as the worker and waits until it shows, with at least `replies` of ours after it. */
async function type(card: Locator, body: string, replies = 1) {
  const thread = card.locator('ol.thread > li');
  const before = await thread.count();
  await card.getByLabel('Type the worker’s reply').fill(body);
  await card.getByRole('button', { name: 'Send', exact: true }).click();
  await expect.poll(() => thread.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 1 + replies);
  expect(await thread.nth(before).getAttribute('class')).toMatch(/from-worker/);
  expect(await thread.nth(before).textContent()).toBe(`The worker: ${body}`);
  return (await thread.last().textContent())!.replace(/^We sent: /, '');
}

describe('a worker answers the demo by text in the dev outbox', () => {
  let before = 0;

  it('shows the review before, with the k-1 answers by text the demo left waiting', async () => {
    before = inAll(await reviewCounts());
    expect(demo.waiting).toBe(demo.partnership.minGroupSize - 1);
  });

  it('answers every question typed as the worker, and is thanked', async () => {
    await page.goto(`${h.base}/admin/outbox?campaignId=${worker.id}`);
    await page.locator('main h1', { hasText: 'Development outbox' }).waitFor();
    // A worker who reads English, invited by text with both ways offered.
    const card = page.locator('ul.messages > li', { hasText: /reply 1 to answer/i }).first();
    const phone = /to (\+\d+)/.exec((await card.locator('p').first().textContent())!)![1]!;
    const open = card.getByRole('button', { name: 'Conversation by text' });
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.click();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const conversation = card.getByRole('region', { name: `Conversation by text with ${phone}` });
    await conversation.waitFor();
    expect(await conversation.locator('ol.thread').getAttribute('aria-live')).toBe('polite');
    // The thread starts with the invitation, ours.
    expect(await conversation.locator('ol.thread > li').first().textContent()).toMatch(
      /^We sent: .*reply 1 to answer/i,
    );
    expect(await type(conversation, '1', 2)).toMatch(/^My pay is fair.* to 5 /);
    await shot(page, 'dev-conversation-started');
    await axe(page, 'dev-outbox-conversation');
    // Seven agree items, recommend (0-10), learning skills, barriers (several), and a comment.
    const answers = ['5', '4', '4', '3', '5', '4', '4', '8', '4', '1 3'];
    for (const a of answers) expect(await type(conversation, a)).not.toBe(words.en.smsSurvey.thanks);
    expect(await type(conversation, 'More hours on the day shift, please')).toBe(words.en.smsSurvey.thanks);
    await shot(page, 'dev-conversation-thanked', true);
    // Closed and opened again, the conversation is all still there.
    await open.click();
    await open.click();
    await expect.poll(() => conversation.locator('ol.thread > li').count()).toBe(1 + 3 + 2 * 11);
    guard.check();
  }, 120_000);

  it('is released with the k-1 waiting, k answers by text in one release, and the review counts k more', async () => {
    const k = demo.partnership.minGroupSize;
    // Answers by text go k at a time (a texted response shows how it came): with this one there are
    // k, all by text, and the loop's next release carries them together.
    await tick();
    expect(inAll(await reviewCounts())).toBe(before + k);
    await page.goto(`${h.base}/admin/campaigns/${worker.id}`);
    const released = page.locator('section[aria-labelledby="released-h"]');
    await released.waitFor();
    expect(await released.textContent()).not.toContain('waiting for release');
    await shot(page, 'dev-conversation-review');
    guard.check();
  }, 60_000);
});
