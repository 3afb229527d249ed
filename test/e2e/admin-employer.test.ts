/**
 * Employer viewers in Chromium, on the demo partnership: an admin invites one limited to a single
 * employer from the Users screen, changes another account's memberships, removes and adds a member
 * on the Partnership screen; the employer then signs in and sees only the overview and the reviews,
 * their organization beside the whole sector, no other employer's name and no comment. axe-core runs
 * on every screen visited.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/demo/demo.ts';
import { employers, partnerOrgs } from '../../server/demo/profiles.ts';
import { adminClient, type TestClient } from '../helpers/app.ts';
import { axe, shot, startHarness, watch, type Harness, signInAs } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let admin: TestClient;
let pid = '';
let orgIds: Record<string, string> = {};
/** A quarter in which the employer's own group is large enough to be shown. */
let reported = '';
const password = 'correct horse battery';
const own = employers[0]!.name;
const others = [...employers.slice(1), ...partnerOrgs].map((o) => o.name);

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  pid = (await loadDemo(h.ctx.deps)).partnership.id;
  const orgs = await admin.get(`/api/partnerships/${pid}/organizations`);
  orgIds = Object.fromEntries(
    orgs.json.organizations.map((o: { id: string; name: string }) => [o.name, o.id]),
  );
  for (const r of (await admin.get(`/api/partnerships/${pid}/reviews`)).json.reviews) {
    const { review } = (await admin.get(`/api/partnerships/${pid}/reviews/${r.period}`)).json;
    const groups = review.templates[0]?.breakdowns.find(
      (b: { key: string }) => b.key === 'organization',
    )?.groups;
    if (
      r.kind === 'quarter' &&
      groups?.some((g: { key: string; suppressed: boolean }) => g.key === orgIds[own] && !g.suppressed)
    ) {
      reported = r.period;
      break;
    }
  }
  if (!reported) throw new Error('no demo quarter reports the first employer');
  const vic = await admin.post('/api/users', {
    email: 'vic@example.org',
    name: 'Vic Viewer',
    password,
    role: 'viewer',
    partnershipIds: [pid],
  });
  if (vic.status !== 201) throw new Error(vic.text);
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const signIn = (email: string) => signInAs(page, email, password);
/** The focused element's id and text (none for the body, whose text is the whole page). */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el && el !== document.body ? { id: el.id, text: el.textContent } : { id: '', text: '' };
  });
const userRow = (email: string) => page.locator('tr', { has: page.locator('td', { hasText: email }) });

