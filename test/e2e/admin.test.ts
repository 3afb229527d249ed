/**
 * The dashboard in real Chromium, as a new user meets it: first run, sign in and out, a partnership,
 * a CSV import, a campaign created from a template and launched, a worker answering in Spanish on a
 * 360x640 phone from the link in the development outbox, the review counting it (suppressed until
 * the group is large enough) and the printable page. axe-core checks every screen; screenshots go to
 * test-results/screenshots/admin-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { getTemplate } from '../../surveys/index.ts';
import { addDays, currentPeriod, today } from '../../client/admin/campaigns/dates.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { answerSection, axe, shot, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;
let partnershipId = '';
let campaignId = '';
// The app's clock runs from real time (see the harness), so the campaign's dates are today's.
const opens = today('America/Chicago');
const period = currentPeriod('program', opens);

beforeAll(async () => {
  h = await startHarness();
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Fail at the step that went wrong rather than at the test's overall timeout.
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  guard = watch(page, h.base);
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const heading = (text: string) => page.locator('h1', { hasText: text });
const responses = () => (h.ctx.raw.prepare('SELECT count(*) AS n FROM responses').get() as { n: number }).n;
/** Answers waiting, sealed, for a release (a submission adds one here, not to the responses). */
const waiting = () =>
  (h.ctx.raw.prepare('SELECT count(*) AS n FROM pending_answers').get() as { n: number }).n;

const csv = [
  'Name,Email,Phone,Language,Organization,Occupation,SMS consent',
  'María López,maria@example.org,(312) 555-0101,es,Acme Metal,welder,yes',
  'José Ramírez,jose@example.org,(312) 555-0102,español,Acme Metal,machinist,no',
  'Ana Torres,ana@example.org,,Spanish,Acme Metal,welder,',
  'Sam Lee,sam@example.org,(312) 555-0104,en,Acme Metal,assembler,yes',
  'Pat Kim,pat@example.org,,English,Acme Metal,machinist,no',
  'Lee Park,lee@example.org,,en,Acme Metal,welder,no',
  'No Contact,not-an-email,,en,Acme Metal,welder,no',
].join('\n');

