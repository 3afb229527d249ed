/**
 * The sign-in screen in real Chromium shows the server's own words when sign-in is throttled
 * (issue 12, item 4): the wait, then the lockout with its time, and the right password does not
 * get past either.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, TestClient } from '../helpers/app.ts';
import { axe, shot, startHarness, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
const email = 'admin@example.org';

beforeAll(async () => {
  h = await startHarness();
  await adminClient(h.ctx);
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

/** Wrong passwords through the API, as someone guessing elsewhere would send them. */
async function guess(times: number) {
  for (let i = 0; i < times; i++) {
    await new TestClient(h.ctx).post('/api/auth/login', { email, password: `guess ${i}` });
  }
}

async function signIn(password: string) {
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
}

describe('the sign-in screen when sign-in is throttled', () => {
  it('shows the wait, then the lockout with its time, even for the right password', async () => {
    await page.goto(`${h.base}/admin`);
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();

    await guess(5);
    await signIn('correct horse battery');
    await expect
      .poll(() => page.locator('.form-error[role=alert]').textContent())
      .toBe('Too many failed sign-ins. Try again in 1 second.');

    // Wait out each wait and guess again, up to the lockout at the 20th failure.
    for (let failures = 5; failures < 20; failures++) {
      h.ctx.clock.advance(60_000);
      await guess(1);
    }
    await signIn('correct horse battery');
    await expect
      .poll(() => page.locator('.form-error').textContent())
      .toMatch(/^Too many failed sign-ins for this account\. Try again after \d\d:\d\d UTC\.$/);
    expect(await page.locator('button:has-text("Log out")').count()).toBe(0);
    await axe(page, 'sign in, locked');
    await shot(page, 'admin-sign-in-locked');
  });
});
