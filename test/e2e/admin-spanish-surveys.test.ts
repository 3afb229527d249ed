/**
 * The survey screens in Spanish, in Chromium, over the demo: an English browser switches to Español,
 * opens Encuestas, starts a survey of its own from the worker template, keeps English and Spanish,
 * adds a question written in English and sees the check that blocks publishing for its missing
 * Spanish text, fills it, previews the draft and publishes it, every step in Spanish: Spanish words
 * asserted, <html lang="es">, none of these screens' English words left in the page (the survey's own
 * English texts, which are marked lang="en", aside; the checks' findings are in Spanish), axe clean, screenshots
 * in test-results/screenshots/admin-es-surveys-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { axe, englishDesk, loadDemo, shot, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;
let surveyId = '';
let added = '';
const name = 'Encuesta de la planta';
const childCare = {
  en: 'I can get child care for the hours I work.',
  es: 'Puedo conseguir cuidado infantil para las horas que trabajo.',
};
const template = getTemplate('worker-voice')!;
const firstSection = template.sections[0]!.questions.length;

beforeAll(async () => {
  h = await startHarness();
  await loadDemo(h);
  ({ context, page } = await englishDesk(h, '/admin', (p) => (guard = watch(p, h.base))));
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const lang = () => page.evaluate(() => document.documentElement.lang);

/**
 * Words of these screens in English, each of which a string left untranslated would bring back. None
 * is in the worker template's English texts, so the test never blames data; the last few are the checks'
 * English findings, which the editor words in Spanish.
 */
const english =
  /\b(Surveys|New survey|Start the survey|Import a survey|Rename|Questions|Preview|Versions|Translation and sharing|Checks|Nothing blocks|blocks publishing|Working language|Languages|Title|Introduction|Section|Add a question|item bank|Save draft|Publish version|Unsaved|saved|Skip logic|Type of answer|Help text|Edit|Move up|Move down|Remove|required|optional|is published|What changed|Start a campaign|warnings?|notes?|write it|reads at about grade|job-quality factors)\b/;

/**
 * The text a Spanish reader sees in the page's main region, leaving out what is marked as another
 * language: the survey's own English texts, the names of languages in themselves.
 */
const spanishText = () =>
  page.evaluate(() => {
    const foreign = [...document.querySelectorAll<HTMLElement>('main [lang]:not([lang="es"])')];
    const before = foreign.map((e) => e.style.display);
    foreign.forEach((e) => (e.style.display = 'none'));
    const text = document.querySelector<HTMLElement>('main')!.innerText;
    foreign.forEach((e, i) => (e.style.display = before[i]!));
    return text;
  });

async function inSpanish(state: string) {
  expect(await lang()).toBe('es');
  const text = await spanishText();
  expect(text.match(english)?.[0], `English left on ${state}`).toBeUndefined();
  expect(await axe(page, `surveys in Spanish: ${state}`), `axe on ${state}`).toEqual([]);
  await shot(page, `admin-es-surveys-${state}`, true);
}

const card = (si: number, qi: number) => page.locator(`#f-sections-${si}-questions-${qi}`);

