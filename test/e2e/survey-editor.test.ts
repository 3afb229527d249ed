/**
 * The survey editor in Chromium: a staff member starts a survey of the partnership's own from the
 * worker template (written in six languages), keeps the two the plant's workers speak, adds a question in English only and sees the missing Spanish text blocked beside
 * it (and Publish held back), fills it, adds an item from the bank, reorders, saves with Ctrl+S,
 * is told when someone else saved meanwhile, answers "did the meaning change?" for two rewordings,
 * previews the respondent page at 360x640 in both languages, publishes and reads the version's
 * changes, and the new-campaign form offers the survey. A viewer reads it with no controls. axe-core
 * and a keyboard walk (test/e2e/keyboard.ts) check each screen state; screenshots go to
 * test-results/screenshots/survey-editor-*.png.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemBank } from '../../surveys/item-bank/index.ts';
import { getTemplate } from '../../surveys/index.ts';
import { adminClient, testAdmin, type TestClient } from '../helpers/app.ts';
import { axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';
import { keyboardWalk } from './keyboard.ts';

let h: Harness;
let admin: TestClient;
let context: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;
let partnershipId = '';
let surveyId = '';
let added = '';
const password = 'correct horse battery';
const name = 'Plant worker survey';
const translation = 'Puedo conseguir quién cuide a mis hijos en mis horas de trabajo.';
const childCare = {
  en: 'I can get child care for the hours I work.',
  es: 'Puedo conseguir cuidado infantil para las horas que trabajo.',
};
// A bank alternative the worker template does not ask: it keeps its own id in the survey.
const template = getTemplate('worker-voice')!;
const templateIds = new Set(template.sections.flatMap((s) => s.questions.map((q) => q.id)));
const bankItem = itemBank('worker-voice').find(
  (i) => i.source === 'bank' && i.dimension === 'pay' && !templateIds.has(i.question.id),
)!;
const firstSection = template.sections[0]!.questions.length;

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'Riverbend Manufacturing Partnership',
    sector: 'Manufacturing',
    region: 'Riverbend',
    timeZone: 'UTC',
    reviewYear: 'calendar',
    smsHours: { start: '00:00', end: '24:00' },
  });
  partnershipId = p.json.partnership.id;
  const viewer = await admin.post('/api/users', {
    email: 'viewer@board.example',
    name: 'Vic Viewer',
    password,
    role: 'viewer',
    partnershipIds: [partnershipId],
  });
  expect(viewer.status, viewer.text).toBe(201);
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
  await shot(on, `survey-editor-${state}`, true);
}

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
/** Clicks a download link and gives the file's text. */
async function download(selector: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync((await file.path())!, 'utf8');
}

const card = (si: number, qi: number) => page.locator(`#f-sections-${si}-questions-${qi}`);
const publish = () => page.locator('button:has-text("Publish version 1")');
const stored = async () => (await admin.get(`/api/surveys/${surveyId}`)).json.survey;

