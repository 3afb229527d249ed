/**
 * The respondent's pages with the demo loaded: the survey in English and Spanish, with its script and
 * without, its errors, saved, thanks, a used link, not open yet, closed, an unknown link, the
 * short-code form and unsubscribing; axe-core at 1280x800 and 360x640 (any WCAG 2.1 A or AA
 * violation of any impact) and a walk with Tab through each (a11y-walk.ts). Then the keyboard walk
 * itself on a page with known faults, so a walk that found nothing is known to be able to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCampaign } from '../../server/campaigns/campaigns.ts';
import { unansweredPersonalInvitations } from '../../server/campaigns/invitations/store.ts';
import { linkToken } from '../../server/campaigns/links.ts';
import { unsubscribeToken } from '../../server/distribution/links.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { adminClient, type TestClient } from '../helpers/app.ts';
import { answerSection } from './admin-harness.ts';
import { A11yWalk, desktop, loadDemoWithStaff, type DemoFixture } from './a11y-walk.ts';
import { keyboardWalk } from './keyboard.ts';

let walk: A11yWalk;
let admin: TestClient;
let f: DemoFixture;

beforeAll(async () => {
  walk = await A11yWalk.start();
  admin = await adminClient(walk.h.ctx);
  f = await loadDemoWithStaff(walk.h, admin);
}, 120_000);

afterAll(async () => {
  await walk?.close();
});

describe('accessibility of the respondent pages', () => {
  const linkPath = (language: 'en' | 'es', n: number) =>
    new URL(f.demo.workerLinks.filter((l) => l.language === language)[n]!.url).pathname;

  it('the survey in English and Spanish, with JavaScript and without', async () => {
    await walk.page.goto(`${walk.h.base}${linkPath('en', 0)}`);
    await walk.page.locator('button.primary[type="button"]').waitFor();
    await walk.check('survey in English with JavaScript');
    await walk.page.click('button.primary');
    await walk.page.locator('[aria-invalid=true]').first().waitFor();
    await walk.check('survey in English with JavaScript, answers missing');
    await answerSection(walk.page);
    await walk.page.click('button.primary');
    await walk.page.locator('.prog', { hasText: 'Part 2 of' }).waitFor();
    await walk.check('survey in English with JavaScript, second part');

    await walk.page.goto(`${walk.h.base}${linkPath('es', 0)}`);
    await walk.page.locator('button.primary[type="button"]').waitFor();
    await walk.check('survey in Spanish with JavaScript');

    // The walk.page's own script is refused rather than JavaScript turned off, because axe-core needs
    // timers that a walk.page without JavaScript never runs. The pages have no <noscript> content, so
    // what a browser without JavaScript shows is exactly this.
    const nojs = await walk.h.browser.newContext({ viewport: desktop });
    await nojs.route(/\/assets\//, (r) => r.abort());
    const main = walk.page;
    try {
      walk.page = await nojs.newPage();
      for (const [lang, n] of [
        ['es', 1],
        ['en', 1],
      ] as const) {
        await walk.page.goto(`${walk.h.base}${linkPath(lang, n)}`);
        await walk.page.locator('button.primary').waitFor();
        await walk.check(`survey in ${lang} without JavaScript`);
        await walk.page.click('button.primary');
        await walk.page.locator('.sum[role=alert]').waitFor();
        await walk.check(`survey in ${lang} without JavaScript, answers missing`);
      }
      await walk.page.click('button[name=_action][value=save]');
      await walk.page.locator('h1').waitFor();
      await walk.check('answers saved for later, without JavaScript');
    } finally {
      walk.page = main;
      await nojs.close();
    }
    walk.report();
  }, 240_000);

  it('the pages for thanks, a used link, not open yet, closed, an unknown link, a short code and unsubscribing', async () => {
    const used = linkPath('en', 2);
    const answered = await walk.page.request.post(`${walk.h.base}${used}/submit`, {
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
      await walk.page.goto(`${walk.h.base}${path}`);
      await walk.page.locator('h1').waitFor();
      await walk.check(label);
    }

    const { contacts } = (await admin.get(`/api/partnerships/${f.pid}/contacts`)).json as {
      contacts: { id: string; email: string | null; language: string }[];
    };
    for (const language of ['en', 'es']) {
      const contact = contacts.find((c) => c.email && c.language === language)!;
      const token = await unsubscribeToken(walk.h.ctx.deps.config.distribution.linkSecret, contact.id);
      await walk.page.goto(`${walk.h.base}/u/${token}`);
      await walk.page.locator('h1').waitFor();
      await walk.check(`unsubscribe question in ${language}`);
      await walk.page.click('button[type=submit]');
      await walk.page.locator('h1').waitFor();
      await walk.check(`unsubscribed in ${language}`);
    }
    await walk.page.goto(`${walk.h.base}/u/not-a-token`);
    await walk.page.locator('h1').waitFor();
    await walk.check('unsubscribe link not valid');

    await walk.page.goto(`${walk.h.base}/c`);
    await walk.page.locator('h1').waitFor();
    await walk.check('short-code form');
    await walk.page.fill('#code', 'zzzz zzzz zz');
    await walk.page.click('button[type=submit]');
    await walk.page.locator('#code[aria-invalid=true], [role=alert]').first().waitFor();
    await walk.check('short-code form with a wrong code');

    // A campaign launched to open in two days: its links say it has not opened yet.
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const later = await admin.post(`/api/partnerships/${f.pid}/campaigns`, {
      name: 'Worker voice, opening later',
      templateId: 'worker-voice',
      period: f.demo.campaigns.find((c) => c.id === f.openCampaign)!.period,
      opensOn: day(2),
      closesOn: day(30),
    });
    expect(later.status, later.text).toBe(201);
    expect((await admin.post(`/api/campaigns/${later.json.campaign.id}/launch`)).status).toBe(200);
    const [waiting] = await unansweredPersonalInvitations(walk.h.ctx.deps, later.json.campaign.id);
    const token = await linkToken(
      walk.h.ctx.deps.config.distribution.linkSecret,
      waiting!.id,
      waiting!.link_version,
    );
    expect((await walk.page.goto(`${walk.h.base}/s/${token}`))?.status()).toBe(403);
    await walk.check('campaign not open yet');

    for (const c of f.demo.campaigns.filter((c) => c.status === 'open'))
      await closeCampaign(walk.h.ctx.deps, c.id);
    for (const language of ['en', 'es'] as const) {
      // Links opened earlier but never sent in (the demo gives three in English, two in Spanish).
      await walk.page.goto(`${walk.h.base}${linkPath(language, 0)}`);
      await walk.page.locator('h1').waitFor();
      await walk.check(`closed campaign in ${language}`);
    }
    walk.report();
  }, 240_000);
});

describe('the keyboard walk itself', () => {
  it('finds a control Tab skips, a missing focus ring and one too faint to see', async () => {
    await walk.page.setContent(`
      <style>:focus-visible { outline: 3px solid #1d4ed8 } .faint:focus-visible { outline-color: #e0e0e0 }</style>
      <button>Reached</button>
      <button tabindex="-1">Skipped</button>
      <a href="#x" style="outline: none">No ring</a>
      <input class="faint" aria-label="Faint">
      <details><summary>More</summary><button>Hidden until opened</button></details>`);
    const found = (await keyboardWalk(walk.page)).map((f) => `${f.what} ${f.problem}`);
    expect(found).toEqual([
      'button "Skipped" is never reached with Tab',
      'a "No ring" shows no focus indicator (outline none 3px)',
      expect.stringMatching(
        /^input "Faint" focus outline rgb\(224, 224, 224\) is 1\.\d\d:1 against its background$/,
      ),
    ]);
  });
});