describe('the dashboard in Chromium', () => {
  it('creates the first admin on an empty database, then signs out and in', async () => {
    await page.goto(`${h.base}/admin`);
    await heading('Welcome to Sector Voice').waitFor();
    await axe(page, 'first run');
    await shot(page, 'admin-1-first-run');

    // The server's own schema speaks before anything is sent.
    await page.fill('#name', 'Ada Admin');
    await page.fill('#email', 'ada@example.org');
    await page.fill('#password', 'short');
    await page.click('button[type=submit]');
    await expect
      .poll(() => page.locator('#password-error').textContent())
      .toBe('Use at least 12 characters.');
    expect(await page.getAttribute('#password', 'aria-invalid')).toBe('true');

    await page.fill('#password', 'correct horse battery');
    await page.click('button[type=submit]');
    await page.locator('.empty', { hasText: 'There is no partnership yet' }).waitFor();
    await axe(page, 'overview, empty');

    await page.click('button:has-text("Log out")');
    await heading('Sign in to Sector Voice').waitFor();
    await page.fill('#email', 'ada@example.org');
    await page.fill('#password', 'wrong password!');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('.form-error').textContent()).toBe('Wrong email or password.');
    await axe(page, 'sign in with an error');
    await shot(page, 'admin-2-sign-in-error');
    await page.fill('#password', 'correct horse battery');
    await page.click('button[type=submit]');
    await page.locator('button:has-text("Log out")').waitFor();
  });

  it('starts a partnership and adds an organization', async () => {
    await page.click('a:has-text("Start a partnership")');
    await heading('New partnership').waitFor();
    await page.fill('#p-name', 'River Valley Advanced Manufacturing');
    await page.fill('#p-sector', 'Advanced manufacturing');
    await page.fill('#p-region', 'River Valley');
    await page.fill('#p-tz', 'America/Chicago');
    // Texts may go at any hour, so the test does not depend on the time of day it runs at.
    await page.fill('#p-sms-start', '00:00');
    await page.fill('#p-sms-end', '23:59');
    await page.fill('#p-min', '2');
    await page.click('button:has-text("Create the partnership")');
    await expect
      .poll(() => page.locator('#p-min-error').textContent())
      .toBe('The minimum group size is never below 3.');
    await page.fill('#p-min', '5');
    await page.click('button:has-text("Create the partnership")');
    await heading('River Valley Advanced Manufacturing').waitFor();
    partnershipId = (await page.inputValue('#partnership-switch'))!;

    await page.fill('#comment-min', '2');
    await page.click('#review-settings-h ~ form button[type=submit]');
    await expect
      .poll(() => page.locator('#comment-min-error').textContent())
      .toBe('The comment minimum is never below 3.');
    // Above 3 but below the partnership's group minimum: refused by the server, beside the field.
    await page.fill('#comment-min', '4');
    await page.click('#review-settings-h ~ form button[type=submit]');
    await expect
      .poll(() => page.locator('#comment-min-error').textContent())
      .toBe("The comment minimum cannot be below the partnership's minimum group size (5).");
    await page.fill('#comment-min', '8');
    await page.click('#review-settings-h ~ form button[type=submit]');
    await page.locator('#review-settings-h ~ form [role=status]', { hasText: 'Saved.' }).waitFor();

    await page.fill('#org-name', 'Acme Metal');
    await page.click('button:has-text("Add organization")');
    await page.locator('#orgs-h + ul li', { hasText: 'Acme Metal' }).waitFor();
    await axe(page, 'partnership');
    await shot(page, 'admin-3-partnership', true);
  });

  it('imports contacts from a CSV file with a dry run, a mapping change and a per-row report', async () => {
    await page.click('nav a:has-text("Contacts")');
    await page.locator('.empty', { hasText: 'No contacts yet' }).waitFor();
    await page.click('a:has-text("Import a CSV file")');
    await heading('Import contacts').waitFor();
    await page.setInputFiles('#csv', { name: 'workers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('button:has-text("Check the file")');
    const summary = page.locator('.import-summary');
    await expect
      .poll(() => summary.textContent())
      .toMatch(/^7 rows read: 6 new contacts would be added.*1 refused/);
    expect(
      await page.locator('table:has(caption:text("Refused rows")) tbody tr').first().textContent(),
    ).toContain('8');

    // Leaving the occupation out is one select away; the preview follows at once (a new dry run).
    const occupation = page.locator('tr:has(th:text-is("Occupation")) select');
    expect(await occupation.inputValue()).toBe('attributes.occupation');
    await occupation.selectOption('ignore');
    await expect
      .poll(() =>
        page.locator('table:has(caption:has-text("first contacts")) tbody tr').first().textContent(),
      )
      .not.toContain('occupation');
    await occupation.selectOption('attributes.occupation');
    await expect
      .poll(() =>
        page.locator('table:has(caption:has-text("first contacts")) tbody tr').first().textContent(),
      )
      .toContain('occupation: welder');
    await axe(page, 'import preview');
    await shot(page, 'admin-4-import-preview', true);

    await page.click('button:has-text("Import 6 contacts")');
    await page.locator('#done-h').waitFor();
    expect(await summary.textContent()).toMatch(/6 new contacts were added/);
    await page.click('a:has-text("See the contacts")');
    await page.locator('tbody th', { hasText: 'María López' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(6);
    // The search runs on the server when submitted, and stays in the address.
    await page.fill('#search', 'maría');
    await page.press('#search', 'Enter');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('maría');
    expect(await page.locator('tbody tr').textContent()).toContain('consented');
    await axe(page, 'contacts');
  });

  it('creates a campaign from a template with a bilingual preview, launches it and shows progress', async () => {
    await page.click('nav a:has-text("Campaigns")');
    await page.click('a:has-text("New campaign")');
    await heading('New campaign').waitFor();
    await expect
      .poll(() => page.locator('.audience-size').textContent())
      .toBe('6 contacts match: 2 by text, 4 by email, 0 by printed link only.');
    // Narrowing by an imported attribute changes the count before anything is created.
    await page.click('summary:has-text("Only contacts with an attribute")');
    await page.fill('#c-attr-name', 'occupation');
    await page.fill('#c-attr-values', 'welder');
    await expect
      .poll(() => page.locator('.audience-size').textContent())
      .toBe('3 contacts match: 1 by text, 2 by email, 0 by printed link only.');
    await page.fill('#c-attr-values', '');
    await expect.poll(() => page.locator('.audience-size').textContent()).toMatch(/^6 contacts match/);
    const preview = page.locator('.preview');
    await preview.locator('.prog', { hasText: 'Part 1 of' }).waitFor();
    await preview.locator('a.lang[hreflang=es]').click();
    await preview.locator('.prog', { hasText: 'Parte 1 de' }).waitFor();
    expect(await preview.getAttribute('lang')).toBe('es');
    await preview.locator('button.primary').click();
    await preview.locator('.prog', { hasText: 'Parte 2 de' }).waitFor();
    await axe(page, 'new campaign with preview');
    await shot(page, 'admin-5-new-campaign', true);

    await page.fill('#c-name', 'Worker voice, summer');
    expect(await page.inputValue('#c-period')).toBe(period);
    expect(await page.inputValue('#c-opens')).toBe(opens);
    await page.fill('#c-closes', addDays(opens, -1));
    await page.click('button:has-text("Create campaign")');
    await expect
      .poll(() => page.locator('#c-closes-error').textContent())
      .toBe('The close date is before the open date.');
    await page.fill('#c-closes', addDays(opens, 30));
    await page.fill('#c-reminders', '3');
    await page.fill('#c-segments', 'occupation');
    await page.click('button:has-text("Create campaign")');
    await heading('Worker voice, summer').waitFor();
    campaignId = page.url().split('/').pop()!;
    expect(await page.locator('.campaign-status').textContent()).toBe('not launched');

    await page.click('button:has-text("Launch")');
    await page.locator('[role=status]', { hasText: 'Launched: 6 people invited' }).waitFor();
    await expect.poll(() => page.locator('.campaign-status').textContent()).toBe('open');
    expect(await page.locator('#progress-h + .grid .stat').first().textContent()).toBe('6');

    await page.click('button:has-text("Turn the open link on")');
    await page.locator('.qr svg').waitFor();
    expect(await page.locator('.qr a').textContent()).toMatch(new RegExp(`^${h.base}/o/`));
    await axe(page, 'campaign');
    await shot(page, 'admin-6-campaign', true);
  });

  it('lets a worker answer in Spanish on a phone from the link in the development outbox', async () => {
    // What `npm start`'s dispatcher loop does every few seconds.
    expect(await dispatchDue(h.ctx.deps)).toMatchObject({ sent: 6, failed: 0 });
    const outbox = await page.request.get(`${h.base}/api/dev/outbox?campaignId=${campaignId}`);
    const { messages } = (await outbox.json()) as {
      messages: { to: string; channel: string; body: string }[];
    };
    expect(messages).toHaveLength(6);
    expect(messages.find((m) => m.to === '+13125550101')!.channel).toBe('sms');
    // The same messages in the dashboard, where a new user finds the link they "received".
    await page.click('a:has-text("Messages of this campaign in the development outbox")');
    const text = page.locator('.messages li', { hasText: 'Text to +13125550101' });
    await text.waitFor();
    await axe(page, 'development outbox');
    const link = (await text.locator('a').getAttribute('href'))!;
    expect(link).toMatch(new RegExp(`^${h.base}/s/[\\w-]+$`));

    const phone = await h.browser.newContext({ viewport: { width: 360, height: 640 } });
    const worker = await phone.newPage();
    const phoneGuard = watch(worker, h.base);
    await worker.goto(link);
    expect(await worker.getAttribute('html', 'lang')).toBe('es');
    await worker.waitForSelector('button.primary[type="button"]');
    await axe(worker, 'respondent page');
    await shot(worker, 'admin-7-worker-es-phone');
    for (let step = 1; step <= 6; step++) {
      await answerSection(worker);
      await worker.click('button.primary');
      if (step < 6) await worker.waitForSelector(`.prog:text-is("Parte ${step + 1} de 6")`);
    }
    await worker.locator('h1', { hasText: '¡Gracias!' }).waitFor();
    expect([waiting(), responses()]).toEqual([1, 0]);
    phoneGuard.check();
    // The dashboard's code never reaches a respondent.
    expect(phoneGuard.urls.filter((u) => u.includes('/admin'))).toEqual([]);
    await phone.close();

    await page.goBack();
    await expect.poll(() => page.locator('#progress-h + .grid .stat').nth(1).textContent()).toBe('1');
  });

  it('shows the review suppressed until the group is large enough, then counts every answer', async () => {
    await page.click('nav a:has-text("Reviews")');
    await page.click(`a:has-text("${period}"), tr:has-text("${period}") a`);
    await page.locator('.template-counts').waitFor();
    expect(await page.locator('.template-counts').textContent()).toContain(
      'too few responses to report (fewer than 5)',
    );
    expect(await page.locator('.too-small').first().textContent()).toContain('too small to report');
    await axe(page, 'review, suppressed');
    await shot(page, 'admin-8-review-suppressed', true);

    // Four more workers answer (through the same links the outbox holds) and the group reaches 5.
    const outbox = await page.request.get(`${h.base}/api/dev/outbox?campaignId=${campaignId}`);
    const { messages } = (await outbox.json()) as { messages: { to: string; body: string }[] };
    const others = messages.filter((m) => m.to !== '+13125550101').slice(0, 4);
    for (const [i, m] of others.entries()) {
      const token = m.body.match(/\/s\/([\w-]+)/)![1];
      const answers = validAnswers(getTemplate('worker-voice')!, seededRandom(11 + i));
      const res = await h.ctx.app.request(`/s/${token}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      });
      expect(res.status).toBe(200);
    }
    // Five answers wait; the review has not moved. Staff release them from the campaign's page.
    await page.reload();
    await page.locator('.template-counts').waitFor();
    expect(await page.locator('.template-counts').textContent()).toContain('too few responses to report');
    await page.goto(`${h.base}/admin/campaigns/${campaignId}`);
    const released = page.locator('section[aria-labelledby="released-h"]');
    await released.waitFor();
    expect(await released.textContent()).toContain('5 waiting for release');
    await axe(page, 'campaign, answers waiting');
    await released.locator('button', { hasText: 'Release what can go now' }).click();
    await expect.poll(() => released.textContent()).toContain('5 in the reviews');
    await released.screenshot({ path: 'test-results/screenshots/admin-12-answers-released.png' });
    expect([waiting(), responses()]).toEqual([0, 5]);
    await page.goBack();
    await page.locator('.template-counts').waitFor();
    expect(await page.locator('.template-counts').textContent()).toContain('5 responses');
    await page.locator('svg.chart').first().waitFor();
    await axe(page, 'review');
    await shot(page, 'admin-9-review', true);
    await page
      .locator('h3', { hasText: 'Job-quality profile' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'admin-9-review-profile');

    await page.fill('#a-heard', 'Shift changes come with little notice.');
    await page.fill('#a-action', 'Ask employers to post schedules two weeks ahead.');
    await page.fill('#a-owner', 'Board staff');
    await page.click('button:has-text("Add action item")');
    const status = page.locator('select[id^="st-"]');
    await status.waitFor();
    await status.selectOption('in_progress');
    await expect.poll(() => status.inputValue()).toBe('in_progress');

    await page.fill('#g-label', 'Most workers would recommend their job');
    await page.fill('#g-target', '150');
    await page.click('button:has-text("Add goal")');
    await page.locator('#g-target-error').waitFor();
    await page.fill('#g-target', '50');
    await page.click('button:has-text("Add goal")');
    await page.locator('#goals-h ~ ul li', { hasText: 'Most workers would recommend' }).waitFor();

    await page.click('nav a:has-text("Overview")');
    await page.locator('#latest-h').waitFor();
    expect(await page.locator('main').textContent()).toContain('Ask employers to post schedules');
    expect(await page.locator('#goals-o-h + p').textContent()).toMatch(
      /^\d met, \d not met, \d without enough responses\.$/,
    );
    await axe(page, 'overview');
    await shot(page, 'admin-10-overview', true);
  });

  it('renders the printable review and keeps everything on this origin', async () => {
    const print = await context.newPage();
    await print.goto(`${h.base}/reviews/${partnershipId}/${period}`);
    expect(await print.locator('h1').first().textContent()).toContain(period);
    expect(await print.locator('body').textContent()).toContain('River Valley Advanced Manufacturing');
    expect(await print.locator('svg').count()).toBeGreaterThan(0);
    await print.emulateMedia({ media: 'print' });
    await shot(print, 'admin-11-print', true);
    await print.close();

    await page.click('nav a:has-text("Users")');
    await heading('Users').waitFor();
    await axe(page, 'users');
    guard.check();
  });
});
