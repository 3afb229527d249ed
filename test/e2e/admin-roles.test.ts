/**
 * The dashboard beyond the first-run path, in Chromium: deep links survive sign-in, the keyboard
 * reaches everything (skip link, focus moves to each screen's heading), the partnership switcher
 * changes what every screen shows, a tablet-sized window, staff accounts, and a viewer who can read
 * but is offered nothing to change. axe-core runs on each screen.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, TestClient } from '../helpers/app.ts';
import { seedCampaign, type Seeded } from '../helpers/seed.ts';
import { axe, shot, startHarness, watch, type Harness, signInAs } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let seeded: Seeded;
let otherId = '';
let admin: TestClient;
const password = 'correct horse battery';

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  seeded = await seedCampaign(admin, { workers: 6 });
  const other = await admin.post('/api/partnerships', {
    name: 'Lakeshore Healthcare',
    sector: 'Healthcare',
    region: 'Lakeshore',
    timeZone: 'America/Chicago',
  });
  otherId = other.json.partnership.id;
  const viewer = await admin.post('/api/users', {
    email: 'vera@example.org',
    name: 'Vera Viewer',
    password,
    role: 'viewer',
    partnershipIds: [seeded.partnershipId],
  });
  if (viewer.status !== 201) throw new Error(viewer.text);
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const signIn = (email: string) => signInAs(page, email, password);
const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('the dashboard shell', () => {
  it('serves the app for deep links and refuses paths outside its files', async () => {
    for (const path of ['/admin', '/admin/', `/admin/campaigns/${seeded.campaignId}`]) {
      const res = await fetch(`${h.base}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toMatch(
        /<script type="module" crossorigin src="\/admin\/assets\/index-[\w-]+\.js">/,
      );
    }
    expect((await fetch(`${h.base}/admin/assets/nope.js`)).status).toBe(404);
    expect((await fetch(`${h.base}/admin/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('opens a deep link after sign-in, on the screen asked for', async () => {
    const guard = watch(page, h.base);
    await page.goto(`${h.base}/admin/campaigns/${seeded.campaignId}`);
    await signIn('admin@example.org');
    await page.locator('h1', { hasText: 'Worker voice 2026-Q3' }).waitFor();
    // The harness runs on the real clock, past this campaign's close date (2026-09-30): it has ended.
    expect(await page.locator('.campaign-status').textContent()).toBe('closed');
    await axe(page, 'campaign from a deep link');
    guard.check();
  });

  it('works from the keyboard: skip link, and focus on each new screen heading', async () => {
    await page.goto(`${h.base}/admin`);
    // Partnerships are listed by name, so the app opens on Lakeshore until told otherwise.
    await page.selectOption('#partnership-switch', seeded.partnershipId);
    await page.locator('#latest-h').waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.focus('nav a:has-text("Contacts")');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await focusedText()).toBe('Contacts');
    expect(await page.getAttribute('nav a:has-text("Contacts")', 'aria-current')).toBe('page');
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(6);
  });

  it('switches partnership, and every screen follows', async () => {
    await page.selectOption('#partnership-switch', otherId);
    await page.locator('.empty', { hasText: 'No contacts yet' }).waitFor();
    await page.click('nav a:has-text("Campaigns")');
    await page.locator('.empty', { hasText: 'No campaigns yet' }).waitFor();
    await page.selectOption('#partnership-switch', seeded.partnershipId);
    await page.locator('td a', { hasText: 'Worker voice 2026-Q3' }).waitFor();
    // The choice is remembered in this browser across a reload.
    await page.selectOption('#partnership-switch', otherId);
    await page.reload();
    await expect.poll(() => page.inputValue('#partnership-switch')).toBe(otherId);
    await page.selectOption('#partnership-switch', seeded.partnershipId);
  });

  it('fits a tablet', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.click('nav a:has-text("Reviews")');
    await page.locator('td a').first().waitFor();
    await page.locator('td a').first().click();
    await page.locator('.template-counts').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await axe(page, 'review on a tablet');
    await shot(page, 'admin-tablet-review');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('adds a staff account, showing the server schema messages first', async () => {
    await page.click('nav a:has-text("Users")');
    await page.locator('h1', { hasText: 'Users' }).waitFor();
    await page.locator('td', { hasText: 'vera@example.org' }).waitFor();
    await page.fill('#u-name', 'Andy Analyst');
    await page.fill('#u-email', 'not an email');
    await page.check('input[name=u-how][value=password]');
    await page.fill('#u-password', password);
    await page.click('button:has-text("Add account")');
    await page.locator('#u-email-error').waitFor();
    await page.fill('#u-email', 'andy@example.org');
    await page.click('button:has-text("Add account")');
    await page.locator('td', { hasText: 'andy@example.org' }).waitFor();
    // The same address again: the server's conflict message is shown as it is.
    await page.fill('#u-name', 'Andy Again');
    await page.fill('#u-email', 'andy@example.org');
    await page.fill('#u-password', password);
    await page.click('button:has-text("Add account")');
    await page.locator('.form-error').waitFor();
    expect((await page.locator('.form-error').textContent())!.length).toBeGreaterThan(5);
    await axe(page, 'users');
  });

  it('changes a role and removes an account, and keeps the last admin', async () => {
    await page.selectOption('select[aria-label="Role of Andy Analyst"]', 'viewer');
    await expect
      .poll(
        async () =>
          (await admin.get('/api/users')).json.users.find(
            (u: { email: string }) => u.email === 'andy@example.org',
          )?.role,
      )
      .toBe('viewer');
    // The only admin cannot step down: the server's reason is shown.
    await page.selectOption('select[aria-label="Role of Ada Admin"]', 'analyst');
    await page.locator('[role=alert]', { hasText: 'only admin' }).waitFor();
    expect(await page.inputValue('select[aria-label="Role of Ada Admin"]')).toBe('admin');
    page.once('dialog', (d) => void d.accept());
    await page.click('button[aria-label="Remove Andy Analyst"]');
    await page.locator('td', { hasText: 'andy@example.org' }).waitFor({ state: 'detached' });
    expect(await page.locator('button[aria-label="Remove Ada Admin"]').count()).toBe(0);
    await axe(page, 'users-after-changes');
  });

  it('shows a viewer everything to read and nothing to change', async () => {
    await page.click('button:has-text("Log out")');
    await signIn('vera@example.org');
    expect(await page.locator('#partnership-switch option').count()).toBe(1);
    expect(await page.locator('nav a:has-text("Users")').count()).toBe(0);
    await page.click('nav a:has-text("Campaigns")');
    await page.locator('td a', { hasText: 'Worker voice 2026-Q3' }).click();
    await page.locator('#progress-h').waitFor();
    expect(await page.locator('button:has-text("Close")').count()).toBe(0);
    expect(await page.locator('button:has-text("open link")').count()).toBe(0);
    await page.click('nav a:has-text("Partnership")');
    await page.locator('text=Only an administrator can change these settings.').first().waitFor();
    expect(await page.locator('#p-name').isDisabled()).toBe(true);
    expect(await page.locator('#org-name').count()).toBe(0);
    await axe(page, 'partnership as a viewer');

    await page.goto(`${h.base}/admin/no-such-screen`);
    await page.locator('h1', { hasText: 'Not found' }).waitFor();

    // A session that ends under an open screen sends the person back to sign in, not to an error.
    await context.clearCookies();
    await page.click('nav a:has-text("Reviews")');
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
  });

  it('keeps an API client and the dashboard apart: a session without CSRF cannot change anything', async () => {
    await signIn('admin@example.org');
    const cookie = (await context.cookies()).find((c) => c.name === 'sv_session')!;
    const bare = new TestClient(h.ctx);
    bare.cookie = `${cookie.name}=${cookie.value}`;
    expect(
      (
        await bare.post(`/api/partnerships/${seeded.partnershipId}/organizations`, {
          name: 'X',
          kind: 'other',
        })
      ).status,
    ).toBe(403);
  });

  it('shows a launch written in chunks (as on D1) advancing until everyone is invited', async () => {
    const p = await admin.post('/api/partnerships', {
      name: 'Big Sector',
      sector: 'Logistics',
      region: 'Metro',
      timeZone: 'America/Chicago',
    });
    const pid = p.json.partnership.id as string;
    const workers = Array.from({ length: 400 }, (_, i) => ({
      firstName: `W${i}`,
      lastName: 'Big',
      email: `w${i}@example.org`,
      language: 'en',
      kind: 'worker',
    }));
    expect((await admin.post(`/api/partnerships/${pid}/contacts`, workers)).status).toBe(201);
    const c = await admin.post(`/api/partnerships/${pid}/campaigns`, {
      name: 'Big launch',
      templateId: 'worker-voice',
      period: '2026-Q4',
      opensOn: '2026-10-01',
      closesOn: '2026-12-31',
      channels: ['email'],
    });
    // D1 allows a request so many statements; this budget fits one chunk of contacts per request.
    h.ctx.deps.statementBudget = 32;
    try {
      const launches: string[] = [];
      page.on('request', (r) => r.url().endsWith('/launch') && launches.push(r.url()));
      await page.goto(`${h.base}/admin/campaigns/${c.json.campaign.id}`);
      await page.locator('#progress-h').waitFor();
      // Every text the live region shows on the way, to see the launch advancing.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        new MutationObserver(() =>
          document.querySelectorAll('main [role=status]').forEach((el) => seen.push(el.textContent ?? '')),
        ).observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
      });
      await page.click('button:has-text("Launch")');
      await page
        .locator('[role=status]', { hasText: 'Launched: 400 people invited, 400 messages queued.' })
        .waitFor();
      expect(launches.length).toBeGreaterThan(1);
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      expect(seen).toContain('Launching: 192 of 400 people invited so far.');
      await expect.poll(() => page.locator('.campaign-status').textContent()).toBe('open');
    } finally {
      delete h.ctx.deps.statementBudget;
    }
  });
});