describe('employer viewers', () => {
  it('lets an admin invite a viewer limited to one employer from the Users screen', async () => {
    const guard = watch(page, h.base);
    await page.goto(`${h.base}/admin/users`);
    await signIn('admin@example.org');
    await userRow('vic@example.org').waitFor();
    await page.fill('#u-name', 'Erin Employer');
    await page.fill('#u-email', 'erin@example.org');
    await page.check('input[name=u-how][value=password]');
    await page.fill('#u-password', password);
    await page.selectOption('#u-role', 'viewer');
    // The partnership in use is ticked already; a viewer is offered its organizations.
    expect(await page.isChecked('fieldset:has(legend:text("Partnerships")) input[type=checkbox]')).toBe(true);
    const limit = page.locator(`#u-memberships-org-${pid}`);
    await expect.poll(() => limit.isEnabled()).toBe(true);
    await limit.selectOption(orgIds[own]!);
    await axe(page, 'users, inviting an employer viewer');
    await page.click('button:has-text("Add account")');
    await userRow('erin@example.org')
      .locator('text=only ' + own)
      .waitFor();
    await page.locator('[role=status]', { hasText: 'Added Erin Employer.' }).waitFor();

    const erin = (await admin.get('/api/users')).json.users.find(
      (u: { email: string }) => u.email === 'erin@example.org',
    );
    expect(erin.memberships).toEqual([{ partnershipId: pid, organizationId: orgIds[own] }]);

    // Only a viewer can be limited: the server refuses to make Erin an analyst, and says why.
    await page.selectOption('select[aria-label="Role of Erin Employer"]', 'analyst');
    await page.locator('[role=alert]', { hasText: 'Only a viewer can be limited' }).waitFor();
    expect(await page.inputValue('select[aria-label="Role of Erin Employer"]')).toBe('viewer');
    guard.check();
  });

  it('changes the memberships of an existing account, with focus kept in order', async () => {
    await page.click('button[aria-label="Change memberships of Vic Viewer"]');
    await expect.poll(async () => (await focused()).id).toBe('edit-m-h');
    await page.selectOption(`#e-memberships-org-${pid}`, orgIds[employers[1]!.name]!);
    await axe(page, 'users, editing memberships');
    await shot(page, 'admin-employer-1-users', true);
    await page.click('button:has-text("Save memberships")');
    await userRow('vic@example.org').locator(`text=only ${employers[1]!.name}`).waitFor();
    await page.locator('[role=status]', { hasText: 'Saved the memberships of Vic Viewer.' }).waitFor();
    await expect.poll(async () => (await focused()).id).toMatch(/^mem-/);

    // Escape leaves the editor without saving, focus back on its button.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).id).toBe('edit-m-h');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused()).id).toMatch(/^mem-/);
    expect(await page.locator('#edit-m-h').count()).toBe(0);
  });

  it('lists, removes and adds members on the Partnership screen', async () => {
    await page.click('nav a:has-text("Partnership")');
    const members = page.locator('section:has(#members-h)');
    const row = (name: string) => members.locator('tbody tr', { hasText: name });
    await row('Erin Employer').waitFor();
    expect(await row('Erin Employer').textContent()).toContain(`Only ${own}, beside the whole sector`);
    expect(await row('Vic Viewer').textContent()).toContain(`Only ${employers[1]!.name}`);

    // The confirm step is reached, answered and left from the keyboard.
    await row('Vic Viewer').locator('button:has-text("Remove")').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).text).toContain('Yes, remove');
    await axe(page, 'partnership, confirming a removal');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused()).text).toBe('Remove Vic Viewer from this partnership');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).text).toContain('Yes, remove');
    await page.keyboard.press('Enter');
    await row('Vic Viewer').waitFor({ state: 'detached' });
    await members
      .locator('[role=status]', { hasText: 'Vic Viewer no longer works on this partnership.' })
      .waitFor();
    expect(await focused()).toMatchObject({ id: 'members-h' });

    // Back in, seeing the whole partnership this time.
    await page.selectOption('#member', { label: 'Vic Viewer (viewer, vic@example.org)' });
    await page.locator('#member-org').waitFor();
    await expect.poll(() => page.locator('#member-org option').count()).toBeGreaterThan(2);
    await page.click('button:has-text("Add to this partnership")');
    await row('Vic Viewer').locator('text=The whole partnership').waitFor();
    await axe(page, 'partnership members');
    await members.screenshot({ path: 'test-results/screenshots/admin-employer-2-members.png' });
  });

  it('shows an admin the full review with comments, for comparison', async () => {
    await page.goto(`${h.base}/admin/reviews/${reported}`);
    await page.locator('.template-counts').first().waitFor();
    expect(await page.locator('blockquote').count()).toBeGreaterThan(0);
    const text = (await page.locator('main').textContent())!;
    expect(others.some((name) => text.includes(name))).toBe(true);
  });

  it('shows the employer only the overview and the reviews, their organization beside the sector', async () => {
    const guard = watch(page, h.base);
    await page.click('button:has-text("Log out")');
    await signIn('erin@example.org');
    expect(await page.locator('nav a').allTextContents()).toEqual(['Overview', 'Reviews']);
    // The latest quarter, released by staff before the demo's meeting: the sector beside their own.
    await page.click('nav a:has-text("Overview")');
    await page.locator('#latest-h').waitFor();
    const overview = (await page.locator('main').textContent())!;
    expect(overview).toContain(`Your organization: ${own}`);
    expect(overview).toContain('Whole sector');
    expect(await page.locator('main table th', { hasText: `Your organization: ${own}` }).count()).toBe(1);
    expect(guard.urls.filter((u) => u.includes('/campaigns'))).toEqual([]);
    await axe(page, 'employer overview');
    await shot(page, 'admin-employer-3-overview');

    await page.click('nav a:has-text("Reviews")');
    await page.locator('td a').first().waitFor();
    await axe(page, 'employer reviews list');
    await page.click(`a[href="/admin/reviews/${reported}"]`);
    await page.locator('.template-counts').first().waitFor();
    const main = page.locator('main');
    await main
      .locator('th', { hasText: `Your organization: ${own}` })
      .first()
      .waitFor();
    // Their own group is reported here: a number, not "too small", beside the sector's.
    const responses = main.locator('table.side-by-side').first().locator('tr', { hasText: 'Responses' });
    expect(await responses.locator('td.own').textContent()).toMatch(/^\d+$/);
    expect(await main.locator('th', { hasText: 'Whole sector' }).count()).toBeGreaterThan(0);
    const text = (await main.textContent())!;
    expect(text).toContain('Comments and action items are not shown to employer accounts');
    for (const name of others) expect(text).not.toContain(name);
    expect(await main.locator('blockquote').count()).toBe(0);
    expect(await main.locator('h3', { hasText: 'Comments' }).count()).toBe(0);
    expect(await main.locator('#actions-h, h2:has-text("Action items")').count()).toBe(0);
    await axe(page, 'employer review');
    await shot(page, 'admin-employer-review');
    guard.check();
  });

  it('says plainly that other screens are not available to the employer', async () => {
    await page.goto(`${h.base}/admin/contacts`);
    await page.locator('h1', { hasText: 'Not available' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(`for ${own}`);
    await axe(page, 'not available to an employer');
    await page.click('main a:has-text("Go to the reviews")');
    await page.locator('h1', { hasText: 'Reviews' }).waitFor();
  });
});
