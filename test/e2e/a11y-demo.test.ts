/**
 * Every dashboard screen with the demo partnership loaded, as an admin, a viewer and an employer's
 * account see it, and the respondent's pages: axe-core on each at a desktop's 1280x800 and a phone's
 * 360x640, failing on any WCAG 2.1 A or AA violation of any impact; then Tab through each, failing
 * on a control the keyboard never reaches or a focus indicator that cannot be seen. The demo's size
 * matters: a table wider than a phone scrolls, and what scrolls must be reachable by keyboard.
 * One browser, one page reused, the demo loaded once.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, type DemoResult } from '../../server/demo/demo.ts';
import { employers } from '../../server/demo/profiles.ts';
import { closeCampaign } from '../../server/campaigns/campaigns.ts';
import { unansweredPersonalInvitations } from '../../server/campaigns/invitations.ts';
import { linkToken } from '../../server/campaigns/links.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { unsubscribeToken } from '../../server/distribution/links.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { TestClient, testAdmin } from '../helpers/app.ts';
import { answerSection, axe, startHarness, type Harness, signInAs } from './admin-harness.ts';
import { keyboardWalk } from './keyboard.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let admin: TestClient;
let demo: DemoResult;
let pid = '';
let openCampaign = '';
let closedCampaign = '';
let reviewPeriod = '';
let contactId = '';
const password = testAdmin.password;
const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 640 };
/** Every finding of one test, so a run lists them all instead of stopping at the first. */
let problems: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  context = await h.browser.newContext({ viewport: desktop });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await h?.close();
});

/** axe at both sizes and a walk with the keyboard, collected into `problems`. */
async function check(label: string) {
  for (const size of [desktop, phone]) {
    await page.setViewportSize(size);
    // Layout at the new size (requestAnimationFrame never fires with JavaScript off).
    await page.evaluate(() => document.body.getBoundingClientRect());
    const at = `${label} at ${size.width}x${size.height}`;
    if (process.env.A11Y_TRACE) console.log(new Date().toISOString(), at);
    try {
      await axe(page, at);
    } catch (err) {
      problems.push((err as Error).message);
    }
    // The keyboard meets the same controls at either size; once is enough for the suite's time.
    if (size === desktop)
      for (const f of await keyboardWalk(page)) problems.push(`keyboard on ${at}: ${f.what} ${f.problem}`);
  }
  await page.setViewportSize(desktop);
}

/** Opens an address and waits for `ready` and for every loading notice to go. */
async function visit(path: string, ready: string) {
  await page.goto(`${h.base}${path}`);
  await settle(ready);
}

async function settle(ready: string) {
  await page.locator(ready).first().waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
}

function report() {
  const found = problems;
  problems = [];
  expect(found, found.join('\n\n')).toEqual([]);
}

const heading = (text: string) => `main h1:has-text("${text}")`;

