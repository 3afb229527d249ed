/**
 * A Vietnamese worker and an Arabic worker answer the worker survey from their own links on a
 * 360x640 phone, with the island and without it: every page they pass is axe-clean (WCAG 2.1 A and
 * AA), never wider than the screen, in their language with its direction on <html> (rtl for Arabic
 * alone), and their answers are stored. Then the poster, printed in English and Arabic as staff
 * choose. Screenshots of each page go to test-results/screenshots/.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPool } from '../../server/reviews/pool.ts';
import { words, type Lang } from '../../surveys/index.ts';
import { adminClient, testAdmin, type TestClient } from '../helpers/app.ts';
import { printLinks } from '../helpers/seed.ts';
import { answerSection, axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

const phone = { width: 360, height: 640 };
let h: Harness;
let admin: TestClient;
let campaignId: string;
const links: Record<string, string[]> = {};

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley Jobs & Skills (RVJS)',
    sector: 'Advanced manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
    helpContact: '+13125550100',
  });
  expect(p.status, p.text).toBe(201);
  const pid = p.json.partnership.id as string;
  const org = await admin.post(`/api/partnerships/${pid}/organizations`, {
    name: 'Employer 1',
    kind: 'employer',
  });
  const people = ['vi', 'vi', 'ar', 'ar'].map((language, i) => ({
    firstName: `Worker${i}`,
    lastName: 'Test',
    phone: `+1312555${2000 + i}`,
    language,
    kind: 'worker',
    organizationId: org.json.organization.id,
  }));
  const added = await admin.post(`/api/partnerships/${pid}/contacts`, people);
  expect(added.status, added.text).toBe(201);
  const made = await admin.post(`/api/partnerships/${pid}/campaigns`, {
    name: 'Worker voice in six languages',
    templateId: 'worker-voice',
    period: 'PY2026-Q1',
    opensOn: day(-1),
    closesOn: day(30),
  });
  expect(made.status, made.text).toBe(201);
  campaignId = made.json.campaign.id as string;
  expect((await admin.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(200);
  const printed = await printLinks(
    admin,
    campaignId,
    (added.json.created as { id: string }[]).map((c) => c.id),
  );
  for (const l of printed) (links[l.language] ??= []).push(new URL(l.url).pathname);
}, 180_000);

afterAll(async () => {
  await h?.close();
});

/** What every page a respondent passes must be: axe-clean, no wider than the phone, in `lang`. */
async function checkPage(page: Page, lang: Lang, label: string) {
  // Layout done (requestAnimationFrame never fires with the island refused).
  await page.evaluate(() => document.body.getBoundingClientRect());
  const html = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(html.lang, label).toBe(lang);
  expect(html.dir, label).toBe(lang === 'ar' ? 'rtl' : 'ltr');
  expect(html.scrollWidth, `${label} is wider than the phone`).toBeLessThanOrEqual(html.innerWidth);
  await axe(page, label);
  await shot(page, `respondent-${lang}-${label}`, true);
}

/** Opens the link, answers every part, checks each page on the way and the thanks at the end. */
async function answerAs(context: BrowserContext, lang: Lang, path: string, js: boolean) {
  const page = await context.newPage();
  const guard = watch(page, h.base);
  const mode = js ? 'js' : 'nojs';
  await page.goto(`${h.base}${path}`);
  await page.locator(js ? 'button.primary[type="button"]' : 'button.primary').waitFor();
  const w = words[lang].page;
  const thanks = page.locator('h1', { hasText: w.thanksTitle });
  // The first part sent empty shows the errors, in the language.
  await page.click('button.primary');
  await page
    .locator(js ? '[aria-invalid=true]' : '.sum[role=alert]')
    .first()
    .waitFor();
  await checkPage(page, lang, `${mode}-errors`);
  for (let part = 1; part <= 12 && (await thanks.count()) === 0; part++) {
    await checkPage(page, lang, `${mode}-part-${part}`);
    const before = await page.locator('.prog').textContent();
    await answerSection(page);
    await page.click('button.primary');
    await expect
      .poll(
        async () => (await thanks.count()) > 0 || (await page.locator('.prog').textContent()) !== before,
        {
          timeout: 15_000,
        },
      )
      .toBe(true);
  }
  await thanks.waitFor();
  await checkPage(page, lang, `${mode}-thanks`);
  guard.check();
  await page.close();
}

describe('a Vietnamese and an Arabic worker answer on their phones', () => {
  for (const lang of ['vi', 'ar'] as const) {
    it(`in ${lang}, with JavaScript and without, every page clean and the answers stored`, async () => {
      const withJs = await h.browser.newContext({ viewport: phone, locale: lang });
      const withoutJs = await h.browser.newContext({ viewport: phone, locale: lang });
      // The island is refused rather than JavaScript turned off: axe-core needs scripts to run.
      await withoutJs.route(/\/assets\//, (r) => r.abort());
      try {
        await answerAs(withJs, lang, links[lang]![0]!, true);
        await answerAs(withoutJs, lang, links[lang]![1]!, false);
      } finally {
        await withJs.close();
        await withoutJs.close();
      }
      // Each answer waits, sealed, for a release with others (pool.ts); the server's key opens it.
      const pooled = await readPool(h.ctx.deps, campaignId, 100);
      expect(pooled.length).toBe(lang === 'vi' ? 2 : 4);
      for (const row of pooled)
        expect(row.value!.answers).toMatchObject({ pay_fair: 4, got_training: 'yes' });
      const done = h.ctx.raw
        .prepare(
          'SELECT count(*) AS n FROM invitations WHERE campaign_id = ? AND completed = 1 AND language = ?',
        )
        .get(campaignId, lang) as { n: number };
      expect(done.n).toBe(2);
    }, 300_000);
  }

  it('prints the poster in Arabic beside English, right to left, when staff choose it', async () => {
    const staff = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await staff.newPage();
      await page.goto(`${h.base}/admin`);
      await signInAs(page, testAdmin.email, testAdmin.password);
      await page.goto(`${h.base}/admin/campaigns/${campaignId}`);
      await page.click('button:has-text("Turn the open link on")');
      await page.locator('.qr svg').waitFor();
      const choice = (name: string) =>
        page.locator('.poster-langs label', { hasText: name }).locator('input');
      await choice('Spanish').uncheck();
      await choice('Arabic').check();
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => {
        document.body.classList.add('print-poster');
        scrollTo(0, 0);
      });
      const headings = page.locator('.poster h2');
      expect(
        await headings.evaluateAll((hs) => hs.map((h) => [h.getAttribute('lang'), h.getAttribute('dir')])),
      ).toEqual([
        ['en', 'ltr'],
        ['ar', 'rtl'],
      ]);
      await expect
        .poll(() => page.locator('.poster h2[lang=ar]').textContent())
        .toContain(words.ar.email.subjectInvitation.replace('{org}', '').trim());
      await axe(page, 'poster in English and Arabic');
      await shot(page, 'respondent-ar-poster');
    } finally {
      await staff.close();
    }
  }, 120_000);
});
