/**
 * The Activity screen in Chromium: an admin reads the audit trail, filters it by kind and by person
 * (the filters go to the server, and the CSV link carries them), and sees a setting's change as
 * before and after in words; axe-core runs on the filtered screen. A viewer has no Activity link and,
 * opening its address anyway, is told it is for administrators.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, staffClient } from '../helpers/app.ts';
import { axe, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let analystId = '';
const password = 'correct horse battery';

beforeAll(async () => {
  h = await startHarness();
  const admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley Manufacturing',
    sector: 'Manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
  });
  const pid = p.json.partnership.id as string;
  const analyst = await staffClient(h.ctx, admin, 'analyst', [pid]);
  await staffClient(h.ctx, admin, 'viewer', [pid]);
  analystId = (await analyst.get('/api/auth/me')).json.user.id;
  await analyst.post(`/api/partnerships/${pid}/organizations`, { name: 'Acme', kind: 'employer' });
  await admin.patch(`/api/partnerships/${pid}`, { minGroupSize: 7 });
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
}, 240_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const rows = () => page.locator('table.activity tbody tr');
const column = async (n: number) =>
  (await rows().locator(`td:nth-child(${n})`).allTextContents()).map((s) => s.trim());

describe('the Activity screen', () => {
  it('lists staff actions newest first, with the setting changed in words', async () => {
    const guard = watch(page, h.base);
    await page.goto(`${h.base}/admin`);
    await signInAs(page, 'admin@example.org', password);
    await page.click('nav a:has-text("Activity")');
    await page.locator('main h1', { hasText: 'Activity' }).waitFor();
    await rows().first().waitFor();
    const what = await column(3);
    expect(what[0]).toBe('Signed in');
    expect(what).toContain('Changed partnership settings');
    expect(what).toContain('Added an organization');
    expect(what.at(-1)).toBe('Added an account');
    guard.check();
  });

  it('filters by kind on the server, and the CSV link carries the filter', async () => {
    await page.selectOption('#audit-kind', 'partnership');
    await page.click('button:has-text("Show")');
    await page.waitForURL(/kind=partnership/);
    await expect.poll(() => column(3)).toEqual(['Changed partnership settings', 'Created a partnership']);
    expect((await column(5))[0]).toBe('minimum group size: 5 → 7');
    const csv = await page.getAttribute('a:has-text("Download as CSV")', 'href');
    expect(csv).toBe('/api/audit/export.csv?kind=partnership');
    const res = await page.request.get(`${h.base}${csv}`);
    expect(res.status()).toBe(200);
    expect((await res.text()).trim().split('\r\n')).toHaveLength(3);
    await axe(page, 'activity filtered by kind');
  });

  it('filters by person', async () => {
    await page.selectOption('#audit-kind', '');
    await page.selectOption('#audit-person', analystId);
    await page.click('button:has-text("Show")');
    await page.waitForURL(new RegExp(`person=${analystId}`));
    await expect.poll(() => column(3)).toEqual(['Added an organization', 'Signed in']);
    expect(new Set(await column(2))).toEqual(new Set(['analyst-1@example.org']));
  });

  it('is not offered to a viewer, and says why at its address', async () => {
    const viewer = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const vp = await viewer.newPage();
    await vp.goto(`${h.base}/admin`);
    await signInAs(vp, 'viewer-1@example.org', password);
    await vp.locator('nav a:has-text("Reviews")').waitFor();
    expect(await vp.locator('nav a:has-text("Activity")').count()).toBe(0);
    await vp.goto(`${h.base}/admin/activity`);
    await vp.locator('text=Only an administrator reads the activity log.').waitFor();
    expect(await vp.locator('table.activity').count()).toBe(0);
    expect((await vp.request.get(`${h.base}/api/audit`)).status()).toBe(403);
    await viewer.close();
  });
});
