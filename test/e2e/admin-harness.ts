/**
 * What the dashboard's browser tests share: the app built from the current source (admin app and
 * respondent island into temporary folders), served over HTTP on a fresh in-memory database, real
 * Chromium, axe-core, and a watch for requests to anyone else and for CSP violations.
 */
import { serve, type ServerType } from '@hono/node-server';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { builtFiles } from '../../server/runtime/deps.ts';
import { builtOnce } from './built-once.ts';
import { makeTestApp, TestClient, testAdmin, type TestContext } from '../helpers/app.ts';
import { langs, words } from '../../surveys/index.ts';

import { launchChromium, shots } from './chromium.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Harness {
  ctx: TestContext;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const { adminDir, islandDir, respondJs } = await builtOnce();

  // The browser keeps the session cookie by its own clock, so the app's clock starts at real time.
  const ctx = makeTestApp({ now: new Date().toISOString() });
  ctx.deps.config.assets = { respondJs };
  // The Node server's own readers, brotli copies included.
  ctx.deps.assets = builtFiles(islandDir, /^[\w.-]+$/);
  ctx.deps.adminAssets = builtFiles(adminDir, /^(index\.html|assets\/[\w.-]+)$/);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Links in the development outbox must point at this server, as PUBLIC_URL does in production.
  ctx.deps.config.publicUrl = base;
  const browser = await launchChromium();
  return {
    ctx,
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Records every request and every CSP complaint of a page, to assert none went elsewhere or was blocked. */
export function watch(page: Page, base: string) {
  const foreign: string[] = [];
  const csp: string[] = [];
  const urls: string[] = [];
  page.on('request', (r) => {
    urls.push(r.url());
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  return {
    urls,
    check() {
      expect(foreign).toEqual([]);
      expect(csp).toEqual([]);
    },
  };
}

/** Signs in on the dashboard's sign-in screen and waits for the signed-in shell. */
export async function signInAs(page: Page, email: string, password: string) {
  await page.locator('h1', { hasText: 'Sign in' }).waitFor();
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.locator('button:has-text("Log out")').waitFor();
}

/** The WCAG 2.0 and 2.1 success criteria at levels A and AA, as axe-core tags its rules. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core in the page and fails on any WCAG 2.1 A or AA violation, whatever axe calls its
 * impact (a "minor" missing label still stops someone), and on serious or critical best-practice
 * findings. axe is evaluated over the DevTools protocol, which the page's CSP does not govern, so
 * the app's own CSP stays on. Returns every violation, the tolerated minor best-practice ones too.
 */
export async function axe(page: Page, name: string) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: {
        run(o: object): Promise<{
          violations: {
            id: string;
            impact: string;
            help: string;
            tags: string[];
            nodes: { target: string[] }[];
          }[];
        }>;
      };
    };
    const r = await w.axe.run({ runOnly: { type: 'tag', values: [...tags, 'best-practice'] } });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      wcag: v.tags.some((t) => tags.includes(t)),
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, wcagTags);
  const bad = violations.filter((v) => v.wcag || v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `axe on ${name}: ${JSON.stringify(bad, null, 1)}`).toEqual([]);
  return violations;
}

export async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage });
}

/** Answers every question shown: "agree" on scales, yes, the first choices, a short comment. */
export async function answerSection(p: Page) {
  const sets = p.locator('fieldset.q');
  for (let i = 0; i < (await sets.count()); i++) {
    const fs = sets.nth(i);
    if ((await fs.locator('textarea').count()) > 0)
      await fs.locator('textarea').fill('Más horas, por favor.');
    else if ((await fs.locator('input[type=checkbox]').count()) > 0)
      await fs.locator('input[type=checkbox]').first().check();
    else {
      const preferred = fs.locator('input[value="yes"], input[value="4"]');
      await (
        (await preferred.count()) > 0 ? preferred.first() : fs.locator('input[type=radio]').first()
      ).check();
    }
  }
}

const thanked = new RegExp(
  `^(${langs.map((l) => words[l].page.thanksTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`,
);

/**
 * A person opens their link on a phone and answers every part (answerSection) until thanked; the
 * language the page opened in (<html lang>).
 */
export async function answerOnPhone(phone: BrowserContext, url: string, base: string): Promise<string> {
  const p = await phone.newPage();
  const guard = watch(p, base);
  await p.goto(url);
  await p.locator('button.primary').first().waitFor();
  const lang = await p.evaluate(() => document.documentElement.lang);
  // The demo's workers read English, Spanish, Vietnamese or Arabic: thanked in any page language.
  const thanks = p.locator('h1', { hasText: thanked });
  for (let part = 0; part < 12 && (await thanks.count()) === 0; part++) {
    const before = (await p.locator('.prog').allTextContents()).join();
    await answerSection(p);
    await p.click('button.primary');
    const moved = async () =>
      (await thanks.count()) > 0 || (await p.locator('.prog').allTextContents()).join() !== before;
    await expect.poll(moved, { timeout: 15_000 }).toBe(true);
  }
  await thanks.waitFor();
  guard.check();
  await p.close();
  return lang;
}

/** The first admin and the demo partnership, loaded through the API: the client and the demo's answer. */
export async function loadDemo(h: Harness) {
  const admin = new TestClient(h.ctx);
  await admin.post('/api/setup', testAdmin);
  const demo = await admin.post('/api/demo');
  expect(demo.status, demo.text).toBe(201);
  return { admin, demo: demo.json as { partnership: { id: string; timeZone: string } } };
}

/**
 * A desktop page of an English-speaking admin's browser (Chromium sends en-US), signed in at `path`;
 * `before` sees the page first (to watch its requests from the start).
 */
export async function englishDesk(h: Harness, path = '/admin', before?: (page: Page) => void) {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  before?.(page);
  await page.goto(`${h.base}${path}`);
  await signInAs(page, testAdmin.email, testAdmin.password);
  return { context, page };
}