describe('accessibility of the dashboard with the demo loaded', () => {
  it('first run and sign-in screens', async () => {
    await page.goto(`${h.base}/admin`);
    await settle('h1:has-text("Welcome to Sector Voice")');
    await check('first run');
    await page.click('button[type=submit]');
    await page.locator('[aria-invalid=true]').first().waitFor();
    await check('first run with errors');
    await page.fill('#name', testAdmin.name);
    await page.fill('#email', testAdmin.email);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.locator('button:has-text("Log out")').waitFor();
    await check('overview before any partnership');

    await page.click('button:has-text("Log out")');
    await settle('h1:has-text("Sign in")');
    await check('sign in');
    await page.fill('#email', testAdmin.email);
    await page.fill('#password', 'not the password');
    await page.click('button[type=submit]');
    await page.locator('.form-error').waitFor();
    await check('sign in with an error');
    report();
  }, 120_000);

  it('loads the demo with a few invitations that could not be delivered', async () => {
    admin = new TestClient(h.ctx);
    expect((await admin.post('/api/auth/login', { email: testAdmin.email, password })).status).toBe(200);
    demo = await loadDemo(h.ctx.deps);
    pid = demo.partnership.id;
    openCampaign = demo.campaigns.find((c) => c.status === 'open' && c.templateId === 'worker-voice')!.id;
    closedCampaign = demo.campaigns.find((c) => c.status === 'closed')!.id;
    // One address in seven bounces, so each open campaign has failures to list and fix.
    const { mailer } = h.ctx.deps;
    let sent = 0;
    h.ctx.deps.mailer = {
      send: async (m) =>
        sent++ % 7 === 0
          ? { ok: false, permanent: true, code: 'SMTP_550', message: 'No such user' }
          : mailer.send(m),
    };
    await dispatchDue(h.ctx.deps);
    const reviews = (await admin.get(`/api/partnerships/${pid}/reviews`)).json.reviews as {
      period: string;
      kind: string;
    }[];
    reviewPeriod = reviews.find((r) => r.kind === 'quarter')!.period;
    for (const [email, memberships] of [
      ['vic@example.org', [{ partnershipId: pid }]],
      ['erin@example.org', [{ partnershipId: pid, organizationId: await orgId(employers[0]!.name) }]],
    ] as const) {
      const res = await admin.post('/api/users', {
        email,
        name: email,
        password,
        role: 'viewer',
        memberships,
      });
      expect(res.status, res.text).toBe(201);
    }
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.locator('button:has-text("Log out")').waitFor();
  }, 120_000);

  it('admin: overview, partnership, users and tokens', async () => {
    await visit('/admin', '#latest-h');
    await check('overview');
    await visit('/admin/partnership', '#members-h');
    await check('partnership with members');
    await visit('/admin/users', heading('Users'));
    await check('users');
    await page.click('button[aria-label^="Change memberships of"]');
    await page.locator('#edit-m-h').waitFor();
    await check('users, editing memberships');
    await page.click('button:has-text("Make token")');
    await page.locator('#t-name-error').waitFor();
    await check('users, a token without a name');
    await page.fill('#t-name', 'nightly export');
    await page.click('button:has-text("Make token")');
    await page.locator('#token-issued-h').waitFor();
    await check('users with a new API token');
    await visit('/admin/partnerships/new', heading('New partnership'));
    await check('new partnership');
    const invite = await admin.post('/api/users', {
      email: 'nia@example.org',
      name: 'Nia New',
      role: 'analyst',
      invite: true,
      memberships: [{ partnershipId: pid }],
    });
    expect(invite.status, invite.text).toBe(201);
    await visit(new URL(invite.json.invite.url).pathname, 'h1:has-text("Welcome to Sector Voice")');
    await check('welcome for an invitation');
    await visit('/admin/welcome/not-a-real-token-000000000000', 'h1:has-text("does not work")');
    await check('welcome, link not valid');
    await visit('/admin/no-such-screen', heading('Not found'));
    await check('not found');
    report();
  }, 240_000);

  it('admin: contacts and the import', async () => {
    await visit('/admin/contacts', heading('Contacts'));
    await check('contacts');
    await visit('/admin/contacts/import', heading('Import contacts'));
    await check('contact import');
    const csv = ['Name,Email,Language,Organization', 'Ana Torres,ana@example.org,es,Acme', 'X,bad,en,Acme'];
    await page.setInputFiles('#csv', {
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv.join('\n')),
    });
    await page.click('button:has-text("Check the file")');
    await page.locator('.import-summary').waitFor();
    await check('contact import preview');
    report();
  }, 240_000);

  it('admin: campaigns, a campaign with failures, its open link and printed links', async () => {
    await visit('/admin/campaigns', 'main tbody tr');
    await check('campaigns');
    await visit(`/admin/campaigns/${openCampaign}`, 'table.failures tbody tr');
    await check('campaign with failures');
    await page.click('button:has-text("Turn the open link on")');
    await page.locator('.qr svg').waitFor();
    await check('campaign with its open link');
    const people = page.locator('table.printable tbody label');
    for (let i = 0; i < 3; i++) await people.nth(i).click();
    await page.click('#issue-links');
    await page.locator('table.links tbody tr').first().waitFor();
    await check('campaign with printed cards issued');
    await page.evaluate(() => document.body.classList.add('print-poster'));
    await page.emulateMedia({ media: 'print' });
    try {
      await axe(page, 'poster');
    } catch (err) {
      problems.push((err as Error).message);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.body.classList.remove('print-poster'));
    await visit(`/admin/campaigns/${closedCampaign}`, '.campaign-status');
    await check('closed campaign');
    await visit('/admin/campaigns/new', heading('New campaign'));
    await page.locator('.preview .prog').waitFor();
    await check('new campaign');
    report();
  }, 240_000);

  it('admin: outbox, reviews, a review with goals and actions', async () => {
    await visit('/admin/outbox', heading('Development outbox'));
    await check('outbox');
    await visit('/admin/reviews', 'main td a');
    await check('reviews');
    await visit(`/admin/reviews/${reviewPeriod}`, '.template-counts');
    await check('review');
    await page.evaluate(() =>
      document.querySelectorAll<HTMLDetailsElement>('main details').forEach((d) => (d.open = true)),
    );
    await check('review with every disclosure open');
    await page.locator('[id^="goal-edit-"]').first().click();
    await page.locator('button:has-text("Save goal")').waitFor();
    await check('review with a goal being edited');
    await page.fill('#g-target', '150');
    await page.click('button:has-text("Add goal")');
    await page.locator('#g-target-error').waitFor();
    await check('review, a new goal refused');
    await page.goto(`${h.base}/reviews/${pid}/${reviewPeriod}`);
    await page.locator('h1').first().waitFor();
    await check('printed review');
    report();
  }, 240_000);

  it('admin: the screens for correcting records (contact, selection, campaign, schedule, organization)', async () => {
    const { contacts } = (await admin.get(`/api/partnerships/${pid}/contacts`)).json as {
      contacts: { id: string }[];
    };
    contactId = contacts[0]!.id;
    await visit(`/admin/contacts/${contactId}`, '#phone');
    await check('contact form');
    await page.fill('#phone', '555');
    await page.locator('#phone').press('Enter');
    await page.locator('#phone-error').waitFor();
    await check('contact form with an error');
    await page.click('button:has-text("Erase")');
    await page.locator('.confirm').waitFor();
    await check('asking before erasing a contact');

    await visit('/admin/contacts', 'main tbody tr');
    await page.check('input[aria-label="Choose every contact on this page"]');
    await page.locator('#bulk-title').waitFor();
    await check('contacts with a selection');
    await page.click('button:has-text("Delete")');
    await page.locator('#bulk-q').waitFor();
    await check('asking before deleting a selection');

    await visit(`/admin/campaigns/${openCampaign}`, 'button:has-text("Close now")');
    await page.click('button:has-text("Close now")');
    await page.locator('button:has-text("Yes, close it now")').waitFor();
    await check('asking before closing a campaign now');
    await page.keyboard.press('Escape');
    await page.click('button:has-text("Duplicate for the next period")');
    await page.locator('[role=status]:has-text("Duplicated for")').waitFor();
    await check('a campaign duplicated for the next period');
    await page.click('main a:has-text("Edit")');
    await page.locator('#c-closes').waitFor();
    await check('editing a draft campaign');
    await page.fill('#c-closes', '2000-01-01');
    await page.click('button:has-text("Save changes")');
    await page.locator('#c-closes[aria-invalid=true]').waitFor();
    await check('editing a draft campaign, with an error');
    await page.goBack();
    await page.click('button:has-text("Delete")');
    await page.locator('button:has-text("Yes, delete it")').waitFor();
    await check('asking before deleting a draft campaign');

    await visit('/admin/campaigns/schedule', heading('Repeat every quarter'));
    await check('quarterly schedule');
    await visit('/admin/partnership', '#orgs-h');
    await page.locator('.org-list button:has-text("Edit")').first().click();
    await page.locator('.org-list input').first().waitFor();
    await check('editing an organization');
    await page.keyboard.press('Escape');
    await page.locator('.org-list button:has-text("Remove")').first().click();
    await page.locator('.org-list strong:has-text("Remove")').waitFor();
    await check('asking before removing an organization');
    report();
  }, 240_000);

  it('a viewer and an employer account see their screens', async () => {
    await page.goto(`${h.base}/admin`);
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
      await visit(path, ready);
      await check(label);
    }
    await page.click('button:has-text("Log out")');
    await signInAs(page, 'erin@example.org', password);
    for (const [path, ready, label] of [
      ['/admin', '#latest-h', 'employer overview'],
      ['/admin/reviews', 'main td a', 'employer reviews'],
      [`/admin/reviews/${reviewPeriod}`, '.template-counts', 'employer review'],
      ['/admin/contacts', heading('Not available'), 'not available to an employer'],
    ] as const) {
      await visit(path, ready);
      await check(label);
    }
    report();
  }, 240_000);
});

