/**
 * Answering by text in the survey editor, in Chromium (issue 18): staff give a question of their own
 * survey (from worker version 2, which has no text messages) a text message in English and Spanish,
 * watch its characters and segments counted as they type (a long one warned of, an accent turning
 * the Spanish into UCS-2), see its answer keys, number a choice's answers in an order of their own
 * with one left out, remove another's text message, save, and the saved draft holds exactly that.
 * axe-core and a keyboard walk check the screen; screenshots go to test-results/screenshots/survey-sms-*.png.
 */
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
const english = 'My pay is fair for the work I do. Reply 1 (strongly disagree) to 5 (strongly agree).';
const spanish = 'Me pagan lo justo por el trabajo que hago. Responda de 1 (nada) a 5 (mucho).';

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'Lakeside Logistics Partnership',
    sector: 'Logistics',
    region: 'Lakeside',
    timeZone: 'UTC',
    reviewYear: 'calendar',
    smsHours: { start: '00:00', end: '24:00' },
  });
  const started = await admin.post(`/api/partnerships/${p.json.partnership.id}/surveys`, {
    name: 'Lakeside worker survey',
    from: { templateId: 'worker-voice', version: 2 },
  });
  expect(started.status, started.text).toBe(201);
  surveyId = started.json.survey.id;
  const draft = started.json.survey.draftDefinition as SurveyDraft;
  const saved = await admin.put(`/api/surveys/${surveyId}/draft`, {
    draft: { ...draft, languages: ['en', 'es'] },
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

async function checkScreen(state: string) {
  expect(await axe(page, state), `axe on ${state}`).toEqual([]);
  expect(await keyboardWalk(page), `keyboard on ${state}`).toEqual([]);
  await shot(page, `survey-sms-${state}`, true);
}

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
const stored = async (): Promise<SurveyDraft> =>
  (await admin.get(`/api/surveys/${surveyId}`)).json.survey.draftDefinition;
const sms = (si: number, qi: number) => `#f-sections-${si}-questions-${qi}-sms`;
const count = (si: number, qi: number, lang: string) => page.locator(`${sms(si, qi)}-text-${lang}-note`);
// Barriers: "choose several" with 12 answers, first in the needs section.
const barriers = [4, 0] as const;
/** The findings listed beside question `n` (the summary at the top links to the same ones). */
const checksOn = (n: number) => page.getByRole('list', { name: `Checks on question ${n}`, exact: true });

describe('answering by text in the survey editor', { timeout: 180_000 }, () => {
  it('gives a question a text message, counting its characters and segments as staff type', async () => {
    await page.goto(`${h.base}/admin/surveys/${surveyId}`);
    await page.locator('h1', { hasText: 'Lakeside worker survey' }).waitFor();
    await page.getByText('Nothing blocks publishing.').waitFor();
    await page.click('#f-sections-0-questions-0-toggle');
    const part = page.getByRole('group', { name: 'Answer by text' }).first();
    await part.getByText('is asked this question only if it has a text message').waitFor();
    await part.getByRole('button', { name: 'Add a text message' }).click();
    expect(await focusedId()).toBe(`${sms(0, 0)}-text-en`.slice(1));
    // Empty in both languages: blocks publishing until written (or removed).
    await page.getByText('2 findings block publishing.').waitFor();
    await part.getByText('Answer keys: 1-5').waitFor();
    expect(await count(0, 0, 'en').innerText()).toBe('0 characters, 1 segment');

    await page.fill(`${sms(0, 0)}-text-en`, `${english} ${english}`);
    expect(await count(0, 0, 'en').innerText()).toBe('169 characters, 2 segments');
    await checksOn(1)
      .getByText(/The English text message of question pay_fair takes 2 segments \(169 characters/)
      .waitFor();
    await page.fill(`${sms(0, 0)}-text-en`, english);
    expect(await count(0, 0, 'en').innerText()).toBe(`${english.length} characters, 1 segment`);
    await checksOn(1)
      .getByText(/text message of question pay_fair takes/)
      .waitFor({ state: 'detached' });

    // One accent makes the whole Spanish message UCS-2: 70 characters a segment.
    await page.fill(`${sms(0, 0)}-text-es`, spanish.replace('mucho', 'muchísimo'));
    expect(await count(0, 0, 'es').innerText()).toBe(
      '80 characters, 2 segments, UCS-2: 70 characters a segment',
    );
    await checksOn(1)
      .getByText(/one segment holds 70 once a text has "í", which the GSM alphabet lacks/)
      .waitFor();
    expect(await page.getAttribute(`${sms(0, 0)}-text-es`, 'aria-describedby')).toContain(
      `${sms(0, 0)}-text-es-note`.slice(1),
    );
    await page.fill(`${sms(0, 0)}-text-es`, spanish);
    expect(await count(0, 0, 'es').innerText()).toBe(`${spanish.length} characters, 1 segment`);
    await page.getByText('Nothing blocks publishing.').waitFor();
    await checkScreen('agree-item');
  });

  it("numbers a choice's answers in an order of its own, one left out", async () => {
    const [si, qi] = barriers;
    await page.click(`#f-sections-${si}-questions-${qi}-toggle`);
    await page.click(`${sms(si, qi)}-add`);
    await page.fill(
      `${sms(si, qi)}-text-en`,
      'What makes it hard to keep your job? Reply all that fit: 1 Getting to work ...',
    );
    await page.fill(
      `${sms(si, qi)}-text-es`,
      '¿Que le impide seguir en su trabajo? Elija los que apliquen: 1 Transporte ...',
    );
    const numbered = page.getByRole('group', { name: 'Answers numbered by text' });
    expect(await page.locator(`${sms(si, qi)}-options li`).count()).toBe(12);
    await page.getByText('Answer keys: 1 3 (1-12)').waitFor();

    // The last answer moved to the top, the second left out.
    const items = page.locator(`${sms(si, qi)}-options ol.sms-numbered > li`);
    const last = (await items.nth(11).locator('span[lang]').innerText()).trim();
    for (let i = 11; i > 0; i--) await page.click(`${sms(si, qi)}-options-${i}-up`);
    expect((await items.nth(0).locator('span[lang]').innerText()).trim()).toBe(last);
    const second = (await items.nth(2).locator('span[lang]').innerText()).trim();
    await items
      .nth(2)
      .getByRole('button', { name: `Leave out ${second}` })
      .click();
    await page.getByText('Answer keys: 1 3 (1-11)').waitFor();
    await numbered.getByText('Not offered by text').waitFor();
    expect(
      await page.locator(`${sms(si, qi)}-options ul.sms-left-out > li > span[lang]`).allInnerTexts(),
    ).toEqual([second]);
    // Question 21 of the survey.
    await checksOn(21)
      .getByText(/numbers 11 of its 12 answers: by text nobody can answer/)
      .waitFor();
    await checkScreen('choice');
  });

  it('removes a text message, saves, and the saved draft holds what staff wrote', async () => {
    // A third question given one and then removed leaves nothing behind.
    await page.click('#f-sections-0-questions-1-toggle');
    await page.click(`${sms(0, 1)}-add`);
    await page.fill(`${sms(0, 1)}-text-en`, 'My pay is enough. Reply 1 to 5.');
    await page.locator(sms(0, 1)).getByRole('button', { name: 'Remove the text message' }).click();
    expect(await focusedId()).toBe(`${sms(0, 1)}-add`.slice(1));
    await page.getByText('Nothing blocks publishing.').waitFor();

    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('.save-state', { hasText: /draft, saved /i }).waitFor();
    const draft = await stored();
    const [first, enough] = draft.sections[0]!.questions;
    expect(first!.sms).toEqual({ text: { en: english, es: spanish } });
    expect(enough!.sms).toBeUndefined();
    const choice = draft.sections[barriers[0]]!.questions[barriers[1]]!;
    const values = choice.options!.map((o) => o.value);
    expect(choice.sms!.options).toEqual([values[11], values[0], ...values.slice(2, 11)]);
    expect(choice.sms!.text.es).toMatch(/^¿Que le impide/);
    // The question card says it is asked by text.
    await page.locator('#f-sections-0-questions-0 p.muted', { hasText: 'asked by text' }).waitFor();
    guard.check();
  });
});
