/**
 * The review screen read as staff read it, with the demo loaded, in Chromium: the table of contents
 * moves the keyboard to a measure and opens its answers; every symbol on screen has its line in the
 * key; every chart's visible caption is its accessible name; an answer's colour follows its meaning
 * (a "Yes" or "Much more than we put in" is never drawn in the "Strongly disagree" colour); intervals
 * are on screen; an overdue action item is flagged; axe finds nothing at WCAG 2.1 A/AA.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, testAdmin } from '../helpers/app.ts';
import { axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let pid = '';
let quarter = '';
let year = '';

beforeAll(async () => {
  h = await startHarness();
  const admin = new TestClient(h.ctx);
  await admin.post('/api/setup', testAdmin);
  const demo = await admin.post('/api/demo');
  expect(demo.status, demo.text).toBe(201);
  pid = demo.json.partnership.id;
  const reviews = (await admin.get(`/api/partnerships/${pid}/reviews`)).json.reviews as {
    period: string;
    kind: string;
    status: string;
  }[];
  // The latest quarter with an earlier one to compare against, and the latest year.
  quarter = reviews.filter((r) => r.kind === 'quarter')[0]!.period;
  year = reviews.find((r) => r.kind === 'year')!.period;
  const added = await admin.post(`/api/partnerships/${pid}/reviews/${quarter}/actions`, {
    heard: 'Night shift hears about training too late.',
    action: 'Post training dates at every site two weeks ahead.',
    owner: 'Workforce board',
    dueOn: '2020-01-31',
  });
  expect(added.status, added.text).toBe(201);
  const done = await admin.post(`/api/partnerships/${pid}/reviews/${quarter}/actions`, {
    heard: 'Workers want the survey in Spanish.',
    action: 'Offer every survey in Spanish.',
    dueOn: '2020-01-31',
    status: 'done',
  });
  expect(done.status, done.text).toBe(201);
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  await page.goto(`${h.base}/admin`);
  await signInAs(page, testAdmin.email, testAdmin.password);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

async function open(period: string) {
  await page.goto(`${h.base}/admin/reviews/${period}`);
  await page.locator('.template-counts').first().waitFor();
  // The survey definitions arrive after the review: the measures' disclosures are built from them.
  await page.locator('details.measure-answers').first().waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('the review screen', () => {
  it('has a table of contents whose links move focus to a measure and open its answers', async () => {
    const guard = watch(page, h.base);
    await open(quarter);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect.poll(() => toc.locator('a').count()).toBeGreaterThan(10);
    // Nothing is open at first: the page is short until the reader asks for a measure's answers.
    expect(await page.locator('details.measure-answers[open]').count()).toBe(0);
    await toc.locator('a', { hasText: 'Pay' }).first().click();
    const pay = page.locator('details.measure-answers', { has: page.locator('summary', { hasText: 'Pay' }) });
    await expect.poll(() => pay.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Pay');
    expect(await pay.locator('figure.dist-fig').count()).toBe(2);
    expect(await pay.locator('figure.dist-fig').first().isVisible()).toBe(true);
    expect(page.url()).toMatch(/#answers-worker-voice-dim-pay$/);
    // The address, opened afresh from elsewhere, opens the same measure.
    const address = page.url();
    await page.goto(`${h.base}/admin/reviews`);
    await page.locator('main td a').first().waitFor();
    await page.goto(address);
    await page.locator('details.measure-answers').first().waitFor();
    await expect.poll(() => pay.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('details[open]').length)).toBe(1);
    // A survey's link focuses its heading.
    await toc.locator('a', { hasText: 'Your job, your voice' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    guard.check();
  }, 60_000);

  it('opens a measure from its row in the measures table, and from the keyboard', async () => {
    await open(quarter);
    const link = page.locator('table a', { hasText: /questions? behind Benefits/ });
    await link.click();
    const benefits = page.locator('details.measure-answers', {
      has: page.locator('summary', { hasText: 'Benefits' }),
    });
    await expect.poll(() => benefits.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await benefits.locator('figure.dist-fig').first().waitFor();
    // Closed again with the keyboard, from the summary that has focus.
    await page.keyboard.press('Enter');
    await expect.poll(() => benefits.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  }, 60_000);

  it('names every symbol it uses in the key, and every chart by its visible caption', async () => {
    await open(year);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const body = (await page.locator('.review-body').innerText()).replace(
      (await page.locator('.review-key').innerText()) ?? '',
      '',
    );
    const key = await page.locator('.review-key').innerText();
    const used = ['▲', '▼', '■', '●', '◇'].filter((s) => body.includes(s));
    expect(used.length).toBeGreaterThan(1);
    for (const s of used) expect(key, `the key explains ${s}`).toContain(s);
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('.review-body svg[role=img]')].map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ').filter(Boolean);
        const name = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        const caption = svg.closest('figure')?.querySelector('figcaption');
        return {
          name,
          caption: caption?.textContent ?? '',
          captionShown: caption ? caption.getBoundingClientRect().height > 0 : false,
          legend:
            Boolean(svg.closest('figure')?.querySelector('.legend, .legend-note')) ||
            Boolean(svg.closest('figure')?.classList.contains('trend')),
        };
      }),
    );
    expect(charts.length).toBeGreaterThan(20);
    for (const c of charts) {
      expect(c.name.trim()).not.toBe('');
      expect(c.name).toBe(c.caption);
      expect(c.captionShown).toBe(true);
      expect(c.legend).toBe(true);
    }
    await page
      .locator('h3[id$="-trend"]')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'review-trend');
    // The trend charts share one legend under them.
    if ((await page.locator('figure.trend').count()) > 0)
      expect(await page.locator('.legend', { hasText: '95% interval' }).count()).toBeGreaterThan(0);
  }, 60_000);

  it('colours an answer by what it means, never a good answer in the disagree colour', async () => {
    await open(year);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const fill = (answer: string) =>
      page
        .locator(`svg.dist g[data-answer="${answer}"] rect`)
        .first()
        .evaluate((r) => getComputedStyle(r).fill);
    const disagree = await fill('Strongly disagree');
    const agree = await fill('Strongly agree');
    expect(disagree).toBe(rgb('#8c2d04'));
    expect(agree).toBe(rgb('#0b3a6e'));
    // Yes/no: "Yes" comes first on its scale, where position alone would give it the disagree colour.
    expect(await fill('Yes')).toBe(agree);
    expect(await fill('No')).toBe(disagree);
    // Likelihood: a 10 is a promoter, a 0 a detractor.
    expect(await fill('10')).toBe(agree);
    // Value/ROI: "Much more than we put in" comes first too.
    if ((await page.locator('svg.dist g[data-answer="Much more than we put in"]').count()) > 0)
      expect(await fill('Much more than we put in')).toBe(agree);
    // Not colour alone: unfavorable answers are hatched, and the legend says favorable/unfavorable.
    expect(
      await page.locator('svg.dist g[data-answer="Strongly disagree"] rect[fill^="url("]').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('.legend li', { hasText: 'Yes (favorable)' }).count()).toBeGreaterThan(0);
    // A multiple choice ranks nothing: one neutral colour, neither the good nor the bad one.
    const category = await page
      .locator('g[data-tone=category] rect')
      .first()
      .evaluate((r) => getComputedStyle(r).fill);
    expect([agree, disagree]).not.toContain(category);
  }, 60_000);

  it('shows intervals on screen and flags the overdue action item', async () => {
    await open(quarter);
    const measures = page.locator('table', { has: page.locator('th', { hasText: '95% interval' }) }).first();
    expect(await measures.isVisible()).toBe(true);
    expect(await measures.locator('td .interval').first().innerText()).toMatch(/^\d+(\.\d)?–\d+(\.\d)?$/);
    expect(
      await page.locator('svg.chart text', { hasText: /\(\d+(\.\d)?–\d+(\.\d)?\)/ }).count(),
    ).toBeGreaterThan(0);
    const late = page.locator('tr', { hasText: 'Post training dates at every site' });
    expect(await late.locator('.overdue-flag').innerText()).toMatch(/overdue/i);
    expect(await late.getAttribute('class')).toContain('overdue');
    const done = page.locator('tr', { hasText: 'Offer every survey in Spanish' });
    expect(await done.locator('.overdue-flag').count()).toBe(0);
    expect(await page.locator('.overdue-note').innerText()).toMatch(/overdue/);
  }, 60_000);

  it('is clean under axe, closed and with a measure open, and is photographed for the README', async () => {
    await open(quarter);
    await axe(page, 'review screen');
    await shot(page, 'review-screen');
    await page.locator('.review-toc a', { hasText: 'Pay' }).first().click();
    await page.locator('details[open] figure.dist-fig').first().waitFor();
    await axe(page, 'review screen, a measure open');
    await shot(page, 'review-measure-open');
    await open(year);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await axe(page, 'annual review, every measure open');
  }, 90_000);

  it('prints the same: captions, the key, one shift table, the overdue flag, axe clean', async () => {
    const print = await context.newPage();
    await print.setViewportSize({ width: 1280, height: 900 });
    await print.goto(`${h.base}/reviews/${pid}/${quarter}`);
    await print.locator('h1').first().waitFor();
    expect(await print.locator('section.key').isVisible()).toBe(true);
    expect(await print.locator('h3', { hasText: /^By shift$/ }).count()).toBe(1);
    expect(await print.locator('tr.overdue .overdue-flag').first().isVisible()).toBe(true);
    const captions = print.locator('figcaption.chart-title');
    expect(await captions.count()).toBeGreaterThan(10);
    expect(await captions.first().isVisible()).toBe(true);
    await axe(print, 'printed review');
    await shot(print, 'review-print');
    await print.emulateMedia({ media: 'print' });
    await print
      .locator('section.template')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(print, 'review-print-template');
    await print.close();
  }, 60_000);
});