describe('the survey screens in Spanish', { timeout: 180_000 }, () => {
  it('switches to Spanish and lists the surveys in Spanish', async () => {
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Encuestas' })
      .click();
    await page.locator('h1', { hasText: 'Encuestas' }).waitFor();
    await page.locator('h2', { hasText: 'Nueva encuesta' }).waitFor();
    await page.locator('h2', { hasText: 'Importar una encuesta' }).waitFor();
    await page.getByLabel('Crear a partir de').waitFor();
    // The template offered by its Spanish title.
    expect(await page.locator('#ns-from option[value="worker-voice"]').innerText()).toBe(
      `${template.title.es} (versión ${template.version})`,
    );
    await inSpanish('1-list');
  });

  it('starts a survey of its own from the worker template, keeping English and Spanish', async () => {
    await page.fill('#ns-name', name);
    await page.selectOption('#ns-from', 'worker-voice');
    await page.getByRole('button', { name: 'Crear la encuesta' }).click();
    await page.locator('h1', { hasText: name }).waitFor();
    surveyId = decodeURIComponent(page.url().split('/admin/surveys/')[1]!);
    expect(surveyId).toMatch(/^own-worker-voice-/);
    await page
      .getByText(/^Encuesta de tipo Voz de los trabajadores, creada a partir de worker-voice/)
      .waitFor();
    await page.getByText('Nada impide publicar.').waitFor();

    const languages = page.getByRole('group', { name: 'Idiomas' });
    for (const l of ['vi', 'zh-Hans', 'ht', 'ar']) await page.uncheck(`#f-languages-${l}`);
    await languages
      .getByText(
        /^El vietnamita está desactivado: sus \d+ textos se conservan en el borrador, pero no se publican\.$/,
      )
      .waitFor();
    expect(
      await page.getByRole('group', { name: 'Idioma de trabajo' }).getByRole('button').allInnerTexts(),
    ).toEqual(['Español: completo']);
    await page.keyboard.press('ControlOrMeta+s');
    await page.locator('.save-state', { hasText: /^Borrador de la versión 1, guardado el / }).waitFor();
    await inSpanish('2-started');
  });

  it('adds a question in English and shows, in Spanish, that its missing Spanish text blocks publishing', async () => {
    await page.getByRole('button', { name: 'Añadir una pregunta a la sección 1' }).click();
    await page.keyboard.type(childCare.en);
    await page.keyboard.press('Tab');
    added = (await card(0, firstSection).locator('code').first().innerText()).trim();

    const finding = card(0, firstSection).locator('.finding.blocking');
    await finding.waitFor();
    expect(await finding.locator('strong').innerText()).toBe('Impide publicar:');
    // The finding worded from its code in Spanish, beside the question and in the summary's link.
    const said = `El texto en español de la pregunta ${added} falta: escríbalo.`;
    expect(await finding.innerText()).toBe(`Impide publicar: ${said}`);
    expect(await finding.locator('[lang="en"]').count()).toBe(0);
    await page.locator('.finding-links a', { hasText: said }).waitFor();
    await page.getByText('1 observación impide publicar.').waitFor();
    await card(0, firstSection).getByLabel('Pregunta (español)').waitFor();
    expect(await page.getByRole('button', { name: 'Publicar la versión 1' }).isDisabled()).toBe(true);
    await page.getByText('Para publicar, primero resuelva 1 observación que lo impide').waitFor();
    await inSpanish('3-missing-spanish');
  });

  it('fills the Spanish text from the check, then previews the draft in Spanish', async () => {
    await page.locator('.finding-links a', { hasText: 'Impide publicar' }).click();
    await page.keyboard.type(childCare.es);
    await page.getByText('Nada impide publicar.').waitFor();
    await page.getByRole('button', { name: 'Guardar el borrador (Ctrl+S)' }).click();
    await page.locator('.save-state', { hasText: 'guardado el' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Vistas de la encuesta' })
      .getByRole('link', { name: 'Vista previa' })
      .click();
    await page.locator('h2', { hasText: 'Vista previa en tamaño de teléfono' }).waitFor();
    await page.locator('iframe[title="Vista previa de la encuesta en inglés"]').waitFor();
    await page
      .getByRole('group', { name: 'Idioma de la vista previa' })
      .getByRole('button', { name: 'Español' })
      .click();
    await page.locator('iframe[title="Vista previa de la encuesta en español"]').waitFor();
    const inside = page.frameLocator('iframe[title="Vista previa de la encuesta en español"]');
    await inside.getByText(template.title.es!).first().waitFor();
    await inside.getByText(childCare.es).waitFor();
    await inSpanish('4-preview');
  });

  it('publishes in Spanish and lists what the version changed', async () => {
    await page.getByRole('button', { name: 'Publicar la versión 1' }).click();
    const done = page.locator('section', {
      has: page.locator('h2', { hasText: 'La versión 1 está publicada' }),
    });
    await done.waitFor();
    await done.locator('h3', { hasText: 'Qué cambió' }).waitFor();
    expect(await done.locator('ul.changes').innerText()).toContain(`Añadidas: ${added}`);
    await page.getByRole('link', { name: 'Empezar una campaña con la versión 1' }).first().waitFor();
    await inSpanish('5-published');

    await page
      .getByRole('navigation', { name: 'Vistas de la encuesta' })
      .getByRole('link', { name: 'Versiones' })
      .click();
    const v1 = page.locator('ol.versions > li', { hasText: 'Versión 1' });
    await v1.waitFor();
    expect(await v1.innerText()).toMatch(/Publicada el \d{1,2} [a-z]+ \d{4}/);
    await inSpanish('6-versions');
    guard.check();
  });
});
