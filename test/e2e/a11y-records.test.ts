/**
 * The screens for correcting records (a contact, a selection, a campaign's actions and edit form,
 * the quarterly schedule, an organization) with the demo loaded, and every screen a viewer and an
 * employer's account see: axe-core at 1280x800 and 360x640, any WCAG 2.1 A or AA violation of any
 * impact, and a walk with Tab through each (a11y-walk.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { adminClient, testAdmin, type TestClient } from '../helpers/app.ts';
import { signInAs } from './admin-harness.ts';
import { A11yWalk, heading, loadDemoWithStaff, password } from './a11y-walk.ts';

let walk: A11yWalk;
let page: Page;
let admin: TestClient;
let pid = '';
let openCampaign = '';
let reviewPeriod = '';
let contactId = '';

beforeAll(async () => {
  walk = await A11yWalk.start();
  page = walk.page;
  admin = await adminClient(walk.h.ctx);
  ({ pid, openCampaign, reviewPeriod } = await loadDemoWithStaff(walk.h, admin));
  await page.goto(`${walk.h.base}/admin`);
  await signInAs(page, testAdmin.email, password);
}, 120_000);

afterAll(async () => {
  await walk?.close();
});

describe('accessibility of correcting records, and of what a viewer and an employer see', () => {
  it('admin: the screens for correcting records (contact, selection, campaign, schedule, organization)', async () => {
    const { contacts } = (await admin.get(`/api/partnerships/${pid}/contacts`)).json as {
      contacts: { id: string }[];
    };
    contactId = contacts[0]!.id;
    await walk.visit(`/admin/contacts/${contactId}`, '#phone');
    await walk.check('contact form');
    await page.fill('#phone', '555');
    await page.locator('#phone').press('Enter');
    await page.locator('#phone-error').waitFor();
    await walk.check('contact form with an error');
    await page.click('button:has-text("Erase")');
    await page.locator('.confirm').waitFor();
    await walk.check('asking before erasing a contact');

    await walk.visit('/admin/contacts', 'main tbody tr');
    await page.check('input[aria-label="Choose every contact on this page"]');
    await page.locator('#bulk-title').waitFor();
    await walk.check('contacts with a selection');
    await page.click('button:has-text("Delete")');
    await page.locator('#bulk-q').waitFor();
    await walk.check('asking before deleting a selection');

    await walk.visit(`/admin/campaigns/${openCampaign}`, 'button:has-text("Close now")');
    await page.click('button:has-text("Close now")');
    await page.locator('button:has-text("Yes, close it now")').waitFor();
    await walk.check('asking before closing a campaign now');
    await page.keyboard.press('Escape');
    await page.click('button:has-text("Duplicate for the next period")');
    await page.locator('[role=status]:has-text("Duplicated for")').waitFor();
    await walk.check('a campaign duplicated for the next period');
    await page.click('main a:has-text("Edit")');
    await page.locator('#c-closes').waitFor();
    await walk.check('editing a draft campaign');
    await page.fill('#c-closes', '2000-01-01');
    await page.click('button:has-text("Save changes")');
    await page.locator('#c-closes[aria-invalid=true]').waitFor();
    await walk.check('editing a draft campaign, with an error');
    await page.goBack();
    await page.click('button:has-text("Delete")');
    await page.locator('button:has-text("Yes, delete it")').waitFor();
    await walk.check('asking before deleting a draft campaign');

    await walk.visit('/admin/campaigns/schedule', heading('Repeat every quarter'));
    await walk.check('quarterly schedule');
    await walk.visit('/admin/partnership', '#orgs-h');
    await page.locator('.org-list button:has-text("Edit")').first().click();
    await page.locator('.org-list input').first().waitFor();
    await walk.check('editing an organization');
    await page.keyboard.press('Escape');
    await page.locator('.org-list button:has-text("Remove")').first().click();
    await page.locator('.org-list strong:has-text("Remove")').waitFor();
    await walk.check('asking before removing an organization');
    walk.report();
  }, 240_000);

  it('a viewer and an employer account see their screens', async () => {
    await page.goto(`${walk.h.base}/admin`);
    await page.click('button:has-text("Log out")');
    await signInAs(page, 'vic@example.org', password);
    for (const [path, ready, label] of [
      ['/admin', '#latest-h', 'viewer overview'],
      ['/admin/campaigns', 'main tbody tr', 'viewer campaigns'],
      [`/admin/campaigns/${openCampaign}`, 'table.failures tbody tr', 'viewer campaign'],
      ['/admin/contacts', heading('Contacts'), 'viewer contacts'],
      [`/admin/contacts/${contactId}`, 'main h1', 'viewer contact'],
      ['/admin/campaigns/schedule', heading('Repeat every quarter'), 'viewer schedule'],
      ['/admin/partnership', 'main h1', 'viewer partnership'],
      [`/admin/reviews/${reviewPeriod}`, '.template-counts', 'viewer review'],
    ] as const) {
      await walk.visit(path, ready);
      await walk.check(label);
    }
    await page.click('button:has-text("Log out")');
    await signInAs(page, 'erin@example.org', password);
    for (const [path, ready, label] of [
      ['/admin', '#latest-h', 'employer overview'],
      ['/admin/reviews', 'main td a', 'employer reviews'],
      [`/admin/reviews/${reviewPeriod}`, '.template-counts', 'employer review'],
      ['/admin/contacts', heading('Not available'), 'not available to an employer'],
    ] as const) {
      await walk.visit(path, ready);
      await walk.check(label);
    }
    walk.report();
  }, 240_000);
});
