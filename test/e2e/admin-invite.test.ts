/**
 * Inviting staff by email, in Chromium: the admin invites a colleague from the Users screen (email is
 * not set up here, so the screen says so and offers the link to copy), sends the invitation again,
 * copies the new link; the colleague opens it in a browser of their own, signed out, chooses a
 * password and lands in the dashboard signed in. The retired and the used links say they do not work.
 * axe-core runs on the Users and welcome screens.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, type TestClient } from '../helpers/app.ts';
import { axe, shot, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let adminContext: BrowserContext;
let page: Page;
let admin: TestClient;
let firstLink = '';
let link = '';
const password = 'correct horse battery';
const newPassword = 'a password of my own';

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  await admin.post('/api/partnerships', {
    name: 'River Valley Manufacturing',
    sector: 'Manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
  });
  adminContext = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  adminContext.setDefaultTimeout(10_000);
  await adminContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
  page = await adminContext.newPage();
});

afterAll(async () => {
  await adminContext?.close();
  await h?.close();
});

const userRow = (p: Page, email: string) => p.locator('tr', { has: p.locator('td', { hasText: email }) });

/** A browser of the invited person's own: no cookie, no session. */
async function freshPage() {
  const context = await h.browser.newContext({ viewport: { width: 1024, height: 800 } });
  context.setDefaultTimeout(10_000);
  return { context, page: await context.newPage() };
}

describe('inviting a colleague by email', () => {
  it('invites from the Users screen and shows the link to copy, since email is not set up', async () => {
    const guard = watch(page, h.base);
    await page.goto(`${h.base}/admin/users`);
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    await page.fill('#email', 'admin@example.org');
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.locator('h1', { hasText: 'Users' }).waitFor();

    await page.fill('#u-name', 'Nia New');
    await page.fill('#u-email', 'nia@example.org');
    // Inviting is the default: no password field until the admin asks to set one.
    expect(await page.isChecked('input[name=u-how][value=invite]')).toBe(true);
    expect(await page.locator('#u-password').count()).toBe(0);
    await page.click('button:has-text("Add account")');

    await page.locator('#sent-h', { hasText: 'Invitation for Nia New' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sent-h');
    expect(await page.locator('.invite-sent').textContent()).toMatch(/Not emailed: Email is not set up/);
    firstLink = await page.inputValue('#invite-url');
    expect(firstLink).toMatch(new RegExp(`^${h.base}/admin/welcome/[\\w-]{24}$`));
    const row = userRow(page, 'nia@example.org');
    await row.locator('text=invited, not yet accepted').waitFor();
    await axe(page, 'users with an invitation sent');
    await shot(page, 'admin-invite-users');
    guard.check();
  });

  it('sends the invitation again with a new link, and copies it', async () => {
    await page.click('button[aria-label="Send the invitation again to Nia New"]');
    await page.locator('[role=status]', { hasText: 'Sent Nia New a new invitation' }).waitFor();
    await expect.poll(() => page.inputValue('#invite-url')).not.toBe(firstLink);
    link = await page.inputValue('#invite-url');
    await page.click('button:has-text("Copy link")');
    await page.locator('[role=status]', { hasText: 'Copied the link.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await axe(page, 'users after sending again');
    // Done hands the keyboard back to the button that sent it.
    await page.click('.invite-sent button:has-text("Done")');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Send the invitation again');
  });

  it('lets the colleague, signed out, choose a password and land in the dashboard', async () => {
    const { context, page: p } = await freshPage();
    try {
      const guard = watch(p, h.base);
      await p.goto(link);
      await p.locator('h1', { hasText: 'Welcome to Sector Voice, Nia New' }).waitFor();
      expect(await p.inputValue('#email')).toBe('nia@example.org');
      await axe(p, 'welcome');
      await shot(p, 'admin-invite-welcome');

      // The server's own password rule speaks first, then the two must match.
      await p.fill('#password', 'short');
      await p.fill('#confirm', 'short');
      await p.click('button[type=submit]');
      await expect.poll(() => p.locator('#password-error').textContent()).toBe('Use at least 12 characters.');
      await p.fill('#password', newPassword);
      await p.fill('#confirm', 'a password of my owm');
      await p.click('button[type=submit]');
      await expect
        .poll(() => p.locator('#confirm-error').textContent())
        .toBe('Type the same password twice.');
      expect(await p.getAttribute('#confirm', 'aria-invalid')).toBe('true');
      await axe(p, 'welcome with errors');

      await p.fill('#confirm', newPassword);
      await p.click('button[type=submit]');
      await p.locator('button:has-text("Log out")').waitFor();
      await p.locator('text=Nia New').first().waitFor();
      expect(new URL(p.url()).pathname).toBe('/admin');
      expect(await p.locator('nav a:has-text("Users")').count()).toBe(0);
      await shot(p, 'admin-invite-signed-in');
      guard.check();
    } finally {
      await context.close();
    }
  });

  it('says a used or retired link does not work, and shows the account as accepted', async () => {
    const { context, page: p } = await freshPage();
    try {
      for (const used of [link, firstLink]) {
        await p.goto(used);
        await p.locator('h1', { hasText: 'This invitation link does not work' }).waitFor();
        expect(await p.locator('[role=alert]').textContent()).toMatch(/not valid/);
      }
      await axe(p, 'welcome, link not valid');
      await p.click('a:has-text("sign in")');
      await p.locator('h1', { hasText: 'Sign in' }).waitFor();
    } finally {
      await context.close();
    }
    await page.reload();
    await userRow(page, 'nia@example.org').waitFor();
    expect(await userRow(page, 'nia@example.org').textContent()).not.toMatch(/invited, not yet accepted/);
    expect(await page.locator('button:has-text("Send the invitation again")').count()).toBe(0);
  });
});
