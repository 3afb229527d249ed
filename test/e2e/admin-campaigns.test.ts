/**
 * The campaign screen's follow-up work in Chromium: each invitation that could not be delivered, with
 * a link to the person in the contact list; the audience counted by the server before launch; the
 * open link shown again, replaced (after asking) and printed as a poster; and goals changed from the
 * keyboard in the review. A viewer reads the same screens and is offered nothing to change. axe-core
 * checks each screen; screenshots go to test-results/screenshots/admin-campaigns-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, currentPeriod, today } from '../../client/admin/campaigns/dates.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { sha256Hex } from '../../server/ids.ts';
import { adminClient, type TestClient } from '../helpers/app.ts';
import { recordingSenders } from '../distribution/helpers.ts';
import { axe, shot, startHarness, watch, type Harness, signInAs } from './admin-harness.ts';

let h: Harness;
let admin: TestClient;
let context: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;
let partnershipId = '';
let campaignId = '';
const password = 'correct horse battery';
const opens = today('America/Chicago');
const period = currentPeriod('program', opens);
// More than one page of the failure list (50), so "Show more" is needed.
const badEmails = 52;

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
    { firstName: 'Dana', lastName: 'Ortiz', phone: '+13125550190', smsConsent: true, kind: 'worker' },
    { firstName: 'Eli', lastName: 'Good', email: 'eli@example.org', kind: 'worker' },
    { firstName: 'Fay', lastName: 'Paper', phone: '+13125550191', kind: 'worker' },
    ...Array.from({ length: badEmails }, (_, i) => ({
      firstName: `Bad${String(i).padStart(2, '0')}`,
      lastName: 'Mailbox',
      email: `bad${i}@example.org`,
      kind: 'worker',
    })),
  ];
  expect((await admin.post(`/api/partnerships/${partnershipId}/contacts`, people)).status).toBe(201);
  const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice, follow-up',
    templateId: 'worker-voice',
    period,
    opensOn: opens,
    closesOn: addDays(opens, 30),
  });
  campaignId = camp.json.campaign.id;
  expect((await admin.post(`/api/campaigns/${campaignId}/launch`)).json.invited).toBe(badEmails + 3);
  const rec = recordingSenders(h.ctx);
  rec.script.set('+13125550190', [
    { ok: false, permanent: true, code: '21211', message: "The 'To' number is not valid." },
  ]);
  for (let i = 0; i < badEmails; i++)
    rec.script.set(`bad${i}@example.org`, [
      { ok: false, permanent: true, code: 'SMTP_550', message: 'No such user' },
    ]);
  expect(await dispatchDue(h.ctx.deps)).toMatchObject({ sent: 1, failed: badEmails + 1 });
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
  await signIn(page, 'admin@example.org');
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const signIn = (p: Page, email: string) => signInAs(p, email, password);
const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
/** Whether a poster link opens the survey (a redirect to a ticket) or is refused. */
const opensSurvey = async (url: string) => (await fetch(url, { redirect: 'manual' })).status === 303;

