/**
 * The respondent page in real Chromium at a small phone's size (360x640): with JavaScript off (plain
 * form posts), with the island, resuming a saved survey, and a used link. Screenshots land in
 * test-results/screenshots/ for a person to look at.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from '../../scripts/build-client.ts';
import { serveNode } from '../../server/runtime/node-server.ts';
import { getTemplate } from '../../surveys/index.ts';
import { adminClient, makeTestApp, type TestContext } from '../helpers/app.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { seedCampaign } from '../helpers/seed.ts';
import { launchChromium, shots } from './chromium.ts';

const phone = { viewport: { width: 360, height: 640 } };

let ctx: TestContext;
let server: Server;
let browser: Browser;
let base: string;
let assetsDir: string;
const tokens = { en: [] as string[], es: [] as string[] };

beforeAll(async () => {
  // The island is built from the current source, so this never tests a stale dist/.
  assetsDir = mkdtempSync(join(tmpdir(), 'sv-e2e-assets-'));
  const { respondJs } = await buildClient(assetsDir);
  ctx = makeTestApp();
  ctx.deps.config.assets = { respondJs };
  ctx.deps.assets = async (file) =>
    file === respondJs
      ? { body: await readFile(join(assetsDir, file)), type: 'text/javascript; charset=utf-8' }
      : null;
  const seeded = await seedCampaign(await adminClient(ctx), { workers: 9 });
  for (const l of seeded.links) tokens[l.language === 'es' ? 'es' : 'en'].push(l.url.split('/s/')[1]!);

  // Through the Node adapter `npm start` uses, so form posts and the island's JSON take its body path.
  server = await new Promise<Server>((resolve) => {
    const s = serveNode(
      { fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1', preReadBytes: 64 * 1024 },
      () => resolve(s),
    );
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  if (assetsDir) rmSync(assetsDir, { recursive: true, force: true });
});

/** A phone-sized context that records every request, to prove nothing goes to a third party. */
async function open(
  javaScriptEnabled: boolean,
): Promise<{ context: BrowserContext; page: Page; urls: string[] }> {
  const context = await browser.newContext({ ...phone, javaScriptEnabled });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return { context, page, urls };
}

/** Answers every question shown: "agree" (4) on scales, yes, the first choices, a short comment. */
async function answerSection(page: Page) {
  const sets = page.locator('fieldset.q');
  // Counted again on each turn: with JavaScript on, answering "yes" reveals a follow-up question.
  for (let i = 0; i < (await sets.count()); i++) {
    const fs = sets.nth(i);
    if ((await fs.locator('textarea').count()) > 0) {
      await fs.locator('textarea').fill('Más horas, por favor.');
    } else if ((await fs.locator('input[type=checkbox]').count()) > 0) {
      await fs.locator('input[type=checkbox]').nth(0).check();
      await fs.locator('input[type=checkbox]').nth(1).check();
    } else {
      const preferred = fs.locator('input[value="yes"], input[value="4"]');
      await (
        (await preferred.count()) > 0 ? preferred.first() : fs.locator('input[type=radio]').first()
      ).check();
    }
  }
}

