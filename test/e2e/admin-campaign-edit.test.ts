/**
 * A staff member repeats the demo's worker survey for the next quarter in Chromium: the list shows
 * each campaign's state and response rate, "Duplicate for the next period" lands on the new draft,
 * its close date is changed in the edit form, and it is launched (scheduled: it opens next quarter).
 * Close now asks first and is usable by keyboard; a viewer sees none of the controls. axe at each step.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodAfter, shiftMonths } from '../../server/campaigns/next-period.ts';
import { loadDemo, type DemoResult } from '../../server/demo/demo.ts';
import { adminClient, staffClient, testAdmin, type TestClient } from '../helpers/app.ts';
import { axe, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let admin: TestClient;
let demo: DemoResult;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  demo = await loadDemo(h.ctx.deps);
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const heading = (text: string) => page.locator('main h1', { hasText: text });

describe('repeating a campaign for the next quarter', () => {
  it('duplicates the open worker survey, changes its close date and launches it', async () => {
    const guard = watch(page, h.base);
    const source = demo.campaigns.find((c) => c.status === 'open' && c.templateId === 'worker-voice')!;
    const period = periodAfter(source.period, demo.partnership.reviewYear);
    await page.goto(`${h.base}/admin/campaigns`);
    await signInAs(page, testAdmin.email, testAdmin.password);
    await heading('Campaigns').waitFor();
    const row = page.locator('tr', { has: page.locator(`a:text-is("${source.name}")`) });
    await row.waitFor();
    // The open campaign's rate is over its personal invitations, with the counts beside it.
    expect(await row.textContent()).toMatch(/open\d+% \(\d+ of \d+ invited\)(\d+|fewer than \d+)$/);
    expect(await page.locator('tr', { hasText: 'closed' }).count()).toBeGreaterThan(0);
    await axe(page, 'campaigns list with rates');

    await row.locator('a').click();
    await heading(source.name).waitFor();
    await axe(page, 'open campaign with its actions');
    await page.click('button:has-text("Duplicate for the next period")');
    const name = source.name.replace(source.period, period);
    await heading(name).waitFor();
    expect(page.url()).not.toContain(source.id);
    await page.locator(`[role=status]:has-text("Duplicated for ${period}")`).waitFor();
    expect(await page.textContent('.campaign-status')).toBe('not launched');
    await axe(page, 'the new draft');

    await page.click('a:has-text("Edit")');
    await heading(`Change ${name}`).waitFor();
    expect(await page.inputValue('#c-period')).toBe(period);
    const opens = await page.inputValue('#c-opens');
    const stored = (await admin.get(`/api/campaigns/${source.id}`)).json.campaign;
    expect(opens).toBe(shiftMonths(stored.opensOn, 3));
    await axe(page, 'edit form of a draft');
    // A close date before the open date is refused beside the field.
    await page.fill('#c-closes', shiftMonths(opens, -1));
    await page.click('button:has-text("Save changes")');
    await page.locator('#c-closes[aria-invalid=true]').waitFor();
    await axe(page, 'edit form with an error');
    const closes = new Date(Date.parse(`${opens}T12:00:00Z`) + 20 * 86_400_000).toISOString().slice(0, 10);
    await page.fill('#c-closes', closes);
    await page.click('button:has-text("Save changes")');
    await heading(name).waitFor();
    await page.locator('[role=status]:has-text("Saved.")').waitFor();
    expect(await page.textContent('main')).toContain(`${opens} to ${closes}`);

    await page.click('button:has-text("Launch: invite everyone in the audience")');
    await page.locator('[role=status]:has-text("Launched:")').waitFor();
    await page.locator('a:has-text("Change name, close date or reminders")').waitFor();
    expect(await page.textContent('.campaign-status')).toBe('scheduled');
    expect(await page.textContent('main')).toContain(`(opens on ${opens})`);
    await axe(page, 'launched duplicate');

    await page.goto(`${h.base}/admin/campaigns`);
    const launched = page.locator('tr', { has: page.locator(`a:text-is("${name}")`) });
    await launched.waitFor();
    expect(await launched.locator('td').nth(4).textContent()).toBe('scheduled');
    guard.check();
  }, 180_000);

  it('asks before closing now, by keyboard, and Escape keeps the campaign open', async () => {
    const open = demo.campaigns.find((c) => c.status === 'open' && c.templateId !== 'worker-voice')!;
    await page.goto(`${h.base}/admin/campaigns/${open.id}`);
    await heading(open.name).waitFor();
    const closeNow = page.locator('button:has-text("Close now")');
    await closeNow.focus();
    await page.keyboard.press('Enter');
    const yes = page.locator('button:has-text("Yes, close it now")');
    await yes.waitFor();
    await expect.poll(() => yes.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.textContent('.confirm[role=group]')).toContain('cannot be reopened');
    await axe(page, 'close now asked');
    await page.keyboard.press('Escape');
    await closeNow.waitFor();
    await expect.poll(() => closeNow.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.textContent('.campaign-status')).toBe('open');

    await page.keyboard.press('Enter');
    await yes.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.campaign-status')).toBe('closed');
    expect(await closeNow.count()).toBe(0);
    await axe(page, 'closed campaign');
    const queued = h.ctx.raw
      .prepare("SELECT count(*) AS n FROM outbox WHERE campaign_id = ? AND status = 'queued'")
      .get(open.id) as { n: number };
    expect(queued.n).toBe(0);
  }, 120_000);

  it('shows a viewer the list and a campaign without any control', async () => {
    await staffClient(h.ctx, admin, 'viewer', [demo.partnership.id]);
    const viewerContext = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const v = await viewerContext.newPage();
    try {
      await v.goto(`${h.base}/admin/campaigns`);
      await signInAs(v, 'viewer-1@example.org', 'correct horse battery');
      await v.locator('main h1', { hasText: 'Campaigns' }).waitFor();
      await v.locator('main table').waitFor();
      expect(await v.locator('a:has-text("New campaign")').count()).toBe(0);
      const draft = demo.campaigns.find((c) => c.status === 'open')!;
      await v.goto(`${h.base}/admin/campaigns/${draft.id}`);
      await v.locator('main h1', { hasText: draft.name }).waitFor();
      for (const control of ['Duplicate for the next period', 'Close now', 'Delete', 'Edit', 'Change name']) {
        expect(await v.locator(`main :is(a, button):has-text("${control}")`).count(), control).toBe(0);
      }
      await v.goto(`${h.base}/admin/campaigns/${draft.id}/edit`);
      await v.locator('text=can read campaigns but not change them').waitFor();
    } finally {
      await viewerContext.close();
    }
  }, 120_000);
});
