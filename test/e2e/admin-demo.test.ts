/** A new admin loads the demo partnership from the dashboard, with no command line, in Chromium. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from '../helpers/app.ts';
import { axe, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  await adminClient(h.ctx);
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

describe('the demo from the dashboard', () => {
  it('offers an admin with no partnership the demo, and loads it', async () => {
    const guard = watch(page, h.base);
    await page.goto(`${h.base}/admin`);
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    await page.fill('#email', 'admin@example.org');
    await page.fill('#password', 'correct horse battery');
    await page.click('button[type=submit]');
    const button = page.locator('button', { hasText: 'Load the demo partnership' });
    await button.waitFor();
    await axe(page, 'overview-empty');
    await button.click();
    // The overview now shows the demo's open campaigns.
    await page.locator('text=Worker voice').first().waitFor();
    expect(await page.textContent('body')).toContain('River Valley Advanced Manufacturing Partnership');
    expect(await button.count()).toBe(0);
    guard.check();
  }, 120_000);
});