describe('the campaign screen in Chromium', () => {
  it('lists each invitation that failed, a page at a time, with a link to the person', async () => {
    await page.goto(`${h.base}/admin/campaigns/${campaignId}`);
    const rows = page.locator('table.failures tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(50);
    expect(await rows.first().textContent()).toContain('Bad00 Mailbox');
    expect(await page.locator('#failures-h ~ [role=status]').textContent()).toBe('The first 50 people.');
    await axe(page, 'campaign with failed invitations');
    await page.locator('#failures-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'admin-campaigns-1-failures');

    await page.click('button:has-text("Show 50 more")');
    await expect.poll(() => rows.count()).toBe(badEmails + 1);
    expect(await page.locator('#failures-h ~ [role=status]').textContent()).toBe(`${badEmails + 1} in all.`);
    const dana = rows.filter({ hasText: 'Dana Ortiz' });
    expect(await dana.textContent()).toContain("Failed: The 'To' number is not valid. (code 21211)");
    expect(await dana.textContent()).toContain('+13125550190');
    // Nothing in the list says who answered or when.
    expect(await page.locator('table.failures').textContent()).not.toMatch(/answer|complet|\d{4}-\d\d-\d\d/i);

    // "Fix" opens the person's edit form with the number that failed, ready to correct.
    await dana.locator('a').click();
    await page.locator('h1', { hasText: 'Dana Ortiz' }).waitFor();
    expect(await page.inputValue('#phone')).toBe('+13125550190');
    guard.check();
  });

  it('counts the audience on the server before launch, as the launch will', async () => {
    await page.goto(`${h.base}/admin/campaigns/new`);
    const size = page.locator('.audience-size');
    const expected = async (channels: string) => {
      const c = (
        await admin.get(`/api/partnerships/${partnershipId}/audience?kinds=worker&channels=${channels}`)
      ).json;
      return `${c.total} contacts match: ${c.sms} by text, ${c.email} by email, ${c.none} by printed link only.`;
    };
    await expect.poll(() => size.textContent()).toBe(await expected('sms,email'));
    expect(await size.textContent()).toBe(
      `${badEmails + 3} contacts match: 1 by text, ${badEmails + 1} by email, 1 by printed link only.`,
    );
    await page.locator('input[name=channels][value=sms]').uncheck();
    await expect.poll(() => size.textContent()).toBe(await expected('email'));
    // Counted by the server: the browser no longer pages through every contact.
    expect(guard.urls.some((u) => u.includes(`/api/partnerships/${partnershipId}/audience?`))).toBe(true);
    expect(guard.urls.some((u) => /\/contacts\?limit=1000/.test(u))).toBe(false);
    await axe(page, 'new campaign with server count');
  });

  it('shows the open link again after a reload, replaces it only when asked, and prints a poster', async () => {
    await page.goto(`${h.base}/admin/campaigns/${campaignId}`);
    await page.click('button:has-text("Turn the open link on")');
    const link = page.locator('.qr a');
    await page.locator('.qr svg').waitFor();
    const first = (await link.textContent())!;
    expect(first).toMatch(new RegExp(`^${h.base}/o/[\\w-]{24}$`));

    await page.reload();
    await page.locator('.qr svg').waitFor();
    expect(await link.textContent()).toBe(first);
    expect(await opensSurvey(first)).toBe(true);

    await page.click('#open-new');
    await expect.poll(focusedId).toBe('open-confirm-yes');
    await axe(page, 'campaign asking before a new open link');
    await page.click('button:has-text("Keep the current link")');
    await expect.poll(focusedId).toBe('open-new');
    expect(await link.textContent()).toBe(first);

    await page.click('#open-new');
    await expect.poll(focusedId).toBe('open-confirm-yes');
    await page.keyboard.press('Enter');
    await expect.poll(() => link.textContent()).not.toBe(first);
    const second = (await link.textContent())!;
    expect(await opensSurvey(first)).toBe(false);
    expect(await opensSurvey(second)).toBe(true);
    await axe(page, 'campaign with its open link');
    await page.locator('#open-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'admin-campaigns-2-open-link');

    // The poster, as "Print a poster" prints it: the page hides, the poster alone shows.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => {
      document.body.classList.add('print-poster');
      scrollTo(0, 0);
    });
    expect(await page.locator('.poster').isVisible()).toBe(true);
    expect(await page.locator('.poster .url').textContent()).toBe(second);
    await shot(page, 'admin-campaigns-3-poster');
    await page.evaluate(() => document.body.classList.remove('print-poster'));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.poster').isVisible()).toBe(false);
    guard.check();
  });

  it('says when an open link made before links could be shown again cannot be shown', async () => {
    const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
      name: 'Older poster',
      templateId: 'worker-voice',
      period,
      opensOn: opens,
      closesOn: addDays(opens, 30),
    });
    const id = camp.json.campaign.id as string;
    h.ctx.raw
      .prepare('UPDATE campaigns SET open_link_hash = ? WHERE id = ?')
      .run(await sha256Hex('an-old-random-token-0123456789'), id);
    await page.goto(`${h.base}/admin/campaigns/${id}`);
    await page.locator('.open-link-hidden').waitFor();
    expect(await page.locator('.qr').count()).toBe(0);
    expect(await page.locator('#open-new').textContent()).toBe('Make a new open link');
    await axe(page, 'campaign with an open link that cannot be shown');
  });
});

