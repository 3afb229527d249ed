/**
 * The issue's "done when", walked in Chromium: a staff member runs two consecutive quarters of the demo
 * partnership from the dashboard alone. They load the demo, workers answer the open quarter from the
 * links in the development outbox, staff close it, duplicate each survey into the next quarter and
 * launch it; the server's clock reaches that quarter, workers and an employer answer on phones, staff
 * close the quarter and read its review against the one before. The only code outside the browser is
 * `tick()`, which does what `npm start`'s background loop does every few seconds.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodAfter, shiftMonths } from '../../server/campaigns/next-period.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { addDays } from '../../server/distribution/schedules/quarters.ts';
import { runUpkeep } from '../../server/upkeep.ts';
import { adminClient, testAdmin } from '../helpers/app.ts';
import { answerOnPhone, axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let phone: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;

interface Row {
  id: string;
  name: string;
  period: string;
  opens_on: string;
  template_id: string;
}
let first: Row[] = [];
let period = '';
let next = '';

beforeAll(async () => {
  h = await startHarness();
  // Late morning in Chicago, the demo's time zone, so texts are inside its texting hours; the next
  // such moment, never one behind the browser's clock, or the session cookie the app sets would
  // already be expired to Chromium after the sessions' length (the run failed every afternoon).
  const now = Date.now();
  const today = `${new Date(now).toISOString().slice(0, 10)}T17:00:00Z`;
  h.ctx.clock.set(Date.parse(today) >= now ? today : new Date(Date.parse(today) + 86_400_000).toISOString());
  await adminClient(h.ctx);
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  phone = await h.browser.newContext({ viewport: { width: 360, height: 640 } });
  phone.setDefaultTimeout(20_000);
  page = await context.newPage();
  guard = watch(page, h.base);
}, 180_000);

afterAll(async () => {
  await phone?.close();
  await context?.close();
  await h?.close();
});

/** What `npm start`'s loop does each tick: send what is due, then releases, sweeps and schedules. */
async function tick() {
  await dispatchDue(h.ctx.deps);
  await runUpkeep(h.ctx.deps);
}

/** The launched campaigns of a period (all open ones when none is named), by name. */
const launched = (of?: string) =>
  h.ctx.raw
    .prepare(
      `SELECT id, name, period, opens_on, template_id FROM campaigns
       WHERE status = 'open' ${of ? 'AND period = ?' : ''} ORDER BY name`,
    )
    .all(...(of ? [of] : [])) as Row[];

const heading = (text: string) => page.locator('main h1', { hasText: text });

async function openCampaign(name: string) {
  await page.goto(`${h.base}/admin/campaigns`);
  await page.locator('main h1', { hasText: 'Campaigns' }).waitFor();
  await page.locator(`main a:text-is("${name}")`).click();
  await heading(name).waitFor();
}