describe('accessibility of the respondent pages', () => {
  const linkPath = (language: 'en' | 'es', n: number) =>
    new URL(demo.workerLinks.filter((l) => l.language === language)[n]!.url).pathname;

  it('the survey in English and Spanish, with JavaScript and without', async () => {
    await page.goto(`${h.base}${linkPath('en', 0)}`);
    await page.locator('button.primary[type="button"]').waitFor();
    await check('survey in English with JavaScript');
    await page.click('button.primary');
    await page.locator('[aria-invalid=true]').first().waitFor();
    await check('survey in English with JavaScript, answers missing');
    await answerSection(page);
    await page.click('button.primary');
    await page.locator('.prog', { hasText: 'Part 2 of' }).waitFor();
    await check('survey in English with JavaScript, second part');

    await page.goto(`${h.base}${linkPath('es', 0)}`);
    await page.locator('button.primary[type="button"]').waitFor();
    await check('survey in Spanish with JavaScript');

    // The page's own script is refused rather than JavaScript turned off, because axe-core needs
    // timers that a page without JavaScript never runs. The pages have no <noscript> content, so
    // what a browser without JavaScript shows is exactly this.
    const nojs = await h.browser.newContext({ viewport: desktop });
    await nojs.route(/\/assets\//, (r) => r.abort());
    const main = page;
    try {
      page = await nojs.newPage();
      for (const [lang, n] of [
        ['es', 1],
        ['en', 1],
      ] as const) {
        await page.goto(`${h.base}${linkPath(lang, n)}`);
        await page.locator('button.primary').waitFor();
        await check(`survey in ${lang} without JavaScript`);
        await page.click('button.primary');
        await page.locator('.sum[role=alert]').waitFor();
        await check(`survey in ${lang} without JavaScript, answers missing`);
      }
      await page.click('button[name=_action][value=save]');
      await page.locator('h1').waitFor();
      await check('answers saved for later, without JavaScript');
    } finally {
      page = main;
      await nojs.close();
    }
    report();
  }, 240_000);

  it('the pages for thanks, a used link, not open yet, closed, an unknown link, a short code and unsubscribing', async () => {
    const used = linkPath('en', 2);
    const answered = await page.request.post(`${h.base}${used}/submit`, {
      data: { answers: validAnswers(getTemplate('worker-voice')!, seededRandom(3)) },
    });
    expect(answered.status()).toBe(200);
    for (const [path, label] of [
      [used, 'used link'],
      ['/s/thanks?lang=en', 'thanks'],
      ['/s/thanks?lang=es', 'thanks in Spanish'],
      ['/s/not-a-link-at-all-0000000000000000', 'unknown link'],
      ['/s/not-a-link-at-all-0000000000000000?lang=es', 'unknown link in Spanish'],
    ] as const) {
      await page.goto(`${h.base}${path}`);
      await page.locator('h1').waitFor();
      await check(label);
    }

    const { contacts } = (await admin.get(`/api/partnerships/${pid}/contacts`)).json as {
      contacts: { id: string; email: string | null; language: string }[];
    };
    for (const language of ['en', 'es']) {
      const contact = contacts.find((c) => c.email && c.language === language)!;
      const token = await unsubscribeToken(h.ctx.deps.config.distribution.linkSecret, contact.id);
      await page.goto(`${h.base}/u/${token}`);
      await page.locator('h1').waitFor();
      await check(`unsubscribe question in ${language}`);
      await page.click('button[type=submit]');
      await page.locator('h1').waitFor();
      await check(`unsubscribed in ${language}`);
    }
    await page.goto(`${h.base}/u/not-a-token`);
    await page.locator('h1').waitFor();
    await check('unsubscribe link not valid');

    await page.goto(`${h.base}/c`);
    await page.locator('h1').waitFor();
    await check('short-code form');
    await page.fill('#code', 'zzzz zzzz zz');
    await page.click('button[type=submit]');
    await page.locator('#code[aria-invalid=true], [role=alert]').first().waitFor();
    await check('short-code form with a wrong code');

    // A campaign launched to open in two days: its links say it has not opened yet.
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const later = await admin.post(`/api/partnerships/${pid}/campaigns`, {
      name: 'Worker voice, opening later',
      templateId: 'worker-voice',
      period: demo.campaigns.find((c) => c.id === openCampaign)!.period,
      opensOn: day(2),
      closesOn: day(30),
    });
    expect(later.status, later.text).toBe(201);
    expect((await admin.post(`/api/campaigns/${later.json.campaign.id}/launch`)).status).toBe(200);
    const [waiting] = await unansweredPersonalInvitations(h.ctx.deps, later.json.campaign.id);
    const token = await linkToken(
      h.ctx.deps.config.distribution.linkSecret,
      waiting!.id,
      waiting!.link_version,
    );
    expect((await page.goto(`${h.base}/s/${token}`))?.status()).toBe(403);
    await check('campaign not open yet');

    for (const c of demo.campaigns.filter((c) => c.status === 'open')) await closeCampaign(h.ctx.deps, c.id);
    for (const language of ['en', 'es'] as const) {
      // Links opened earlier but never sent in (the demo gives three in English, two in Spanish).
      await page.goto(`${h.base}${linkPath(language, 0)}`);
      await page.locator('h1').waitFor();
      await check(`closed campaign in ${language}`);
    }
    report();
  }, 240_000);
});

async function orgId(name: string): Promise<string> {
  const orgs = (await admin.get(`/api/partnerships/${pid}/organizations`)).json.organizations as {
    id: string;
    name: string;
  }[];
  return orgs.find((o) => o.name === name)!.id;
}

describe('the keyboard walk itself', () => {
  it('finds a control Tab skips, a missing focus ring and one too faint to see', async () => {
    await page.setContent(`
      <style>:focus-visible { outline: 3px solid #1d4ed8 } .faint:focus-visible { outline-color: #e0e0e0 }</style>
      <button>Reached</button>
      <button tabindex="-1">Skipped</button>
      <a href="#x" style="outline: none">No ring</a>
      <input class="faint" aria-label="Faint">
      <details><summary>More</summary><button>Hidden until opened</button></details>`);
    const found = (await keyboardWalk(page)).map((f) => `${f.what} ${f.problem}`);
    expect(found).toEqual([
      'button "Skipped" is never reached with Tab',
      'a "No ring" shows no focus indicator (outline none 3px)',
      expect.stringMatching(
        /^input "Faint" focus outline rgb\(224, 224, 224\) is 1\.\d\d:1 against its background$/,
      ),
    ]);
  });
});
