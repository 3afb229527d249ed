/**
 * Languages on the dashboard in Chromium (issue 16): before launch the campaign screen counts who
 * gets their own language and who the fallback (a Somali speaker, on a survey in English and
 * Spanish), flags a language no native speaker has reviewed, and lets an admin record a review; a
 * viewer reads the same and is offered nothing to change. The fallback is a partnership setting and a
 * contact's language is any known one. axe-core checks each screen; screenshots go to
 * test-results/screenshots/admin-languages-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, currentPeriod, today } from '../../client/admin/campaigns/dates.ts';
import { adminClient, type TestClient } from '../helpers/app.ts';
import { axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let admin: TestClient;
let context: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;
let partnershipId = '';
let campaignId = '';
let hodanId = '';
const password = 'correct horse battery';

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'America/Chicago',
    fallbackLanguage: 'es',
  });
  partnershipId = p.json.partnership.id;
  const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, [
    { firstName: 'Ann', language: 'en', kind: 'worker', email: 'ann@example.org' },
    { firstName: 'Bea', language: 'es', kind: 'worker', email: 'bea@example.org' },
    { firstName: 'Hodan', lastName: 'Ali', language: 'so', kind: 'worker', email: 'hodan@example.org' },
  ]);
  hodanId = added.json.created[2].id;
  const opens = today('America/Chicago');
  const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice',
    templateId: 'worker-voice',
    templateVersion: 1,
    period: currentPeriod('program', opens),
    opensOn: opens,
    closesOn: addDays(opens, 30),
  });
  campaignId = camp.json.campaign.id;
  await admin.post('/api/users', {
    email: 'vera@example.org',
    name: 'Vera Viewer',
    password,
    role: 'viewer',
    partnershipIds: [partnershipId],
  });
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  guard = watch(page, h.base);
  await page.goto(`${h.base}/admin`);
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const panel = () => page.locator('section[aria-labelledby=languages-h]');
const row = (name: string) => panel().locator('tbody tr', { hasText: name });

describe('languages on the campaign screen', () => {
  it('shows a viewer who gets which language and what is not reviewed, with nothing to change', async () => {
    await signInAs(page, 'vera@example.org', password);
    await page.goto(`${h.base}/admin/campaigns/${campaignId}`);
    await row('Spanish').waitFor();
    expect(await row('English').locator('td').allTextContents()).toEqual(['1', '1', '–', 'Reviewed']);
    expect(await row('Spanish').locator('td').allTextContents()).toEqual([
      '2',
      '1',
      'Somali (Soomaali): 1',
      'Not reviewed',
    ]);
    expect(await panel().locator('.notice').textContent()).toContain(
      'Spanish (Español): 2 people get this survey in a language no native speaker has reviewed yet',
    );
    expect(await panel().locator('button').count()).toBe(0);
    await axe(page, 'languages panel, viewer');
    await page.click('button:has-text("Log out")');
    guard.check();
  });

  it('lets an admin record that a Spanish speaker reviewed it, and the warning goes', async () => {
    await signInAs(page, 'admin@example.org', 'correct horse battery');
    await page.goto(`${h.base}/admin/campaigns/${campaignId}`);
    await row('Spanish').waitFor();
    await page.locator('#languages-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await axe(page, 'languages panel, admin');
    await shot(page, 'admin-languages-1-not-reviewed');

    await page.click('button:has-text("Mark reviewed")');
    expect(await page.locator('#review-es-name-error').textContent()).toBeTruthy();
    await page.fill('#review-es-name', 'Rosa Díaz');
    await page.click('button:has-text("Mark reviewed")');
    await expect.poll(() => row('Spanish').locator('td').last().textContent()).toBe('Reviewed');
    expect(await panel().locator('.notice').count()).toBe(0);
    const es = (await admin.get(`/api/partnerships/${partnershipId}/languages`)).json.languages.find(
      (l: { tag: string }) => l.tag === 'es',
    );
    expect(
      es.reviews.map((r: { subject: string; reviewerName: string }) => [r.subject, r.reviewerName]),
    ).toEqual([['words', 'Rosa Díaz']]);
    await shot(page, 'admin-languages-2-reviewed');
    guard.check();
  });

  it('offers every known language on a contact, and the page languages as the fallback', async () => {
    await page.goto(`${h.base}/admin/contacts/${hodanId}`);
    await page.locator('#language').waitFor();
    expect(await page.inputValue('#language')).toBe('so');
    expect(await page.locator('#language option:checked').textContent()).toBe('Somali (Soomaali)');
    expect(await page.locator('#language option').count()).toBeGreaterThan(20);

    await page.goto(`${h.base}/admin/partnership`);
    await page.locator('#p-fallback').waitFor();
    expect(await page.inputValue('#p-fallback')).toBe('es');
    await page.selectOption('#p-fallback', 'en');
    await page.click('button:has-text("Save settings")');
    await expect
      .poll(
        async () => (await admin.get(`/api/partnerships/${partnershipId}`)).json.partnership.fallbackLanguage,
      )
      .toBe('en');
    await axe(page, 'partnership settings with the fallback language');
    guard.check();
  });
});