/** The invitation links of the open campaign's messages, as its development outbox screen shows them. */
async function linksInOutbox(name: string): Promise<string[]> {
  await openCampaign(name);
  await page.click('a:has-text("Messages of this campaign in the development outbox")');
  await page.locator('.messages li a').first().waitFor();
  const hrefs = await page
    .locator('.messages li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs)];
}

/**
 * Each invitation link of the campaign's development outbox with the text that carried it, all of
 * them (the screen shows the newest 100), read as the signed-in dashboard reads them.
 */
async function messagesInOutbox(campaignId: string): Promise<{ href: string; text: string }[]> {
  const res = await page.request.get(`${h.base}/api/dev/outbox?campaignId=${campaignId}&limit=500`);
  expect(res.status()).toBe(200);
  const { messages } = (await res.json()) as { messages: { body: string; subject?: string }[] };
  return messages.flatMap((m) => {
    const href = new RegExp(`${h.base}/s/[\\w-]{24}`).exec(m.body)?.[0];
    return href ? [{ href, text: `${m.subject ?? ''} ${m.body}` }] : [];
  });
}

/** The campaign's answers as its page counts them: answered, in the reviews, waiting, held back. */
async function answerCounts(name: string) {
  await openCampaign(name);
  const released = page.locator('section[aria-labelledby="released-h"]');
  await released.waitFor();
  const text = (await released.textContent())!;
  const n = (re: RegExp) => Number(text.match(re)?.[1] ?? 0);
  const answered = Number(await page.locator('#progress-h + .grid .stat').nth(1).textContent());
  return {
    answered,
    inReviews: n(/(\d+) in the reviews/),
    waiting: n(/(\d+) waiting for release/),
    heldBack: n(/(\d+) held back for good/),
  };
}

async function openReview(p: string) {
  await page.goto(`${h.base}/admin/reviews`);
  await page
    .locator('main tr', { hasText: `(${p})` })
    .locator('a')
    .click();
  await page.locator('.template-counts').first().waitFor();
  await page.locator('details.measure-answers').first().waitFor();
  await expect.poll(() => page.locator('.loading').count(), { timeout: 15_000 }).toBe(0);
}

/** A survey's part of the review, by its template. */
const section = (templateId: string) => page.locator(`main section[aria-labelledby="t-${templateId}"]`);

describe('two consecutive quarters of the demo partnership, in the browser', { timeout: 240_000 }, () => {
  it('loads the demo, and workers answer the open quarter from the links they were sent', async () => {
    await page.goto(`${h.base}/admin`);
    await signInAs(page, testAdmin.email, testAdmin.password);
    await page.click('button:has-text("Load the demo partnership")');
    await page.locator('text=Worker voice').first().waitFor();
    first = launched();
    period = first[0]!.period;
    next = periodAfter(period, 'program');
    expect(first.map((c) => c.template_id)).toEqual(['employer-satisfaction', 'worker-voice']);
    await tick();

    const worker = first.find((c) => c.template_id === 'worker-voice')!;
    const before = await answerCounts(worker.name);
    const links = await linksInOutbox(worker.name);
    await axe(page, 'development outbox of the open quarter');
    for (const url of links.slice(0, 2)) await answerOnPhone(phone, url, h.base);
    await tick();
    expect((await answerCounts(worker.name)).answered).toBe(before.answered + 2);

    await openReview(period);
    // The quarter is live: its figures may move and nothing in it is called meaningful.
    await page.locator('.provisional-note').first().waitFor();
    guard.check();
  });

  it('duplicates each survey into the next quarter and launches it for its opening day', async () => {
    for (const c of first) {
      await openCampaign(c.name);
      await page.click('button:has-text("Duplicate for the next period")');
      const name = c.name.replace(period, next);
      await heading(name).waitFor();
      await page.locator(`[role=status]:has-text("Duplicated for ${next}")`).waitFor();
      await page.click('button:has-text("Launch: invite everyone in the audience")');
      await page.locator('[role=status]:has-text("Launched:")').waitFor();
      await expect.poll(() => page.textContent('.campaign-status'), { timeout: 15_000 }).toBe('scheduled');
      expect(await page.textContent('main')).toContain(`(opens on ${shiftMonths(c.opens_on, 3)})`);
    }
    await page.goto(`${h.base}/admin/campaigns`);
    for (const c of first) {
      const row = page.locator('tr', { has: page.locator(`a:text-is("${c.name.replace(period, next)}")`) });
      expect(await row.locator('td').nth(4).textContent()).toBe('scheduled');
    }
    await axe(page, 'campaigns with the next quarter scheduled');
    guard.check();
  });

  it('ends the first quarter on its date and opens the next: its review is settled', async () => {
    const opens = shiftMonths(first[0]!.opens_on, 3);
    h.ctx.clock.set(`${addDays(opens, 3)}T17:00:00Z`);
    await tick();
    // Weeks later by the server's clock, the session has lapsed: sign in again.
    await page.goto(`${h.base}/admin`);
    await signInAs(page, testAdmin.email, testAdmin.password);
    // The overview lists the quarter that opened, not the one that ended on its date.
    const open = page.locator('section[aria-labelledby="open-h"] li a');
    await open.first().waitFor();
    expect((await open.allTextContents()).sort()).toEqual(
      first.map((c) => c.name.replace(period, next)).sort(),
    );
    for (const c of first) {
      const counts = await answerCounts(c.name);
      expect(await page.textContent('.campaign-status')).toBe('closed');
      expect(await page.textContent('main')).toContain(`(ended on its close date, `);
      expect(await page.locator('button:has-text("Close now")').count()).toBe(0);
      // Every answer went into the reviews at the close, or was held back for good: none still waits.
      expect(counts.waiting).toBe(0);
      expect(counts.inReviews + counts.heldBack).toBe(counts.answered);
    }
    await openReview(period);
    expect(await page.locator('main .provisional, main .provisional-note').count()).toBe(0);
    const worker = await answerCounts(first.find((c) => c.template_id === 'worker-voice')!.name);
    await openReview(period);
    expect(await section('worker-voice').locator('.template-counts').textContent()).toContain(
      `${worker.inReviews} responses in all`,
    );
    await axe(page, `review of ${period}, settled`);
    guard.check();
  });

  it('runs the next quarter: workers and an employer answer, staff close one early, and read it against the first', async () => {
    const second = launched(next);
    expect(second.map((c) => c.period)).toEqual([next, next]);
    const worker = second.find((c) => c.template_id === 'worker-voice')!;
    const employer = second.find((c) => c.template_id === 'employer-satisfaction')!;
    // The demo's Vietnamese- and Arabic-reading workers got their texts in their languages; two of
    // them answer, with three others, and the review counts all five.
    const messages = await messagesInOutbox(worker.id);
    const vi = messages.find((m) => /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i.test(m.text));
    const ar = messages.find((m) => /[\u0600-\u06FF]/.test(m.text));
    expect(vi, 'a text in Vietnamese').toBeDefined();
    expect(ar, 'a text in Arabic').toBeDefined();
    expect(await answerOnPhone(phone, vi!.href, h.base)).toBe('vi');
    expect(await answerOnPhone(phone, ar!.href, h.base)).toBe('ar');
    const workerLinks = [...new Set(messages.map((m) => m.href))].filter(
      (l) => l !== vi!.href && l !== ar!.href,
    );
    expect(workerLinks.length).toBeGreaterThan(3);
    for (const url of workerLinks.slice(0, 3)) await answerOnPhone(phone, url, h.base);
    const [employerLink] = await linksInOutbox(employer.name);
    await answerOnPhone(phone, employerLink!, h.base);
    await tick();

    // Staff close the employer survey early, asked first.
    await openCampaign(employer.name);
    await page.click('button:has-text("Close now")');
    await page.click('button:has-text("Yes, close it now")');
    await expect.poll(() => page.textContent('.campaign-status'), { timeout: 15_000 }).toBe('closed');
    // One employer's answer alone would be that employer's: it is never shown.
    expect(await answerCounts(employer.name)).toMatchObject({ answered: 1, inReviews: 0, heldBack: 1 });

    // The worker survey ends on its date, and the quarter with it.
    h.ctx.clock.set(`${addDays(shiftMonths(worker.opens_on, 3), 2)}T17:00:00Z`);
    await tick();
    await page.goto(`${h.base}/admin/campaigns`);
    await signInAs(page, testAdmin.email, testAdmin.password);
    expect(await answerCounts(worker.name)).toMatchObject({ answered: 5, inReviews: 5, waiting: 0 });

    await openReview(next);
    expect(await page.locator('main .provisional, main .provisional-note').count()).toBe(0);
    const voice = section('worker-voice');
    expect(await voice.locator('.template-counts').textContent()).toContain('5 answered');
    // Each measure is read against the quarter before, its change said in words.
    await voice.locator(`th:has-text("vs ${period}")`).first().waitFor();
    expect((await voice.locator('td .sr-only').allTextContents()).join(' ')).toContain(`from ${period}`);
    const employers = section('employer-satisfaction');
    expect(await employers.locator('.template-counts').textContent()).toContain(
      'too few responses to report',
    );
    await axe(page, `review of ${next} against ${period}`);
    await voice.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'two-quarters-next-review');

    // Both quarters are in the list of reviews.
    await page.goto(`${h.base}/admin/reviews`);
    for (const p of [next, period])
      expect(
        await page
          .locator('main tr', { hasText: `(${p})` })
          .locator('td')
          .nth(3)
          .textContent(),
      ).toBe('live');
    guard.check();
  });
});
