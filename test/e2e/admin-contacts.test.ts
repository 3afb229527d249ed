/**
 * Contacts in Chromium (issue 14): from a campaign's failed invitation, "fix" opens the contact's form,
 * the phone is corrected and saved; the list is searched and filtered on the server with the search in
 * the address (reload and back keep it), a selection is deleted after a question, and a contact is
 * erased from its form. A viewer sees the list with no controls to change it. axe checks each state.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, currentPeriod, today } from '../../client/admin/campaigns/dates.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { adminClient, type TestClient } from '../helpers/app.ts';
import { axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let admin: TestClient;
const opened: BrowserContext[] = [];
let partnershipId = '';
let campaignId = '';
const ids: Record<string, string> = {};
const password = 'correct horse battery';
const opens = today('America/Chicago');
const wrong = '+13125552000';

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'America/Chicago',
    smsHours: { start: '00:00', end: '24:00' },
  });
  partnershipId = p.json.partnership.id;
  const org = await admin.post(`/api/partnerships/${partnershipId}/organizations`, {
    name: 'Acme Tool',
    kind: 'employer',
  });
  const people = [
    { firstName: 'Sam', lastName: 'Wrongnumber', phone: wrong, smsConsent: true, kind: 'worker' },
    { firstName: 'Emma', lastName: 'Mailed', email: 'emma@example.org', kind: 'worker' },
    {
      firstName: 'Paula',
      lastName: 'Paper',
      phone: '+13125550181',
      kind: 'worker',
      organizationId: org.json.organization.id,
    },
    { firstName: 'Pedro', lastName: 'Paper', phone: '+13125550182', language: 'es', kind: 'worker' },
    { firstName: 'Quinn', lastName: 'Card', phone: '+13125550183', kind: 'worker' },
    { firstName: 'Erin', lastName: 'Erasable', email: 'erin@example.org', kind: 'partner' },
  ];
  const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, people);
  for (const c of added.json.created as { id: string; firstName: string }[]) ids[c.firstName] = c.id;
  const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice',
    templateId: 'worker-voice',
    period: currentPeriod('program', opens),
    opensOn: opens,
    closesOn: addDays(opens, 30),
  });
  campaignId = camp.json.campaign.id;
  expect((await admin.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(200);
  const sms = h.ctx.deps.sms;
  h.ctx.deps.sms = {
    send: async (m) =>
      m.to === wrong
        ? { ok: false, permanent: true, code: '21211', message: "The 'To' number is not valid." }
        : sms.send(m),
  };
  await dispatchDue(h.ctx.deps);
  await admin.post('/api/users', {
    email: 'vera@example.org',
    name: 'Vera',
    password,
    role: 'viewer',
    partnershipIds: [partnershipId],
  });
});

afterAll(async () => {
  for (const c of opened) await c.close();
  await h?.close();
});

async function signedIn(email: string, path: string): Promise<Page> {
  const own = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  own.setDefaultTimeout(10_000);
  opened.push(own);
  const page = await own.newPage();
  await page.goto(`${h.base}${path}`);
  await signInAs(page, email, password);
  return page;
}

describe('contacts in Chromium', () => {
  it("fixes a failed invitation's phone from the campaign, with the keyboard", async () => {
    const page = await signedIn('admin@example.org', `/admin/campaigns/${campaignId}`);
    const guard = watch(page, h.base);
    const fix = page.locator('table.failures a', { hasText: 'Sam Wrongnumber' });
    await fix.waitFor();
    await axe(page, 'campaign with a failed invitation');
    await fix.click();
    await page.locator('h1', { hasText: 'Sam Wrongnumber' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/admin/contacts/${ids.Sam}`);
    expect(await page.inputValue('#phone')).toBe(wrong);
    await axe(page, 'contact form');
    await shot(page, 'admin-contacts-form');

    // A wrong number is refused beside the field, and focus goes to it.
    await page.fill('#phone', '555');
    await page.locator('#phone').press('Enter');
    await page.locator('#phone-error').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('phone');
    expect(await page.getAttribute('#phone', 'aria-describedby')).toContain('phone-error');
    await axe(page, 'contact form with an error');

    await page.fill('#phone', '(312) 555-0199');
    await page.keyboard.press('Tab');
    await page.locator('#phone').press('Enter');
    await page.locator('[role=status] p', { hasText: 'Saved.' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Saved.');
    expect(await page.inputValue('#phone')).toBe('+13125550199');
    const stored = await admin.get(`/api/partnerships/${partnershipId}/contacts/${ids.Sam}`);
    expect(stored.json.contact.phone).toBe('+13125550199');
    await axe(page, 'contact saved');
    guard.check();
  });

  it('searches and filters on the server with the search in the address, and deletes a selection after asking', async () => {
    const page = await signedIn('admin@example.org', '/admin/contacts');
    const guard = watch(page, h.base);
    const rows = page.locator('main tbody tr');
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(6);
    await axe(page, 'contacts list');

    await page.fill('#search', 'paper');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('paper');
    await expect.poll(() => rows.count()).toBe(2);
    await page.selectOption('#filter-language', 'es');
    await expect.poll(() => rows.count()).toBe(1);
    await page.reload();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.inputValue('#search')).toBe('paper');
    await page.goBack();
    await expect.poll(() => rows.count()).toBe(2);
    await shot(page, 'admin-contacts-list');

    await page.check('input[aria-label="Choose every contact on this page"]');
    await page.locator('#bulk-title', { hasText: '2 contacts chosen' }).waitFor();
    await axe(page, 'contacts with a selection');
    await page.click('button:has-text("Delete 2 contacts")');
    await page.locator('#bulk-q').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Yes, delete 2 contacts');
    await axe(page, 'asking before deleting a selection');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Delete 2 contacts');
    await page.click('button:has-text("Delete 2 contacts")');
    await page.click('button:has-text("Yes, delete 2 contacts")');
    await page.locator('p.notice', { hasText: '2 contacts deleted.' }).waitFor();
    await page.locator('main .empty').waitFor();
    await axe(page, 'selection deleted');
    expect((await admin.get(`/api/partnerships/${partnershipId}/contacts`)).json.total).toBe(4);
    guard.check();
  });

  it('erases a contact from its form, saying what goes and what stays', async () => {
    const page = await signedIn('admin@example.org', `/admin/contacts/${ids.Erin}`);
    await page.locator('h1', { hasText: 'Erin Erasable' }).waitFor();
    await page.click('button:has-text("Erase Erin Erasable")');
    const question = page.locator('.confirm');
    await question.waitFor();
    expect(await question.textContent()).toMatch(/What goes.*What stays/s);
    await axe(page, 'asking before erasing');
    await page.click('button:has-text("Yes, erase Erin Erasable")');
    await page.locator('h1', { hasText: 'Contact erased' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await axe(page, 'contact erased');
    expect((await admin.get(`/api/partnerships/${partnershipId}/contacts/${ids.Erin}`)).status).toBe(404);
  });

  it('shows a viewer the list without any control to change it', async () => {
    const page = await signedIn('vera@example.org', '/admin/contacts');
    await page.locator('main tbody tr').first().waitFor();
    expect(await page.locator('main input[type=checkbox]').count()).toBe(0);
    expect(await page.locator('main tbody a').count()).toBe(0);
    expect(await page.locator('text=Import a CSV file').count()).toBe(0);
    await axe(page, 'viewer contacts');
  });
});
