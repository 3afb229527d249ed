/**
 * Every dashboard screen an admin uses, with the demo partnership loaded, and the first-run and
 * sign-in screens before it: axe-core on each at 1280x800 and 360x640, failing on any WCAG 2.1 A or
 * AA violation of any impact, and a walk with Tab through each (a11y-walk.ts). The demo's size
 * matters: a table wider than a phone scrolls, and what scrolls must be reachable by keyboard.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, testAdmin } from '../helpers/app.ts';
import { A11yWalk, heading, loadDemoWithStaff, password, type DemoFixture } from './a11y-walk.ts';

let walk: A11yWalk;
let page: Page;
let admin: TestClient;
let pid = '';
let openCampaign = '';
let closedCampaign = '';
let reviewPeriod = '';

beforeAll(async () => {
  walk = await A11yWalk.start();
  page = walk.page;
});

afterAll(async () => {
  await walk?.close();
});

describe('accessibility of the dashboard with the demo loaded', () => {
  it('first run and sign-in screens', async () => {
    await page.goto(`${walk.h.base}/admin`);
    await walk.settle('h1:has-text("Welcome to Sector Voice")');
    await walk.check('first run');
    await page.click('button[type=submit]');
    await page.locator('[aria-invalid=true]').first().waitFor();
    await walk.check('first run with errors');
    await page.fill('#name', testAdmin.name);
    await page.fill('#email', testAdmin.email);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.locator('button:has-text("Log out")').waitFor();
    await walk.check('overview before any partnership');

    await page.click('button:has-text("Log out")');
    await walk.settle('h1:has-text("Sign in")');
    await walk.check('sign in');
    await page.fill('#email', testAdmin.email);
    await page.fill('#password', 'not the password');
    await page.click('button[type=submit]');
    await page.locator('.form-error').waitFor();
    await walk.check('sign in with an error');
    walk.report();
  }, 120_000);

  it('loads the demo and signs in again', async () => {
    admin = new TestClient(walk.h.ctx);
    expect((await admin.post('/api/auth/login', { email: testAdmin.email, password })).status).toBe(200);
    const f: DemoFixture = await loadDemoWithStaff(walk.h, admin);
    ({ pid, openCampaign, closedCampaign, reviewPeriod } = f);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.locator('button:has-text("Log out")').waitFor();
  }, 120_000);

  it('admin: overview, partnership, users and tokens', async () => {
    await walk.visit('/admin', '#latest-h');
    await walk.check('overview');
    await walk.visit('/admin/partnership', '#members-h');
    await walk.check('partnership with members');
    await walk.visit('/admin/users', heading('Users'));
    await walk.check('users');
    await page.click('button[aria-label^="Change memberships of"]');
    await page.locator('#edit-m-h').waitFor();
    await walk.check('users, editing memberships');
    await page.click('button:has-text("Make token")');
    await page.locator('#t-name-error').waitFor();
    await walk.check('users, a token without a name');
    await page.fill('#t-name', 'nightly export');
    await page.click('button:has-text("Make token")');
    await page.locator('#token-issued-h').waitFor();
    await walk.check('users with a new API token');
    await walk.visit('/admin/partnerships/new', heading('New partnership'));
    await walk.check('new partnership');
    const invite = await admin.post('/api/users', {
      email: 'nia@example.org',
      name: 'Nia New',
      role: 'analyst',
      invite: true,
      memberships: [{ partnershipId: pid }],
    });
    expect(invite.status, invite.text).toBe(201);
    await walk.visit(new URL(invite.json.invite.url).pathname, 'h1:has-text("Welcome to Sector Voice")');
    await walk.check('welcome for an invitation');
    await walk.visit('/admin/welcome/not-a-real-token-000000000000', 'h1:has-text("does not work")');
    await walk.check('welcome, link not valid');
    await walk.visit('/admin/no-such-screen', heading('Not found'));
    await walk.check('not found');
    walk.report();
  }, 240_000);

  it('admin: contacts and the import', async () => {
    await walk.visit('/admin/contacts', heading('Contacts'));
    await walk.check('contacts');
    await walk.visit('/admin/contacts/import', heading('Import contacts'));
    await walk.check('contact import');
    const csv = ['Name,Email,Language,Organization', 'Ana Torres,ana@example.org,es,Acme', 'X,bad,en,Acme'];
    await page.setInputFiles('#csv', {
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv.join('\n')),
    });
    await page.click('button:has-text("Check the file")');
    await page.locator('.import-summary').waitFor();
    await walk.check('contact import preview');
    walk.report();
  }, 240_000);

  it('admin: campaigns, a campaign with failures, its open link and printed links', async () => {
    await walk.visit('/admin/campaigns', 'main tbody tr');
    await walk.check('campaigns');
    await walk.visit(`/admin/campaigns/${openCampaign}`, 'table.failures tbody tr');
    await walk.check('campaign with failures');
    await page.click('button:has-text("Turn the open link on")');
    await page.locator('.qr svg').waitFor();
    await walk.check('campaign with its open link');
    const people = page.locator('table.printable tbody label');
    for (let i = 0; i < 3; i++) await people.nth(i).click();
    await page.click('#issue-links');
    await page.locator('table.links tbody tr').first().waitFor();
    await walk.check('campaign with printed cards issued');
    await page.evaluate(() => document.body.classList.add('print-poster'));
    await page.emulateMedia({ media: 'print' });
    await walk.axe('poster');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.body.classList.remove('print-poster'));
    await walk.visit(`/admin/campaigns/${closedCampaign}`, '.campaign-status');
    await walk.check('closed campaign');
    await walk.visit('/admin/campaigns/new', heading('New campaign'));
    await page.locator('.preview .prog').waitFor();
    await walk.check('new campaign');
    walk.report();
  }, 240_000);

  it('admin: outbox, reviews, a review with goals and actions', async () => {
    await walk.visit('/admin/outbox', heading('Development outbox'));
    await walk.check('outbox');
    await walk.visit('/admin/activity', 'table.activity');
    await walk.check('activity');
    await walk.visit('/admin/reviews', 'main td a');
    await walk.check('reviews');
    await walk.visit(`/admin/reviews/${reviewPeriod}`, '.template-counts');
    await walk.check('review');
    await page.evaluate(() =>
      document.querySelectorAll<HTMLDetailsElement>('main details').forEach((d) => (d.open = true)),
    );
    await walk.check('review with every disclosure open');
    await page.locator('[id^="goal-edit-"]').first().click();
    await page.locator('button:has-text("Save goal")').waitFor();
    await walk.check('review with a goal being edited');
    await page.fill('#g-target', '150');
    await page.click('button:has-text("Add goal")');
    await page.locator('#g-target-error').waitFor();
    await walk.check('review, a new goal refused');
    await page.goto(`${walk.h.base}/reviews/${pid}/${reviewPeriod}`);
    await page.locator('h1').first().waitFor();
    await walk.check('printed review');
    walk.report();
  }, 240_000);
});