describe('goals in the review, in Chromium', () => {
  it('edits a goal from the keyboard, with the schema and the server speaking at the field', async () => {
    const measure = Object.keys(
      (await admin.get(`/api/partnerships/${partnershipId}/goals`)).json.measures['worker-voice'],
    )[0];
    const goal = await admin.post(`/api/partnerships/${partnershipId}/goals`, {
      label: 'Workers recommend their job',
      templateId: 'worker-voice',
      measure,
      target: 50,
    });
    const goalId = goal.json.goal.id as string;
    await page.goto(`${h.base}/admin/reviews/${period}`);
    const edit = page.locator(`#goal-edit-${goalId}`);
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedId).toBe('ge-label');
    expect(await page.inputValue('#ge-label')).toBe('Workers recommend their job');
    expect(await page.inputValue('#ge-target')).toBe('50');
    await page.keyboard.press('Escape');
    await expect.poll(focusedId).toBe(`goal-edit-${goalId}`);

    await page.keyboard.press('Enter');
    await page.fill('#ge-label', 'Most workers recommend their job');
    await page.selectOption('#ge-comparison', 'at_most');
    await page.fill('#ge-target', '150');
    await page.fill('#ge-periods', `${period}, 2026-Q5`);
    await page.press('#ge-target', 'Enter');
    await page.locator('#ge-target-error').waitFor();
    expect(await page.locator('#ge-periods-error').textContent()).toBe(
      'Use a period such as 2026-Q3, 2026, PY2026 or PY2026-Q1.',
    );
    expect(await page.getAttribute('#ge-target', 'aria-invalid')).toBe('true');
    await axe(page, 'review with a goal being edited');
    await page.locator('#goals-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'admin-campaigns-4-goal-edit');
    await page.fill('#ge-target', '70');
    await page.fill('#ge-periods', period);
    await page.click('button:has-text("Save goal")');
    const item = page.locator('#goals-h ~ ul li', { hasText: 'Most workers recommend their job' });
    await item.waitFor();
    expect(await item.textContent()).toContain(`at most 70`);
    expect(await item.textContent()).toContain(`for ${period}`);
    await expect.poll(focusedId).toBe(`goal-edit-${goalId}`);
    expect((await admin.get(`/api/partnerships/${partnershipId}/goals`)).json.goals[0]).toMatchObject({
      label: 'Most workers recommend their job',
      comparison: 'at_most',
      target: 70,
      periods: [period],
    });

    // Gone meanwhile (another tab): the server's own words, in the form.
    await edit.click();
    await admin.del(`/api/partnerships/${partnershipId}/goals/${goalId}`);
    await page.click('button:has-text("Save goal")');
    await expect.poll(() => page.locator('.goal-edit [role=alert]').textContent()).toBe('No such goal.');
    guard.check();
  });
});

describe('a viewer', () => {
  it('reads failures, the open link and goals, and is offered nothing to change', async () => {
    await admin.post(`/api/partnerships/${partnershipId}/goals`, {
      label: 'Viewers read this goal',
      templateId: 'worker-voice',
      measure: 'response_rate',
      target: 40,
    });
    const viewer = await h.browser.newContext({ viewport: { width: 1024, height: 768 } });
    viewer.setDefaultTimeout(10_000);
    const v = await viewer.newPage();
    await v.goto(`${h.base}/admin/campaigns/${campaignId}`);
    await signIn(v, 'vera@example.org');
    await v.locator('table.failures tbody tr').first().waitFor();
    await v.locator('.qr a').waitFor();
    expect(await v.locator('#open-h ~ * button, #open-h ~ .actions button').allTextContents()).toEqual([
      'Print a poster',
    ]);
    await axe(v, 'campaign as a viewer');
    await v.goto(`${h.base}/admin/reviews/${period}`);
    await v.locator('#goals-h ~ ul li', { hasText: 'Viewers read this goal' }).waitFor();
    expect(await v.locator('button:has-text("Edit")').count()).toBe(0);
    expect(await v.locator('#g-label').count()).toBe(0);
    await axe(v, 'review as a viewer');
    await viewer.close();
  });
});
