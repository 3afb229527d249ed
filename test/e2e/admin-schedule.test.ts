/**
 * Repeat every quarter in Chromium: an admin sets a quarterly schedule from the keyboard, sees the
 * next launch on the campaigns screen, the test clock moves to the notice day and then the opening day
 * (the upkeep that Node's loop runs each tick runs once at each), and the campaigns list shows the
 * quarter's campaign launched, the schedule its past quarter. A viewer reads the schedule and is
 * offered nothing to change. axe-core and a keyboard walk (test/e2e/keyboard.ts) check each screen state; screenshots go to
 * test-results/screenshots/admin-schedule-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  firstQuarterFrom,
  quarterDates,
  quarterLabel,
} from '../../server/distribution/schedules/quarters.ts';
import { runUpkeep } from '../../server/upkeep.ts';
import { adminClient, testAdmin, type TestClient } from '../helpers/app.ts';
import { axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';
import { keyboardWalk } from './keyboard.ts';

let h: Harness;
let admin: TestClient;
let context: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;
let partnershipId = '';
const password = 'correct horse battery';

// The first quarter whose opening day (day 1) is still to come: the schedule starts there.
const today = new Date().toISOString().slice(0, 10);
const quarter = firstQuarterFrom(today, 'calendar', 1, 30);
const { opensOn } = quarterDates(quarter, 1, 30);
const campaignName = `Worker voice — ${quarterLabel(quarter)}`;

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'Lakeshore Health Careers',
    sector: 'Healthcare',
    region: 'Lakeshore',
    timeZone: 'UTC',
    reviewYear: 'calendar',
    smsHours: { start: '00:00', end: '24:00' },
  });
  partnershipId = p.json.partnership.id;
  const people = [0, 1, 2, 3].map((i) => ({
    firstName: `Nurse${i}`,
    email: `n${i}@care.example`,
    kind: 'worker',
  }));
  expect((await admin.post(`/api/partnerships/${partnershipId}/contacts`, people)).status).toBe(201);
  const viewer = await admin.post('/api/users', {
    email: 'viewer@board.example',
    name: 'Vic Viewer',
    password,
    role: 'viewer',
    partnershipIds: [partnershipId],
  });
  expect(viewer.status, viewer.text).toBe(201);
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  guard = watch(page, h.base);
  await page.goto(`${h.base}/admin`);
  await signInAs(page, testAdmin.email, testAdmin.password);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

/** axe on the screen, failing on any WCAG 2.1 A or AA finding of any impact, not only serious ones. */
async function checkScreen(name: string, on: Page = page) {
  const found = await axe(on, name);
  expect(found, `axe on ${name}`).toEqual([]);
  // Every control reached by Tab, with a visible focus indicator, and no trap.
  expect(await keyboardWalk(on), `keyboard on ${name}`).toEqual([]);
  await shot(on, `admin-schedule-${name}`, true);
}

describe('repeat every quarter in the dashboard', { timeout: 120_000 }, () => {
  it('sets a schedule from the keyboard and shows its next launches', async () => {
    await page.goto(`${h.base}/admin/campaigns`);
    await page.getByText('No campaign repeats every quarter.').waitFor();
    await page.click('a:has-text("Repeat every quarter")');
    await page.locator('h1', { hasText: 'Repeat every quarter' }).waitFor();
    await page.getByText('No survey repeats yet.').waitFor();
    await checkScreen('empty');

    await page.focus('#s-name');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Worker voice');
    await page.fill('#s-openDays', '30');
    await page.fill('#s-noticeDays', '3');
    await page.fill('#s-reminders', '3, 7');
    // Text messages off: these contacts have email only.
    await page.getByLabel('Text message (SMS)').focus();
    await page.keyboard.press('Space');
    await page.getByText('4 contacts match: 0 by text, 4 by email').waitFor();
    await page.focus('#s-name');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(`Saved. It starts with ${quarter}; the next campaign opens on ${opensOn}.`)
      .waitFor();
    const upcoming = page.getByRole('region', { name: 'Next launches of Worker voice' });
    await expect(upcoming.locator('tbody tr').first().innerText()).resolves.toContain(campaignName);
    await checkScreen('set');

    await page.goto(`${h.base}/admin/campaigns`);
    await page.getByText(`${campaignName} opens on ${opensOn}`).waitFor();
    await checkScreen('campaigns-next');
  });

  it('refuses a bad schedule beside its field, sending nothing', async () => {
    await page.goto(`${h.base}/admin/campaigns/schedule`);
    await page.fill('#s-openDay', '80');
    await page.fill('#s-openDays', '30');
    await page.click('button:has-text("Save schedule")');
    await page.locator('#s-openDays-error').waitFor();
    expect(await page.locator('#s-openDays').getAttribute('aria-invalid')).toBe('true');
    const stored = h.ctx.raw.prepare('SELECT open_day FROM campaign_schedules').all();
    expect(stored).toEqual([{ open_day: 1 }]);
    await checkScreen('invalid');
  });

  it('launches the quarter when the clock reaches its day, and the campaigns list shows it', async () => {
    h.ctx.clock.set(`${addDays(opensOn, -3)}T15:00:00Z`);
    expect((await runUpkeep(h.ctx.deps)).schedules).toEqual({ launched: 0, noticed: 1, failed: 0 });
    h.ctx.clock.set(`${opensOn}T15:00:00Z`);
    expect((await runUpkeep(h.ctx.deps)).schedules).toEqual({ launched: 1, noticed: 0, failed: 0 });

    // Weeks later by the server's clock, the old session has lapsed: sign in again.
    await page.goto(`${h.base}/admin/campaigns`);
    await signInAs(page, testAdmin.email, testAdmin.password);
    await page.goto(`${h.base}/admin/campaigns`);
    const row = page.locator('tr', { hasText: campaignName });
    await row.waitFor();
    expect(await row.innerText()).toContain('open');
    await checkScreen('launched');

    await page.click('a:has-text("Repeat every quarter")');
    const past = page.getByRole('region', { name: 'Past quarters' });
    await past.waitFor();
    const text = await past.innerText();
    expect(text).toContain(quarter);
    expect(text).toContain('launched');
    expect(text).toContain(`sent ${addDays(opensOn, -3)} to 1 person`);
    await checkScreen('past');
    guard.check();
  });

  it('shows a viewer the schedule with nothing to change', async () => {
    const viewerContext = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const v = await viewerContext.newPage();
    await v.goto(`${h.base}/admin/campaigns/schedule?partnership=${partnershipId}`);
    await signInAs(v, 'viewer@board.example', password);
    await v.goto(`${h.base}/admin/campaigns/schedule?partnership=${partnershipId}`);
    await v.getByRole('heading', { name: /: on$/ }).waitFor();
    expect(await v.locator('form').count()).toBe(0);
    expect(await v.locator('button:has-text("Save schedule")').count()).toBe(0);
    await checkScreen('viewer', v);
    await viewerContext.close();
  });
});
