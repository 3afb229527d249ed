/**
 * Printed links and the development outbox in Chromium (issue 11, "insiders cannot act as a worker"):
 * an analyst searches the people no text or email reached, picks who gets a card, and sees who was
 * skipped and why, while the links a text carried keep working; the development outbox, with its
 * live links, is an admin's screen with a notice saying so, and is offered to nobody else. axe-core
 * checks each screen; screenshots go to test-results/screenshots/admin-printed-links-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, currentPeriod, today } from '../../client/admin/campaigns/dates.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
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

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'America/Chicago',
    reviewYear: 'program',
    smsHours: { start: '00:00', end: '24:00' },
  });
  partnershipId = p.json.partnership.id;
  const people = [
    { firstName: 'Sam', lastName: 'Texted', phone: '+13125550180', smsConsent: true, kind: 'worker' },
    { firstName: 'Emma', lastName: 'Mailed', email: 'emma@example.org', kind: 'worker' },
    { firstName: 'Paula', lastName: 'Paper', phone: '+13125550181', kind: 'worker' },
    { firstName: 'Pedro', lastName: 'Paper', phone: '+13125550182', language: 'es', kind: 'worker' },
    { firstName: 'Quinn', lastName: 'Card', phone: '+13125550183', kind: 'worker' },
  ];
  const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, people);
  for (const c of added.json.created as { id: string; firstName: string }[]) ids[c.firstName] = c.id;
  const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice, cards',
    templateId: 'worker-voice',
    period: currentPeriod('program', opens),
    opensOn: opens,
    closesOn: addDays(opens, 30),
  });
  campaignId = camp.json.campaign.id;
  expect((await admin.post(`/api/campaigns/${campaignId}/launch`)).json.invited).toBe(5);
  // The development senders "send" Sam's text and Emma's email.
  expect(await dispatchDue(h.ctx.deps)).toMatchObject({ sent: 2 });
  for (const [email, role] of [
    ['ana@example.org', 'analyst'],
    ['vera@example.org', 'viewer'],
  ])
    await admin.post('/api/users', { email, name: email, password, role, partnershipIds: [partnershipId] });
});

afterAll(async () => {
  for (const c of opened) await c.close();
  await h?.close();
});

/** A page in a browser of its own (its own cookies), signed in as `email`. */
async function signedIn(email: string, path: string): Promise<Page> {
  const own = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  own.setDefaultTimeout(10_000);
  opened.push(own);
  const page = await own.newPage();
  await page.goto(`${h.base}${path}`);
  await signInAs(page, email, password);
  return page;
}

/** The link Sam's text carried, as the admin's development outbox shows it. */
async function samsLink(): Promise<string> {
  const { messages } = (await admin.get(`/api/dev/outbox?campaignId=${campaignId}`)).json as {
    messages: { channel: string; body: string }[];
  };
  return /https?:\/\/\S+\/s\/[\w-]{24}/.exec(messages.find((m) => m.channel === 'sms')!.body)![0];
}

