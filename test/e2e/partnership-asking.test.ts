/**
 * In Chromium: staff set the help contact, rename an organization and remove one after reading what
 * removal does, by keyboard; the respondent page on a 360x640 phone (JavaScript on and off) and the
 * printed poster then name the partnership, its help contact and the closing day. axe-core checks each
 * new screen state; screenshots go to test-results/screenshots/partnership-asking-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, currentPeriod, today } from '../../client/admin/campaigns/dates.ts';
import { longDay } from '../../client/respond/asking-text.ts';
import { adminClient, type TestClient } from '../helpers/app.ts';
import { printLinks } from '../helpers/seed.ts';
import { axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let admin: TestClient;
const opened: BrowserContext[] = [];
let partnershipId = '';
let campaignId = '';
const orgs: Record<string, string> = {};
let tokens: string[] = [];
const password = 'correct horse battery';
const opens = today('America/Chicago');
const closes = addDays(opens, 30);

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'America/Chicago',
  });
  partnershipId = p.json.partnership.id;
  for (const name of ['Acme Tool', 'Bolt Works', 'Cobalt Castings']) {
    const o = await admin.post(`/api/partnerships/${partnershipId}/organizations`, {
      name,
      kind: 'employer',
    });
    orgs[name] = o.json.organization.id;
  }
  const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, [
    { firstName: 'Ana', phone: '+13125550101', kind: 'worker', organizationId: orgs['Acme Tool'] },
    { firstName: 'Ben', phone: '+13125550102', kind: 'worker', organizationId: orgs['Bolt Works'] },
    {
      firstName: 'Cruz',
      phone: '+13125550103',
      kind: 'worker',
      language: 'es',
      organizationId: orgs['Bolt Works'],
    },
  ]);
  await admin.post('/api/users', {
    email: 'hr@bolt.example',
    name: 'Bolt HR',
    password,
    role: 'viewer',
    memberships: [{ partnershipId, organizationId: orgs['Bolt Works'] }],
  });
  await admin.post('/api/users', {
    email: 'hr@cobalt.example',
    name: 'Cobalt HR',
    password,
    role: 'viewer',
    memberships: [{ partnershipId, organizationId: orgs['Cobalt Castings'] }],
  });
  await admin.post('/api/users', {
    email: 'ana@example.org',
    name: 'Ana Analyst',
    password,
    role: 'analyst',
    partnershipIds: [partnershipId],
  });
  const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice',
    templateId: 'worker-voice',
    period: currentPeriod('program', opens),
    opensOn: opens,
    closesOn: closes,
  });
  campaignId = camp.json.campaign.id;
  expect((await admin.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(200);
  const links = await printLinks(
    admin,
    campaignId,
    (added.json.created as { id: string }[]).map((c) => c.id),
  );
  tokens = links.map((l) => l.url.split('/s/')[1]!);
}, 120_000);

afterAll(async () => {
  for (const c of opened) await c.close();
  await h?.close();
});

async function signedIn(path: string, email = 'admin@example.org'): Promise<Page> {
  const own = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  own.setDefaultTimeout(10_000);
  opened.push(own);
  const page = await own.newPage();
  await page.goto(`${h.base}${path}`);
  await signInAs(page, email, password);
  return page;
}

const focused = (page: Page) => () =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');

describe('the Partnership screen', () => {
  it('sets the help contact, refusing one that is neither a phone nor an email', async () => {
    const page = await signedIn('/admin/partnership');
    const guard = watch(page, h.base);
    await page.locator('#p-help').waitFor();
    await page.fill('#p-help', '312 555');
    await page.click('button:has-text("Save settings")');
    await page.locator('#p-help-error').waitFor();
    expect(await page.getAttribute('#p-help', 'aria-invalid')).toBe('true');
    expect(await axe(page, 'partnership settings with a refused help contact')).toEqual([]);
    await page.fill('#p-help', '+1 (312) 555-0100');
    await page.focus('#p-help');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.inputValue('#p-help')).toBe('+13125550100');
    expect((await admin.get(`/api/partnerships/${partnershipId}`)).json.partnership.helpContact).toBe(
      '+13125550100',
    );
    expect(await page.locator('#p-help-error').count()).toBe(0);
    guard.check();
  });

  it('renames an organization and removes another by keyboard, after saying what removal does', async () => {
    const page = await signedIn('/admin/partnership');
    const guard = watch(page, h.base);
    const acme = page.locator('.org-row', { hasText: 'Acme Tool' });
    await acme.locator('button:has-text("Edit")').focus();
    await page.keyboard.press('Enter');
    const name = page.locator(`#org-name-${orgs['Acme Tool']}`);
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axe(page, 'organization being edited')).toEqual([]);
    await name.fill('Acme Tool & Die');
    await page.selectOption(`#org-kind-${orgs['Acme Tool']}`, 'education');
    await name.press('Enter');
    await page.locator('[role=status]', { hasText: 'Saved Acme Tool & Die (education).' }).waitFor();
    await expect.poll(focused(page)).toContain('Edit');

    const bolt = page.locator('.org-row', { hasText: 'Bolt Works' });
    await bolt.locator('button:has-text("Remove")').focus();
    await page.keyboard.press('Enter');
    const question = bolt.locator('.confirm');
    await question.waitFor();
    const said = (await question.textContent())!;
    expect(said).toContain('Remove Bolt Works?');
    expect(said).toContain(
      '2 contacts keep their details and links but no longer belong to an organization.',
    );
    expect(said).toContain('1 employer account loses access to this partnership: Bolt HR (hr@bolt.example).');
    expect(said).toContain('Past reviews keep its name and figures');
    await expect.poll(focused(page)).toContain('Yes, remove');
    expect(await axe(page, 'organization removal asking with its impact')).toEqual([]);
    await shot(page, 'partnership-asking-1-remove-organization');
    await page.keyboard.press('Escape');
    await expect.poll(focused(page)).toBe('Remove Bolt Works');
    expect(await question.count()).toBe(0);

    await page.keyboard.press('Enter');
    await expect.poll(focused(page)).toContain('Yes, remove');
    await page.keyboard.press('Enter');
    await page
      .locator('[role=status]', { hasText: 'Bolt Works was removed. Past reviews still show it.' })
      .waitFor();
    // The list reloads just after the status is said.
    await expect.poll(() => page.locator('.org-row').allTextContents()).toEqual([
      expect.stringContaining('Acme Tool & Die'),
      expect.stringContaining('Cobalt Castings'),
    ]);
    await expect.poll(focused(page)).toBe('Organizations');
    // The members list no longer holds the employer account whose organization went.
    await expect
      .poll(() => page.locator('#members-h ~ * td', { hasText: 'hr@bolt.example' }).count())
      .toBe(0);
    expect(await axe(page, 'organizations after a removal')).toEqual([]);
    guard.check();
  });
});

describe('an analyst on the Partnership screen', () => {
  it('is told that only an admin can remove an organization an employer account depends on', async () => {
    const page = await signedIn('/admin/partnership', 'ana@example.org');
    const cobalt = page.locator('.org-row', { hasText: 'Cobalt Castings' });
    await cobalt.locator('button:has-text("Remove")').click();
    const question = cobalt.locator('.confirm');
    await question.waitFor();
    expect(await question.textContent()).toContain(
      '1 employer account loses access to this partnership: Cobalt HR',
    );
    expect(await question.textContent()).toContain(
      'Only an administrator can remove it while accounts depend on it.',
    );
    expect(await question.locator('button:has-text("Yes, remove")').count()).toBe(0);
    await expect.poll(focused(page)).toBe('Keep Cobalt Castings');
    expect(await axe(page, 'organization removal an analyst may not do')).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(focused(page)).toBe('Remove Cobalt Castings');
    expect(
      (await admin.get(`/api/partnerships/${partnershipId}/organizations`)).json.organizations,
    ).toHaveLength(2);
  });
});

describe('what a respondent and a poster reader see', () => {
  for (const js of [true, false]) {
    it(`names the partnership, its help line and the closing day on a 360x640 phone (JavaScript ${js ? 'on' : 'off'})`, async () => {
      const own = await h.browser.newContext({
        viewport: { width: 360, height: 640 },
        javaScriptEnabled: js,
      });
      opened.push(own);
      const page = await own.newPage();
      const guard = watch(page, h.base);
      await page.goto(`${h.base}/s/${tokens[2]}?lang=es`);
      const who = page.locator('header.who');
      await who.waitFor();
      expect(await who.textContent()).toContain('Esta encuesta es de River Valley.');
      expect(await who.textContent()).toContain(
        `Abierta hasta el final del ${longDay(closes, 'es')} (hora central).`,
      );
      const call = who.locator('a[href="tel:+13125550100"]');
      expect(await call.textContent()).toBe('+1 312-555-0100');
      expect(await call.isVisible()).toBe(true);
      // The header fits the phone, above the survey's title.
      const box = (await who.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(box.y + box.height).toBeLessThanOrEqual((await page.locator('main h1').boundingBox())!.y);
      // axe runs in the page's own JavaScript; with it off the markup is the same server-drawn page.
      if (js) {
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        expect(await axe(page, 'respondent page es with its header')).toEqual([]);
      }
      await shot(page, `partnership-asking-2-respondent-${js ? 'js' : 'nojs'}`);
      await page.goto(`${h.base}/s/${tokens[2]}?lang=en`);
      expect(await who.textContent()).toContain(
        `Open until the end of ${longDay(closes, 'en')} (Central Time).`,
      );
      guard.check();
    });
  }

  it('prints the poster with the name, the help contact and the closing day in both languages', async () => {
    const page = await signedIn(`/admin/campaigns/${campaignId}`);
    await page.click('button:has-text("Turn the open link on")');
    await page.locator('.qr svg').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => {
      document.body.classList.add('print-poster');
      scrollTo(0, 0);
    });
    const poster = page.locator('.poster');
    expect(await poster.isVisible()).toBe(true);
    // A heading per language, naming the partnership, then its facts in the same language.
    await page.locator('.poster h2').first().waitFor();
    const heads = await page.locator('.poster h2').allTextContents();
    expect(heads).toHaveLength(2);
    for (const h of heads) expect(h).toContain('River Valley');
    expect(await page.locator('.poster h2').nth(1).getAttribute('lang')).toBe('es');
    const facts = await page.locator('.poster .lang').allTextContents();
    expect(facts[0]).toContain('This survey is from River Valley.');
    expect(facts[0]).toContain(`Open until the end of ${longDay(closes, 'en')} (Central Time).`);
    expect(facts[0]).toContain('Questions? Call +1 312-555-0100');
    expect(facts[1]).toContain(`Abierta hasta el final del ${longDay(closes, 'es')} (hora central).`);
    expect(facts[1]).toContain('¿Preguntas? Llame al +1 312-555-0100');
    expect(await page.locator('.poster .lang[lang=es]').count()).toBe(1);
    await shot(page, 'partnership-asking-3-poster', true);
    await page.evaluate(() => document.body.classList.remove('print-poster'));
    await page.emulateMedia({ media: 'screen' });
    expect(await axe(page, 'campaign with its open link and poster')).toEqual([]);
  });
});
