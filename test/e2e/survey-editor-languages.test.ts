/**
 * A language added to a partnership's own survey through its translation round trip, in Chromium:
 * the survey (from the worker template's six-language version) is written in English, Spanish and
 * Arabic with a question of the partnership's own; turning Vietnamese on shows that question's
 * Vietnamese text missing (the template's Vietnamese texts were kept in the draft), an XLIFF for
 * Vietnamese filled by a translator fills it, and the preview shows the page in Vietnamese and in
 * Arabic (right to left) at phone width. axe-core and a keyboard walk at each state; screenshots go
 * to test-results/screenshots/survey-languages-*.png.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyDraft } from '../../surveys/draft.ts';
import { adminClient, testAdmin, type TestClient } from '../helpers/app.ts';
import { axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';
import { keyboardWalk } from './keyboard.ts';

let h: Harness;
let admin: TestClient;
let context: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;
let surveyId = '';
let at = 0;
const childCare = {
  id: 'childcare_access',
  type: 'yesno' as const,
  required: false,
  text: {
    en: 'Can you get child care for the hours you work?',
    es: '¿Puede conseguir cuidado infantil para sus horas de trabajo?',
    ar: 'هل يمكنك الحصول على رعاية لأطفالك خلال ساعات عملك؟',
  },
};
const vietnamese = 'Bạn có tìm được người trông trẻ trong giờ làm việc không?';

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'Harbor Seafood Processing Partnership',
    sector: 'Food processing',
    region: 'Harbor',
    timeZone: 'UTC',
    reviewYear: 'calendar',
    smsHours: { start: '00:00', end: '24:00' },
  });
  const started = await admin.post(`/api/partnerships/${p.json.partnership.id}/surveys`, {
    name: 'Harbor worker survey',
    from: { templateId: 'worker-voice', version: 2 },
  });
  expect(started.status, started.text).toBe(201);
  surveyId = started.json.survey.id;
  const draft = started.json.survey.draftDefinition as SurveyDraft;
  at = draft.sections[0]!.questions.length;
  draft.sections[0]!.questions.push(childCare);
  // The plant's workers speak English, Spanish and Arabic; the survey was cut down to those.
  const saved = await admin.put(`/api/surveys/${surveyId}/draft`, {
    draft: { ...draft, languages: ['en', 'es', 'ar'] },
  });
  expect(saved.status, saved.text).toBe(200);
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  guard = watch(page, h.base);
  await page.goto(`${h.base}/admin`);
  await signInAs(page, testAdmin.email, testAdmin.password);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

async function checkScreen(state: string, on: Page = page) {
  expect(await axe(on, state), `axe on ${state}`).toEqual([]);
  expect(await keyboardWalk(on), `keyboard on ${state}`).toEqual([]);
  await shot(on, `survey-languages-${state}`, true);
}

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
const working = () => page.getByRole('group', { name: 'Working language' }).getByRole('button');
const field = (lang: string) => `#f-sections-0-questions-${at}-text-${lang}`;

describe('a language added to an own survey', { timeout: 180_000 }, () => {
  it('turns Vietnamese on and shows the one text it lacks', async () => {
    await page.goto(`${h.base}/admin/surveys/${surveyId}`);
    await page.locator('h1', { hasText: 'Harbor worker survey' }).waitFor();
    await page.getByText('Nothing blocks publishing.').waitFor();
    expect(await working().allInnerTexts()).toEqual([
      'Spanish (Español): complete',
      'Arabic (العربية): complete',
    ]);
    expect(await page.locator('#f-languages-vi').isChecked()).toBe(false);
    await page.check('#f-languages-vi');
    await page.getByText('1 finding blocks publishing.').waitFor();
    // The new language is the one shown beside English, and only the partnership's question lacks it.
    expect(await working().allInnerTexts()).toEqual([
      'Spanish (Español): complete',
      'Vietnamese (Tiếng Việt): 1 missing',
      'Arabic (العربية): complete',
    ]);
    expect(await working().nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await page.inputValue('#f-title-vi')).not.toBe('');
    expect(await page.getAttribute('#f-title-vi', 'lang')).toBe('vi');
    expect(await page.locator('#f-title-es').count()).toBe(0);

    // The check's link opens the question and puts focus on its Vietnamese field.
    await page.locator('.finding-links a', { hasText: 'Vietnamese text' }).click();
    expect(await focusedId()).toBe(field('vi').slice(1));
    expect(await page.getAttribute(field('vi'), 'aria-invalid')).toBe('true');
    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('.save-state', { hasText: /draft, saved /i }).waitFor();
    expect((await admin.get(`/api/surveys/${surveyId}`)).json.survey.draftDefinition.languages).toEqual([
      'en',
      'es',
      'vi',
      'ar',
    ]);
    await checkScreen('vietnamese-missing');
  });

  it('fills it from an XLIFF for Vietnamese sent back by the translator', async () => {
    await page.click('nav.views a:text-is("Translation and sharing")');
    const links = page.locator('a', { hasText: 'XLIFF 2.0 for translating into' });
    expect(await links.allInnerTexts()).toEqual([
      'XLIFF 2.0 for translating into Spanish',
      'XLIFF 2.0 for translating into Vietnamese',
      'XLIFF 2.0 for translating into Arabic',
    ]);
    const [file] = await Promise.all([page.waitForEvent('download'), links.nth(1).click()]);
    const xliff = readFileSync((await file.path())!, 'utf8');
    expect(xliff).toContain('srcLang="en" trgLang="vi"');
    const unit = /<unit id="question\.childcare_access\.text">[\s\S]*?<\/unit>/.exec(xliff)![0];
    expect(unit).not.toContain('<target');
    const done = unit.replace(/<\/source>/, `</source>\n<target xml:space="preserve">${vietnamese}</target>`);
    await page.setInputFiles('#texts-file', {
      name: 'texts-vi.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(xliff.replace(unit, done)),
    });
    await page.click('button:has-text("Send the file")');
    await page.getByText(/^1 updated, \d+ unchanged, 0 refused\.$/).waitFor();
    await checkScreen('vietnamese-report');

    await page.click('nav.views a:text-is("Questions")');
    await page.getByText('Nothing blocks publishing.').waitFor();
    await working().filter({ hasText: 'Vietnamese' }).click();
    // The question stays open from the check's link, across the views.
    expect(await page.inputValue(field('vi'))).toBe(vietnamese);
    expect((await working().filter({ hasText: 'Vietnamese' }).innerText()).endsWith('complete')).toBe(true);
    // Arabic fields are written right to left.
    await working().filter({ hasText: 'Arabic' }).click();
    expect(await page.inputValue(field('ar'))).toBe(childCare.text.ar);
    expect([
      await page.getAttribute(field('ar'), 'dir'),
      await page.getAttribute(field('ar'), 'lang'),
    ]).toEqual(['rtl', 'ar']);
    expect(await page.getAttribute('#f-title-ar', 'dir')).toBe('rtl');
    await checkScreen('arabic-working');
  });

  it('previews the page in Vietnamese and in Arabic, right to left, at phone width', async () => {
    await page.click('nav.views a:text-is("Preview")');
    const buttons = page.locator('.preview-frame button');
    await buttons.first().waitFor();
    expect(await buttons.allInnerTexts()).toEqual(['English', 'Español', 'Tiếng Việt', 'العربية']);
    const inside = page.frameLocator('iframe[title^="Survey preview"]');
    await page.click('.preview-frame button:text-is("Tiếng Việt")');
    await page.locator('iframe[title="Survey preview in Vietnamese"]').waitFor();
    await inside.getByText(vietnamese).waitFor();
    expect(await inside.locator('html').getAttribute('lang')).toBe('vi');
    await checkScreen('preview-vi');
    await page.click('.preview-frame button:text-is("العربية")');
    await page.locator('iframe[title="Survey preview in Arabic"]').waitFor();
    await inside.getByText(childCare.text.ar).waitFor();
    expect(await inside.locator('html').getAttribute('dir')).toBe('rtl');
    await checkScreen('preview-ar');

    // The framed page itself, at the phone's size: axe clean and nothing wider than the screen.
    const src = await page.locator('iframe[title^="Survey preview"]').getAttribute('src');
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 360, height: 640 });
    for (const lang of ['vi', 'ar']) {
      await phone.goto(`${h.base}${src!.replace(/lang=ar/, `lang=${lang}`)}`);
      await phone.getByText(lang === 'vi' ? vietnamese : childCare.text.ar).waitFor();
      expect(await phone.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await axe(phone, `preview-page-${lang}`), `axe on the ${lang} preview`).toEqual([]);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await shot(phone, `survey-languages-phone-${lang}`, true);
    }
    await phone.close();
    guard.check();
  });
});