describe('printed links in Chromium', () => {
  it('lets an analyst pick people to print for, and shows who was skipped and why', async () => {
    const sms = await samsLink();
    // Paula answered from a card printed earlier, after the analyst opened the screen.
    const earlier = await admin.post(`/api/campaigns/${campaignId}/links`, { contactIds: [ids.Paula] });
    const paulasCard = earlier.json.links[0].url as string;

    const page = await signedIn('ana@example.org', `/admin/campaigns/${campaignId}`);
    const guard = watch(page, h.base);
    const rows = page.locator('table.printable tbody tr');
    await rows.first().waitFor();
    // Only the people no text or email reached are offered.
    expect(await rows.allTextContents()).toEqual([
      expect.stringContaining('Quinn Card'),
      expect.stringContaining('Paula Paper'),
      expect.stringContaining('Pedro Paper'),
    ]);
    expect(await page.locator('#issue-links').isDisabled()).toBe(true);
    await axe(page, 'campaign with the printed-links picker');

    await page.fill('#printable-search', 'paper');
    await expect.poll(() => rows.count()).toBe(2);
    await page.check('thead input[aria-label="Pick everyone shown"]');
    await page.fill('#printable-search', 'quinn');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator('#issue-links').textContent()).toBe('Issue links for 2 people');
    await page.click(`label[for="pick-${ids.Quinn}"]`);
    expect(await page.locator('#issue-links').textContent()).toBe('Issue links for 3 people');

    const answered = await fetch(`${paulasCard}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: validAnswers(getTemplate('worker-voice')!, seededRandom(5)) }),
    });
    expect(answered.status).toBe(200);

    await page.click('#issue-links');
    const links = page.locator('table.links tbody tr');
    await expect.poll(() => links.count()).toBe(2);
    expect((await links.allTextContents()).join('\n')).toMatch(/Pedro Paper/);
    expect((await links.allTextContents()).join('\n')).toMatch(/Quinn Card/);
    expect(await page.locator('.skipped li').allTextContents()).toEqual([
      'Paula Paper has answered already.',
    ]);
    await axe(page, 'campaign with printed links and a skipped person');
    await page.locator('#links-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'admin-printed-links-1-issued');

    // The printed links work; Sam's text still does; Paula's list entry is gone.
    for (const url of await page.locator('table.links code').allTextContents())
      expect((await fetch(url)).status).toBe(200);
    expect((await fetch(sms)).status).toBe(200);
    await page.fill('#printable-search', '');
    await expect.poll(() => rows.count()).toBe(2);
    guard.check();
    await page.close();
  });

  it("keeps a text's link working when an analyst asks the server for its person anyway", async () => {
    const sms = await samsLink();
    const page = await signedIn('ana@example.org', `/admin/campaigns/${campaignId}`);
    const res = await page.evaluate(
      async ([id, contactId]) => {
        const me = await (await fetch('/api/auth/me')).json();
        const r = await fetch(`/api/campaigns/${id}/links`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ contactIds: [contactId] }),
        });
        return r.json();
      },
      [campaignId, ids.Sam!],
    );
    expect(res).toMatchObject({ links: [], skipped: [{ reason: 'delivered_by_sms' }] });
    expect((await fetch(sms)).status).toBe(200);
    await page.close();
  });
});

describe('the development outbox in Chromium', () => {
  it('shows an admin the messages under a notice that their links are live', async () => {
    const page = await signedIn('admin@example.org', `/admin/campaigns/${campaignId}`);
    await page.click('a:has-text("Messages of this campaign in the development outbox")');
    await page.locator('h1', { hasText: 'Development outbox' }).waitFor();
    const notice = page.locator('.outbox-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Development senders only.*links are live.*Admins only/s);
    expect(await page.locator('ul.messages > li').count()).toBe(2);
    await axe(page, 'development outbox with its notice');
    await shot(page, 'admin-printed-links-2-outbox');
    await page.close();
  });

  for (const [email, role] of [
    ['ana@example.org', 'an analyst'],
    ['vera@example.org', 'a viewer'],
  ] as const)
    it(`is not offered to ${role}, and asks the server nothing when opened by address`, async () => {
      const page = await signedIn(email, `/admin/campaigns/${campaignId}`);
      const guard = watch(page, h.base);
      await page.locator('h1', { hasText: 'Worker voice, cards' }).waitFor();
      expect(await page.locator('nav a', { hasText: 'Outbox' }).count()).toBe(0);
      expect(await page.locator('a[href^="/admin/outbox"]').count()).toBe(0);
      if (role === 'a viewer') expect(await page.locator('#links-h').count()).toBe(0);
      await page.goto(`${h.base}/admin/outbox?campaignId=${campaignId}`);
      await page.locator('h1', { hasText: 'Development outbox' }).waitFor();
      expect(await page.locator('main').textContent()).toContain(
        'Only an administrator opens the development outbox',
      );
      expect(guard.urls.some((u) => u.includes('/api/dev/outbox'))).toBe(false);
      await axe(page, `development outbox as ${role}`);
      await page.close();
    });
});