describe('the survey editor', { timeout: 180_000 }, () => {
  it('starts a survey of the partnership from the worker template', async () => {
    await page.click('nav a:text-is("Surveys")');
    await page.locator('h1', { hasText: 'Surveys' }).waitFor();
    await page.getByText('No survey of your own yet.').waitFor();
    await checkScreen('list-empty');

    await page.fill('#ns-name', 'Plant survey');
    await page.selectOption('#ns-from', 'worker-voice');
    await page.click('button:has-text("Start the survey")');
    await page.locator('h1', { hasText: 'Plant survey' }).waitFor();
    await page.click('summary:has-text("Rename the survey")');
    await page.fill('#survey-name', name);
    await page.click('button:text-is("Rename")');
    await page.locator('h1', { hasText: name }).waitFor();
    surveyId = decodeURIComponent(page.url().split('/admin/surveys/')[1]!);
    expect(surveyId).toMatch(/^own-worker-voice-[a-z0-9]{12}$/);
    expect((await stored()).name).toBe(name);
    await page.getByText('Nothing blocks publishing.').waitFor();
    expect(await page.locator('ol.questions > li').count()).toBe(
      template.sections.reduce((n, s) => n + s.questions.length, 0),
    );
    await checkScreen('started');
  });

  it("keeps the languages the plant's workers speak, English and Spanish", async () => {
    // The template's newest version is written in all six page languages.
    const languages = page.getByRole('group', { name: 'Languages' });
    for (const l of ['Spanish', 'Vietnamese', 'Chinese (Simplified)', 'Haitian Creole', 'Arabic'])
      expect(await languages.getByLabel(l, { exact: false }).isChecked(), l).toBe(true);
    expect(await page.locator('#f-languages-en').isDisabled()).toBe(true);
    expect(await page.locator('#f-title-ar').count()).toBe(0);
    expect(await page.getAttribute('#f-title-es', 'lang')).toBe('es');
    for (const l of ['vi', 'zh-Hans', 'ht', 'ar']) await page.uncheck(`#f-languages-${l}`);
    await languages
      .getByText(/^Vietnamese is off: its \d+ texts are kept in the draft but not published\.$/)
      .waitFor();
    await page.getByRole('group', { name: 'Working language' }).getByRole('button').first().waitFor();
    expect(
      await page.getByRole('group', { name: 'Working language' }).getByRole('button').allInnerTexts(),
    ).toEqual(['Spanish (Español): complete']);
    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('.save-state', { hasText: /draft, saved /i }).waitFor();
    const draft = (await stored()).draftDefinition;
    expect(draft.languages).toEqual(['en', 'es']);
    // Kept in the draft, to come back if the survey takes Vietnamese on again.
    expect(draft.title.vi).toBe(template.title.vi);
    await page.getByText('Nothing blocks publishing.').waitFor();
    await checkScreen('languages');
  });

  it('adds a question in English, shows the missing Spanish beside it and holds Publish back', async () => {
    await page.click('#f-sections-0-add');
    const en = `#f-sections-0-questions-${firstSection}-text-en`;
    expect(await focusedId()).toBe(en.slice(1));
    await page.keyboard.type(childCare.en);
    await page.keyboard.press('Tab');
    added = (await card(0, firstSection).locator('code').first().innerText()).trim();
    expect(added).toBe('i_can_get_child_care_for_the');

    const finding = card(0, firstSection).locator('.finding.blocking', { hasText: 'Spanish text' });
    await finding.waitFor();
    const es = page.locator(`#f-sections-0-questions-${firstSection}-text-es`);
    expect(await es.getAttribute('aria-invalid')).toBe('true');
    expect(await es.getAttribute('aria-describedby')).toContain(await finding.getAttribute('id'));
    await page.getByText('1 finding blocks publishing.').waitFor();
    expect(await publish().isDisabled()).toBe(true);
    await checkScreen('missing-spanish');

    // The summary's link opens the item and puts focus on the field.
    await page.locator('.finding-links a', { hasText: 'Spanish text' }).click();
    expect(await focusedId()).toBe(`f-sections-0-questions-${firstSection}-text-es`);
    await page.keyboard.type(childCare.es);
    // A dimension of the survey's own, made from its English name.
    const dimension = `f-sections-0-questions-${firstSection}-dimension`;
    await card(0, firstSection).locator('button:has-text("Add a dimension")').click();
    expect(await focusedId()).toBe(`${dimension}-new-en`);
    await page.keyboard.type('Family needs');
    await page.fill(`#${dimension}-new-es`, 'Necesidades de la familia');
    await page.click('button:has-text("Add it and score this question in it")');
    expect(await focusedId()).toBe(dimension);
    expect(await page.inputValue(`#${dimension}`)).toBe('family_needs');
    await page.getByText('Nothing blocks publishing.').waitFor();
    // The checks catch up with the last keystroke a moment after it (use-checks.ts); Publish waits for them.
    await page.locator('button:has-text("Publish version 1"):enabled').waitFor();

    // Skip logic offers only the earlier questions, and only their answers.
    const rule = `#f-sections-0-questions-${firstSection}-showIf`;
    await page.check(rule);
    expect(await page.locator(`${rule}-question option`).count()).toBe(firstSection);
    await page.selectOption(`${rule}-question`, 'pay_fair');
    const answers = page.locator(`${rule}-in input[type=checkbox]`);
    expect(await answers.count()).toBe(5);
    await page.locator(`${rule}-in label`, { hasText: '2: Disagree' }).locator('input').check();
    await page.getByText('Nothing blocks publishing.').waitFor();
    await checkScreen('skip-logic');
  });

  it('adds an item from the bank, refuses it twice, and reorders with focus kept', async () => {
    await page.click('#f-sections-0-bank-toggle');
    expect(await focusedId()).toBe('f-sections-0-bank-search');
    await page.keyboard.type(bankItem.question.text.en.split(' ').slice(0, 5).join(' '));
    const entry = page.locator('.bank-items li', { hasText: bankItem.question.text.en });
    await entry.waitFor();
    expect(await entry.innerText()).toContain(bankItem.question.text.es);
    await checkScreen('item-bank');
    await entry.locator('button').click();
    const at = firstSection + 1;
    expect(await focusedId()).toBe(`f-sections-0-questions-${at}-toggle`);
    expect(await card(0, at).locator('code').first().innerText()).toBe(bankItem.question.id);
    await page.click('#f-sections-0-bank-toggle');
    await page.fill('#f-sections-0-bank-search', bankItem.question.text.en);
    await page.locator('.bank-items li', { hasText: 'Already in the survey.' }).waitFor();
    await page.click('button:has-text("Close the item bank")');

    // Up from the end of section 1, then down across into section 2: focus rides along each time.
    await page.focus(`#f-sections-0-questions-${at}-up`);
    await page.keyboard.press('Enter');
    expect(await focusedId()).toBe(`f-sections-0-questions-${at - 1}-up`);
    expect(
      await card(0, at - 1)
        .locator('code')
        .first()
        .innerText(),
    ).toBe(bankItem.question.id);
    await page.focus(`#f-sections-0-questions-${at}-down`);
    await page.keyboard.press('Enter');
    expect(await focusedId()).toBe('f-sections-1-questions-0-down');
    expect(await card(1, 0).locator('code').first().innerText()).toBe(added);

    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('.save-state', { hasText: /draft, saved /i }).waitFor();
    const draft = (await stored()).draftDefinition;
    expect(draft.sections[0].questions.at(-1).id).toBe(bankItem.question.id);
    expect(draft.sections[1].questions[0]).toMatchObject({
      id: added,
      text: childCare,
      dimension: 'family_needs',
      showIf: { question: 'pay_fair', in: [1, 2] },
    });
    await checkScreen('reordered');
  });

  it('writes a choice question whose answers take their values from the English labels', async () => {
    const si = template.sections.length - 1;
    const base = `#f-sections-${si}-questions-${template.sections[si]!.questions.length}`;
    await page.click(`#f-sections-${si}-add`);
    await page.keyboard.type('How do you get to work?');
    await page.fill(`${base}-text-es`, '¿Cómo llega a su trabajo?');
    await page.selectOption(`${base}-type`, 'single');
    await page.fill(`${base}-options-0-label-en`, 'Bus');
    await page.fill(`${base}-options-0-label-es`, 'Autobús');
    await page.fill(`${base}-options-1-label-en`, 'Car or carpool');
    await page.fill(`${base}-options-1-label-es`, 'Carro o aventón');
    expect(await page.inputValue(`${base}-options-1-value`)).toBe('car_or_carpool');
    await page.click(`${base}-options-add`);
    expect(await focusedId()).toBe(`${base.slice(1)}-options-2-label-en`);
    await page.keyboard.type('I walk');
    await page.fill(`${base}-options-2-label-es`, 'Camino');
    // A value typed by hand stays when the label changes.
    await page.fill(`${base}-options-2-value`, 'walk');
    await page.fill(`${base}-options-2-label-en`, 'On foot');
    expect(await page.inputValue(`${base}-options-2-value`)).toBe('walk');
    await page.focus(`${base}-options-2-up`);
    await page.keyboard.press('Enter');
    expect(await focusedId()).toBe(`${base.slice(1)}-options-1-up`);
    await page.getByText('Nothing blocks publishing.').waitFor();
    await checkScreen('choice');

    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('.save-state', { hasText: /draft, saved /i }).waitFor();
    const last = (await stored()).draftDefinition.sections.at(-1).questions.at(-1);
    expect(last).toMatchObject({ id: 'how_do_you_get_to_work', type: 'single' });
    expect(last.options.map((o: { value: string }) => o.value)).toEqual(['bus', 'walk', 'car_or_carpool']);
  });

  it('says when someone else saved meanwhile, and loads their draft', async () => {
    const theirs = await stored();
    const title = { en: 'Your job at the plant', es: 'Su trabajo en la planta' };
    const res = await admin.put(`/api/surveys/${surveyId}/draft`, {
      draft: { ...theirs.draftDefinition, title },
      basedOn: theirs.draft.savedAt,
    });
    expect(res.status, res.text).toBe(200);
    await page.fill('#f-intro-en', 'A few questions about your job at the plant.');
    await page.click('button:has-text("Save draft")');
    await page.getByText('Someone else saved this survey since you opened it').waitFor();
    await checkScreen('conflict');
    await page.click('button:has-text("Load their version")');
    await page.locator('.save-state', { hasText: /draft, saved /i }).waitFor();
    // Focus moves once the loaded draft is drawn, a moment after its words.
    await expect.poll(focusedId).toBe('save-state');
    expect(await page.inputValue('#f-title-en')).toBe(title.en);
    expect(await page.inputValue('#f-intro-en')).toBe(template.intro.en);
  });

  it('asks whether a reworded scored item changed its meaning', async () => {
    // pay_fair: same meaning, the id stays.
    await page.click('#f-sections-0-questions-0-toggle');
    await page.fill('#f-sections-0-questions-0-text-en', 'My pay is fair for the work I do here.');
    const ask = card(0, 0).getByRole('group', { name: /Did the meaning change/ });
    await ask.waitFor();
    await checkScreen('meaning-asked');
    await ask.locator('button', { hasText: 'No: same meaning' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await card(0, 0).locator('code').first().innerText()).toBe('pay_fair');
    // pay_enough: a new meaning, a new id that replaces it.
    await page.click('#f-sections-0-questions-1-toggle');
    await page.fill('#f-sections-0-questions-1-text-en', 'My pay covers rent, food and rides to work.');
    await page.fill('#f-sections-0-questions-1-text-es', 'Mi pago alcanza para renta, comida y transporte.');
    await card(0, 1).locator('button', { hasText: 'Yes: it is a new item' }).click();
    expect(await focusedId()).toBe('f-sections-0-questions-1-same-meaning');
    expect(await card(0, 1).innerText()).toContain('it replaces pay_enough');
    expect(await card(0, 1).locator('code').first().innerText()).toBe('my_pay_covers_rent_food_and');
  });

  it('previews the saved draft at phone size in both languages', async () => {
    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('.save-state', { hasText: /draft, saved /i }).waitFor();
    await page.click('nav.views a:text-is("Preview")');
    const frame = page.locator('iframe[title^="Survey preview"]');
    await frame.waitFor();
    const box = (await frame.boundingBox())!;
    expect([Math.round(box.width), Math.round(box.height)]).toEqual([360, 640]);
    const inside = page.frameLocator('iframe[title^="Survey preview"]');
    await inside.getByText('Your job at the plant').waitFor();
    await inside.getByText('My pay covers rent, food and rides to work.').waitFor();
    await checkScreen('preview-en');
    expect(await page.locator('.preview-frame button').allInnerTexts()).toEqual(['English', 'Español']);
    await page.click('.preview-frame button:text-is("Español")');
    await inside.getByText('Su trabajo en la planta').waitFor();
    await inside.getByText('Mi pago alcanza para renta, comida y transporte.').waitFor();
    await checkScreen('preview-es');
  });

  it('sends the texts to a translator and reads a translated file back, row by row', async () => {
    await page.click('nav.views a:text-is("Translation and sharing")');
    await page.locator('h2', { hasText: 'Texts for a translator' }).waitFor();
    const xliff = await download('a:has-text("XLIFF 2.0 for translating into Spanish")');
    expect(xliff).toContain('<xliff');
    expect(xliff).toContain('version="2.0"');
    expect(xliff).toContain(childCare.es);
    const csv = await download('a:has-text("CSV with a column per language")');
    expect(csv).toContain(childCare.es);
    const translated = `${csv.replace(childCare.es, translation)}question.no_such_item.text,Hello,Hola,\r\n`;
    await page.setInputFiles('#texts-file', {
      name: 'texts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(translated),
    });
    await page.click('button:has-text("Send the file")');
    const rows = page.getByRole('region', { name: 'Rows of the file' });
    await rows.waitFor();
    await page.getByText(/^1 updated, \d+ unchanged, 2 refused\.$/).waitFor();
    const refused = rows.locator('tr', { hasText: 'question.no_such_item.text' }).first();
    expect(await refused.innerText()).toContain('refused: unknown key');
    await checkScreen('texts-report');

    await page.click('nav.views a:text-is("Questions")');
    expect(await page.inputValue('#f-sections-1-questions-0-text-es')).toBe(translation);
    expect((await stored()).draftDefinition.sections[1].questions[0].text.es).toBe(translation);
  });

  it("publishes and lists the version's changes", async () => {
    await page.click('nav.views a:text-is("Questions")');
    await publish().click();
    const done = page.locator('section', { has: page.locator('h2', { hasText: 'Version 1 is published' }) });
    await done.waitFor();
    const changes = await done.locator('ul.changes').innerText();
    // In survey order: the bank item ends section 1, the new question opens section 2.
    expect(changes).toContain(`Added: ${bankItem.question.id}; ${added}; how_do_you_get_to_work`);
    expect(changes).toContain('pay_fair');
    expect(changes).toContain(
      'New item my_pay_covers_rent_food_and replaces pay_enough: its trend starts here',
    );
    await page.locator('button:has-text("Start version 2")').waitFor();
    const survey = await stored();
    expect(survey.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    expect(survey.draftDefinition).toBeNull();
    await checkScreen('published');

    await page.click('nav.views a:text-is("Versions")');
    const v1 = page.locator('ol.versions > li', { hasText: 'Version 1' });
    await v1.waitFor();
    expect(await v1.innerText()).toContain('its trend starts here');
    await checkScreen('versions');

    // The next edit starts version 2; discarding it leaves version 1 as the newest.
    await page.click('nav.views a:text-is("Questions")');
    await page.click('button:has-text("Start version 2")');
    await page.locator('button:has-text("Publish version 2")').waitFor();
    expect((await stored()).draft.version).toBe(2);
    await page.click('button:has-text("Discard this draft")');
    await page.click('button:has-text("Discard it")');
    await page.locator('button:has-text("Start version 2")').waitFor();
    expect((await stored()).draftDefinition).toBeNull();
  });

  it('offers the published version in the new-campaign form, and a campaign uses it', async () => {
    await page.click('a:has-text("Start a campaign with version 1")');
    await page.locator('h1', { hasText: 'New campaign' }).waitFor();
    expect(await page.inputValue('#c-template')).toBe(`${surveyId}@1`);
    expect(await page.locator('#c-template option:checked').innerText()).toBe(`${name}, version 1`);
    expect(await page.inputValue('#c-name')).toContain(name);
    await page.locator('iframe[title^="Survey preview"]').waitFor();
    await checkScreen('new-campaign');
    await page.click('button:has-text("Create campaign")');
    await page.locator('h1', { hasText: name }).waitFor();
    const campaignId = page.url().split('/admin/campaigns/')[1]!;
    const campaign = (await admin.get(`/api/campaigns/${campaignId}`)).json.campaign;
    expect(campaign).toMatchObject({ templateId: surveyId, templateVersion: 1 });
    guard.check();
  });

  it('shares the survey as a file another partnership imports as its own', async () => {
    await page.goto(`${h.base}/admin/surveys/${surveyId}?view=translate`);
    const file = await download('a:has-text("Download the survey as JSON")');
    expect(JSON.parse(file)).toMatchObject({
      format: 'sector-voice/survey',
      survey: { title: { en: 'Your job at the plant' } },
    });
    const other = await admin.post('/api/partnerships', {
      name: 'Lakeside Food Processing Partnership',
      sector: 'Food processing',
      region: 'Lakeside',
      timeZone: 'UTC',
      reviewYear: 'calendar',
      smsHours: { start: '00:00', end: '24:00' },
    });
    const otherId = other.json.partnership.id;
    await page.goto(`${h.base}/admin/surveys`);
    await page.selectOption('#partnership-switch', otherId);
    await page.getByText('No survey of your own yet.').waitFor();
    await page.setInputFiles('#survey-file', {
      name: 'survey.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect.poll(() => page.inputValue('#import-name')).toBe('Your job at the plant');
    await checkScreen('import');
    await page.click('button:has-text("Import it")');
    await page.locator('h1', { hasText: 'Your job at the plant' }).waitFor();
    const listed = (await admin.get(`/api/partnerships/${otherId}/surveys`)).json.surveys;
    expect(listed).toMatchObject([{ name: 'Your job at the plant', kind: 'worker-voice' }]);
    expect(listed[0].id).not.toBe(surveyId);
    await page.getByText('Nothing blocks publishing.').waitFor();
    await checkScreen('imported');
  });

  it('shows a viewer the survey with no controls', async () => {
    const viewerContext = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const v = await viewerContext.newPage();
    await v.goto(`${h.base}/admin/surveys`);
    await signInAs(v, 'viewer@board.example', password);
    await v.goto(`${h.base}/admin/surveys`);
    await v.locator('td a', { hasText: name }).waitFor();
    expect(await v.locator('main form, main button').count()).toBe(0);
    await checkScreen('viewer-list', v);
    await v.click(`td a:text-is("${name}")`);
    await v.getByText('Viewers read surveys; an analyst or an admin changes them.').waitFor();
    expect(await v.locator('main :is(button, input, select, textarea, form)').count()).toBe(0);
    expect(await v.locator('main').innerText()).toContain(translation);
    await checkScreen('viewer-survey', v);
    await viewerContext.close();
  });
});
