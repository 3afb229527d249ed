/**
 * Printed cards with short codes in Chromium (issue 14): an analyst prints cards for three people
 * chosen on the campaign screen; the code is read off the printed page (print media, the cards alone),
 * and a worker types it, sloppily, at /c on a 360x640 phone and answers the survey. A second look at
 * the card's code after answering says the survey was answered; the progress panel says when texts
 * held for texting hours go. axe-core checks each screen; screenshots go to
 * test-results/screenshots/admin-short-codes-*.png.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, currentPeriod, today } from '../../client/admin/campaigns/dates.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { adminClient, type TestClient } from '../helpers/app.ts';
import { answerSection, axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let admin: TestClient;
const opened: BrowserContext[] = [];
let campaignId = '';
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
    // Texting hours that are never open now, so the progress panel has texts waiting to speak of.
    smsHours: ((h) => ({
      start: `${String(h).padStart(2, '0')}:00`,
      end: `${String(h + 1).padStart(2, '0')}:00`,
    }))((new Date().getUTCHours() + 12) % 23),
  });
  const partnershipId = p.json.partnership.id as string;
  const people = [
    { firstName: 'Sam', lastName: 'Texted', phone: '+13125550180', smsConsent: true, kind: 'worker' },
    { firstName: 'Paula', lastName: 'Paper', phone: '+13125550181', kind: 'worker' },
    { firstName: 'Pedro', lastName: 'Paper', phone: '+13125550182', language: 'es', kind: 'worker' },
    { firstName: 'Quinn', lastName: 'Card', phone: '+13125550183', kind: 'worker' },
    { firstName: 'Rosa', lastName: 'Later', phone: '+13125550184', kind: 'worker' },
  ];
  await admin.post(`/api/partnerships/${partnershipId}/contacts`, people);
  const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice, cards',
    templateId: 'worker-voice',
    period: currentPeriod('program', opens),
    opensOn: opens,
    closesOn: addDays(opens, 30),
  });
  campaignId = camp.json.campaign.id;
  expect((await admin.post(`/api/campaigns/${campaignId}/launch`)).json.invited).toBe(5);
  await dispatchDue(h.ctx.deps);
  await admin.post('/api/users', {
    email: 'ana@example.org',
    name: 'Ana',
    password,
    role: 'analyst',
    partnershipIds: [partnershipId],
  });
}, 120_000);

afterAll(async () => {
  for (const c of opened) await c.close();
  await h?.close();
});

describe('printed cards with short codes in Chromium', () => {
  let codes: { name: string; code: string; address: string }[] = [];

  it('prints cards for the three people picked, each with the short address, a code and a QR code', async () => {
    const own = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    opened.push(own);
    own.setDefaultTimeout(10_000);
    const page = await own.newPage();
    await page.goto(`${h.base}/admin/campaigns/${campaignId}`);
    await signInAs(page, 'ana@example.org', password);
    const guard = watch(page, h.base);
    // Sam's text waits for texting hours that are closed now, and the panel says until when.
    const waiting = page.locator('.texts-waiting');
    await waiting.waitFor();
    expect(await waiting.textContent()).toMatch(
      /^1 text waits for texting hours \(\d{1,2}:00–\d{1,2}:00 America\/Chicago\); it goes at \d{1,2}:00 (today|tomorrow)\.$/,
    );
    const rows = page.locator('table.printable tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(4);
    for (const name of ['Paula', 'Pedro', 'Quinn'])
      await page.click(`table.printable label:has-text("${name}")`);
    expect(await page.locator('#issue-links').textContent()).toBe('Issue links for 3 people');
    await page.click('#issue-links');
    await expect.poll(() => page.locator('table.links tbody tr').count()).toBe(3);
    expect(await page.locator('table.links kbd').allTextContents()).toEqual([
      expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/),
      expect.any(String),
      expect.any(String),
    ]);
    await axe(page, 'campaign with printed cards issued');

    // The page as it prints from "Print cards": the cards alone.
    await page.evaluate(() => document.body.classList.add('print-cards'));
    await page.emulateMedia({ media: 'print' });
    const cards = page.locator('.cards article');
    await expect.poll(() => cards.locator('.qr svg').count()).toBe(3);
    expect(await page.locator('#links-h').isVisible()).toBe(false);
    codes = [];
    for (let i = 0; i < 3; i++) {
      const card = cards.nth(i);
      expect(await card.isVisible()).toBe(true);
      codes.push({
        name: (await card.locator('.to').first().textContent())!,
        code: (await card.locator('.code').textContent())!,
        address: (await card.locator('.short').textContent())!,
      });
    }
    expect(codes.map((c) => c.name).sort()).toEqual(['Paula Paper', 'Pedro Paper', 'Quinn Card']);
    for (const c of codes) expect(c.address).toBe(`${h.base.replace(/^http:\/\//, '')}/c`);
    expect(await cards.filter({ hasText: 'Pedro' }).getAttribute('lang')).toBe('es');
    expect(await cards.filter({ hasText: 'Pedro' }).textContent()).toContain('escriba este código');
    await page
      .locator('.cards')
      .screenshot({ path: 'test-results/screenshots/admin-short-codes-1-cards.png' });
    await page.emulateMedia({ media: 'screen' });
    guard.check();
    await page.close();
  });

  it('lets a worker type the code on a 360x640 phone at /c and answer the survey', async () => {
    const quinn = codes.find((c) => c.name === 'Quinn Card')!;
    const phone = await h.browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true });
    opened.push(phone);
    phone.setDefaultTimeout(10_000);
    const worker = await phone.newPage();
    const guard = watch(worker, h.base);
    await worker.goto(`http://${quinn.address}`);
    await worker.locator('h1', { hasText: 'Open your survey' }).waitFor();
    await axe(worker, 'short-code form');
    await shot(worker, 'admin-short-codes-2-form-phone');

    // A typo first: the form comes back with the message and what was typed.
    await worker.fill('#code', 'zzzz zzzz zz');
    await worker.click('button[type=submit]');
    await worker.locator('#code-error').waitFor();
    expect(await worker.inputValue('#code')).toBe('zzzz zzzz zz');
    expect(await worker.getAttribute('#code', 'aria-invalid')).toBe('true');
    await axe(worker, 'short-code form with a wrong code');
    await shot(worker, 'admin-short-codes-3-wrong-phone');

    // Then the card's code, in lower case with spaces for dashes, and O for 0 where there is one.
    const sloppy = quinn.code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    await worker.fill('#code', sloppy);
    await worker.click('button[type=submit]');
    await worker.waitForURL(/\/s\/[\w-]{24}\?lang=en$/);
    await worker.waitForSelector('button.primary[type="button"]');
    await axe(worker, 'survey opened from a short code');
    for (let step = 1; step <= 6; step++) {
      await answerSection(worker);
      await worker.click('button.primary');
      if (step < 6) await worker.waitForSelector(`.prog:text-is("Part ${step + 1} of 6")`);
    }
    await worker.locator('h1', { hasText: 'Thank you' }).waitFor();

    // The card is spent: its code now says the survey was answered.
    await worker.goto(`${h.base}/c/${encodeURIComponent(quinn.code)}`);
    expect(await worker.locator('h1').textContent()).toMatch(/already/i);
    await axe(worker, 'short code already used');
    guard.check();
  }, 120_000);

  it('tells an admin in the development outbox which campaign’s texts wait, and until when', async () => {
    const own = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    opened.push(own);
    own.setDefaultTimeout(10_000);
    const page = await own.newPage();
    await page.goto(`${h.base}/admin/outbox`);
    await signInAs(page, 'admin@example.org', password);
    const waiting = page.locator('.texts-waiting p');
    await waiting.waitFor();
    expect(await waiting.textContent()).toMatch(
      /^Worker voice, cards: 1 text waits for texting hours \(\d{1,2}:00–\d{1,2}:00 America\/Chicago\); it goes at \d{1,2}:00 (today|tomorrow)\.$/,
    );
    await axe(page, 'development outbox with texts waiting');
    await shot(page, 'admin-short-codes-4-outbox-waiting');
  });
});