const progress = (page: Page) => page.locator('.prog').textContent();
/** What the phone's screen shows, scrolled to `at` when given. */
async function shot(page: Page, name: string, at?: string) {
  if (at) await page.locator(at).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${shots}/${name}.png` });
}
// Answers wait, sealed, for a release: a submission adds one to the pool.
const responses = () =>
  (ctx.raw.prepare('SELECT count(*) AS n FROM pending_answers').get() as { n: number }).n;

describe('respondent page in Chromium', () => {
  it('answers the whole worker survey in Spanish with JavaScript off', async () => {
    const { context, page, urls } = await open(false);
    const before = responses();
    const res = await page.goto(`${base}/s/${tokens.es[0]}`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await shot(page, 'nojs-es-1-first-section');

    await page.click('button.primary');
    expect(await page.locator('.sum[role=alert]').textContent()).toContain(
      'Algunas respuestas necesitan corrección',
    );
    await shot(page, 'nojs-es-2-errors');

    for (let step = 1; step <= 6; step++) {
      expect(await progress(page)).toBe(`Parte ${step} de 6`);
      await answerSection(page);
      if (step === 4) await shot(page, 'nojs-es-3-follow-up-hint', '#q-got_training');
      await page.click('button.primary');
      await page.waitForURL(step < 6 ? new RegExp(`step=${step + 1}&lang=es$`) : /\/s\/thanks\?lang=es$/);
    }
    expect(await page.locator('h1').textContent()).toBe('¡Gracias!');
    await shot(page, 'nojs-es-4-thanks');
    expect(responses()).toBe(before + 1);
    expect(urls.every((u) => u.startsWith(base))).toBe(true);
    await context.close();
  });

  it('moves between sections without reloading when JavaScript is on', async () => {
    const { context, page, urls } = await open(true);
    await page.goto(`${base}/s/${tokens.en[0]}`);
    // The island has taken over once its buttons no longer post the form.
    await page.waitForSelector('button.primary[type="button"]');
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));

    await page.click('button.primary');
    await page.waitForSelector('.sum[role=alert]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('sum');
    await shot(page, 'js-en-1-errors');

    for (let step = 1; step <= 6; step++) {
      expect(await progress(page)).toBe(`Part ${step} of 6`);
      if (step === 4) {
        await page.check('input[name="got_training"][value="no"]');
        expect(await page.locator('#q-training_helped').count()).toBe(0);
        await page.check('input[name="got_training"][value="yes"]');
        expect(await page.locator('#q-training_helped').count()).toBe(1);
      }
      await answerSection(page);
      if (step === 3) await shot(page, 'js-en-2-likelihood', '#q-recommend_job');
      if (step === 6) {
        // A dropped connection keeps the answers on screen and the same button tries again.
        await context.setOffline(true);
        await page.click('button.primary');
        await page.waitForSelector('.notice:has-text("could not reach the server")');
        await shot(page, 'js-en-3-offline', '.notice');
        expect(await page.isChecked('input[name="tenure"]:first-of-type')).toBe(true);
        await context.setOffline(false);
      }
      await page.click('button.primary');
      if (step < 6) await page.waitForSelector(`.prog:text-is("Part ${step + 1} of 6")`);
    }
    await page.waitForSelector('h1:text-is("Thank you!")');
    expect(page.url()).toBe(`${base}/s/thanks?lang=en`);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
    await shot(page, 'js-en-4-thanks');
    expect(urls.every((u) => u.startsWith(base))).toBe(true);
    await context.close();
  });

  it('resumes a half-finished survey where it was left, with the answers kept', async () => {
    const { context, page } = await open(true);
    const link = `${base}/s/${tokens.es[1]}`;
    await page.goto(link);
    await page.waitForSelector('button.primary[type="button"]');
    await answerSection(page);
    await page.click('button.primary');
    await page.waitForSelector('.prog:text-is("Parte 2 de 6")');
    await answerSection(page);
    await page.click('button.link');
    await page.waitForSelector('h1:text-is("Sus respuestas están guardadas")');
    await shot(page, 'resume-es-1-saved');

    const again = await context.newPage();
    await again.goto(link);
    await again.waitForSelector('button.primary[type="button"]');
    expect(await progress(again)).toBe('Parte 3 de 6');
    await again.click('button:text-is("Atrás")');
    await again.waitForSelector('.prog:text-is("Parte 2 de 6")');
    expect(await again.isChecked('input[name="hiring_fair"][value="4"]')).toBe(true);
    await shot(again, 'resume-es-2-back-to-saved-section', '#q-hiring_fair');
    // Switching language keeps the place and the answers.
    await again.click('a.lang[hreflang=en]');
    await again.waitForURL(/lang=en&step=2$/);
    expect(await progress(again)).toBe('Part 2 of 6');
    expect(await again.getAttribute('html', 'lang')).toBe('en');
    expect(await again.isChecked('input[name="hiring_fair"][value="4"]')).toBe(true);
    await context.close();
  });

  it('shows the friendly page on a link that was already used', async () => {
    const token = tokens.es[2]!;
    const answers = validAnswers(getTemplate('worker-voice')!, seededRandom(7));
    const sent = await ctx.app.request(`/s/${token}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers }),
    });
    expect(sent.status).toBe(200);
    const { context, page } = await open(true);
    const res = await page.goto(`${base}/s/${token}`);
    expect(res?.status()).toBe(410);
    expect(await page.locator('h1').textContent()).toBe('Esta encuesta ya fue contestada');
    expect(await page.locator('form').count()).toBe(0);
    await shot(page, 'used-es');
    await context.close();
  });
});
