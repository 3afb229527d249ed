/**
 * API tokens on the Users screen, in Chromium: the admin sees every account's tokens with their
 * owner, makes one (shown once, with a copy button), a script uses it, and revoking it after a
 * confirmation stops it; a dismissed confirmation revokes nothing. An analyst who opens the screen
 * sees only their own tokens. axe-core runs on the screen with the new token shown.
 */
import { formatDay } from '../../client/shared/i18n/format.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, staffClient, type TestClient } from '../helpers/app.ts';
import { axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let admin: TestClient;
let analystToken = '';
let token = '';
const password = 'correct horse battery';

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley Manufacturing',
    sector: 'Manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
  });
  const analyst = await staffClient(h.ctx, admin, 'analyst', [p.json.partnership.id]);
  analystToken = (await analyst.post('/api/tokens', { name: 'analyst export' })).json.token;
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const tokenRow = (name: string) =>
  page.locator('section[aria-labelledby=tokens-h] tr', { has: page.locator('td', { hasText: name }) });
const scriptStatus = async (t: string) =>
  (await fetch(`${h.base}/api/auth/me`, { headers: { authorization: `Bearer ${t}` } })).status;
// Days as the dashboard writes them for an English browser.
const day = (ms: number) => formatDay('en', new Date(ms).toISOString());
const today = () => day(Date.now());

describe('API tokens on the Users screen', () => {
  it("lists every account's tokens with owner, dates and last use", async () => {
    await page.goto(`${h.base}/admin/users`);
    await signInAs(page, 'admin@example.org', password);
    await page.locator('h2', { hasText: 'API tokens' }).waitFor();
    const row = tokenRow('analyst export');
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 5)).toEqual([
      'analyst export',
      'analystanalyst-1@example.org',
      today(),
      day(Date.now() + 90 * 86_400_000),
      'never',
    ]);
  });

  it('makes a token, shows it once with a copy button, and a script can use it', async () => {
    const guard = watch(page, h.base);
    await page.click('button:has-text("Make token")');
    await page.locator('#t-name-error').waitFor();
    await page.fill('#t-name', 'nightly export');
    await page.selectOption('#t-days', '30');
    await page.click('button:has-text("Make token")');
    await page.locator('#token-issued-h').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('token-issued-h');
    token = await page.inputValue('#token-value');
    expect(token).toMatch(/^svk_[\w-]{43}$/);
    await page.locator('text=this is the only time it is shown').waitFor();
    await page.click('button:has-text("Copy token")');
    await page.locator('[role=status]', { hasText: 'Copied the token.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    const expires = day(Date.now() + 30 * 86_400_000);
    expect(await tokenRow('nightly export').locator('td').nth(3).textContent()).toBe(expires);
    await axe(page, 'users with a new API token');
    await shot(page, 'admin-api-token-made');

    expect(await scriptStatus(token)).toBe(200);
    await page.click('button:has-text("Done")');
    await page.locator('#token-issued-h').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('t-name');
    // Gone from the page for good: the server keeps only its hash.
    expect(await page.content()).not.toContain(token);
    await page.reload();
    await expect.poll(() => tokenRow('nightly export').locator('td').nth(4).textContent()).toBe(today());
    expect(await page.content()).not.toContain(token);
    guard.check();
  });

  it('revokes only after the confirmation, and the revoked token stops working', async () => {
    const revoke = 'button[aria-label="Revoke the API token nightly export of Ada Admin"]';
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await page.click(revoke);
    expect(asked).toContain('Revoke the API token “nightly export”?');
    expect(asked).toContain('stop working at once');
    expect(await tokenRow('nightly export').count()).toBe(1);
    expect(await scriptStatus(token)).toBe(200);

    page.once('dialog', (d) => void d.accept());
    await page.click(revoke);
    await tokenRow('nightly export').waitFor({ state: 'detached' });
    await page.locator('[role=status]', { hasText: 'Revoked the API token “nightly export”.' }).waitFor();
    expect(await scriptStatus(token)).toBe(401);

    // The analyst's token, revoked by the admin: the confirmation names whose it is.
    page.once('dialog', (d) => {
      asked = d.message();
      void d.accept();
    });
    await page.click('button[aria-label="Revoke the API token analyst export of analyst"]');
    await tokenRow('analyst export').waitFor({ state: 'detached' });
    expect(asked).toContain('“analyst export” of analyst?');
    expect(await scriptStatus(analystToken)).toBe(401);
    await page.locator('.empty', { hasText: 'No API tokens yet.' }).waitFor();
  });

  it('shows an analyst only their own tokens, and lets them make and revoke one', async () => {
    await admin.post('/api/tokens', { name: 'admin only' });
    await page.click('button:has-text("Log out")');
    await signInAs(page, 'analyst-1@example.org', password);
    await page.goto(`${h.base}/admin/users`);
    await page.locator('text=Only an administrator manages staff accounts.').waitFor();
    await page.locator('.empty', { hasText: 'No API tokens yet.' }).waitFor();
    expect(await page.locator('text=admin only').count()).toBe(0);
    await page.fill('#t-name', 'my export');
    await page.click('button:has-text("Make token")');
    await page.locator('#token-issued-h').waitFor();
    const mine = await page.inputValue('#token-value');
    expect(await scriptStatus(mine)).toBe(200);
    page.once('dialog', (d) => void d.accept());
    await page.click('button[aria-label="Revoke the API token my export of analyst"]');
    await tokenRow('my export').waitFor({ state: 'detached' });
    // Revoking the token on show also closes its card.
    expect(await page.locator('#token-issued-h').count()).toBe(0);
    expect(await scriptStatus(mine)).toBe(401);
    await axe(page, 'API tokens as an analyst');
  });
});
