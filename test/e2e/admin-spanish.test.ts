/**
 * The dashboard in Spanish, in Chromium, over the demo: an English browser starts in English; the
 * switch in the top bar turns the shell, the overview, the reviews and a review into Spanish, with
 * the survey's own Spanish texts, <html lang="es">, Spanish dates and numbers, and the printable page
 * in Spanish too; the choice is kept on reload and undone by the same switch. A browser that asks for
 * Spanish gets the sign-in screen in Spanish before anyone chooses. axe runs on every state.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { TestClient, testAdmin } from '../helpers/app.ts';
import { axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let pid = '';
let quarter = '';

beforeAll(async () => {
  h = await startHarness();
  const admin = new TestClient(h.ctx);
  await admin.post('/api/setup', testAdmin);
  const demo = await admin.post('/api/demo');
  expect(demo.status, demo.text).toBe(201);
  pid = demo.json.partnership.id;
  const reviews = (await admin.get(`/api/partnerships/${pid}/reviews`)).json.reviews as {
    period: string;
    kind: string;
  }[];
  quarter = reviews.filter((r) => r.kind === 'quarter')[0]!.period;
  const added = await admin.post(`/api/partnerships/${pid}/reviews/${quarter}/actions`, {
    heard: 'Night shift hears about training too late.',
    action: 'Post training dates at every site two weeks ahead.',
    owner: 'Workforce board',
    dueOn: '2020-01-31',
  });
  expect(added.status, added.text).toBe(201);
  // Chromium here sends en-US, as an English-speaking analyst's browser would.
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  await page.goto(`${h.base}/admin`);
  await signInAs(page, testAdmin.email, testAdmin.password);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const lang = (p: Page) => p.evaluate(() => document.documentElement.lang);
const workerVoice = getTemplate('worker-voice')!;

describe('the dashboard in Spanish', () => {
  it('starts in English for an English browser and switches to Spanish from the top bar', async () => {
    const guard = watch(page, h.base);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).waitFor();
    expect(await lang(page)).toBe('en');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Resumen' })
      .waitFor();
    expect(await lang(page)).toBe('es');
    expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    await page.locator('h2', { hasText: 'Campañas abiertas' }).waitFor();
    await page.locator('h2', { hasText: /^Último informe/ }).waitFor();
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    // The latest review's figures: the measure's Spanish name, a percentage written "NN %".
    await page.locator('li', { hasText: 'Índice de calidad del empleo' }).first().waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/Open campaigns|Latest review|Goals/);
    await axe(page, 'overview in Spanish');
    await shot(page, 'admin-es-1-overview');
    guard.check();
  });

  it('lists the reviews with their periods in Spanish', async () => {
    await page.getByRole('link', { name: 'Informes' }).click();
    await page.locator('h1', { hasText: 'Informes' }).waitFor();
    const table = page.locator('table');
    await table.locator('th', { hasText: 'Periodo' }).waitFor();
    await table.locator('td', { hasText: 'trimestral' }).first().waitFor();
    // Months in Spanish: "julio de 2026 a septiembre de 2026".
    expect(await table.locator('a').first().textContent()).toMatch(/^[a-z]+ de \d{4} a [a-z]+ de \d{4}$/);
    await axe(page, 'reviews in Spanish');
    await shot(page, 'admin-es-2-reviews');
  });

  it("opens a review in Spanish, the survey's own Spanish texts included", async () => {
    await page.locator(`a[href="/admin/reviews/${quarter}"]`).click();
    await page.locator('h1', { hasText: /^Informe: / }).waitFor();
    await page.locator('.template-counts').first().waitFor();
    await page.locator('details.measure-answers').first().waitFor();
    await page.locator('h2', { hasText: workerVoice.title.es! }).waitFor();
    await page.locator('h2', { hasText: 'Clave de símbolos' }).waitFor();
    await page.locator('th', { hasText: 'Índice de calidad del empleo' }).first().waitFor();
    await page.locator('strong.overdue-flag', { hasText: 'vencida' }).first().waitFor();
    // The overdue item's due day, as Spanish writes it.
    await page.locator('td', { hasText: '31 ene 2020' }).first().waitFor();
    await axe(page, 'a review in Spanish');
    await shot(page, 'admin-es-3-review');

    // A measure's answers: the questions as the Spanish survey asks them.
    const measure = page.locator('details.measure-answers').first();
    await measure.locator('summary').click();
    const asked = new Set(workerVoice.sections.flatMap((s) => s.questions.map((q) => q.text.es)));
    const captions = await measure.locator('figcaption').allTextContents();
    expect(captions.length).toBeGreaterThan(0);
    for (const c of captions) expect(asked).toContain(c);
    await axe(page, 'a review in Spanish, a measure open');
  });

  it('opens the printable page in Spanish', async () => {
    const [printed] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: /^Página para imprimir/ }).click(),
    ]);
    await printed.waitForLoadState();
    expect(await lang(printed)).toBe('es');
    await printed.locator('h1', { hasText: /^Informe trimestral/ }).waitFor();
    await printed.locator('h2', { hasText: 'Clave de símbolos' }).waitFor();
    await printed.locator('h2', { hasText: workerVoice.title.es! }).waitFor();
    await axe(printed, 'the printable review in Spanish');
    await shot(printed, 'admin-es-4-printed', true);
    await printed.close();
  });

  it('keeps Spanish on reload and goes back to English with the same switch', async () => {
    await page.reload();
    await page.locator('h1', { hasText: /^Informe: / }).waitFor();
    expect(await lang(page)).toBe('es');
    await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    await page.locator('h1', { hasText: /^Review: / }).waitFor();
    await page.locator('h2', { hasText: workerVoice.title.en }).waitFor();
    expect(await lang(page)).toBe('en');
    await page.getByRole('link', { name: 'Overview' }).waitFor();
  });

  it('greets a Spanish browser in Spanish on the sign-in screen', async () => {
    const spanish = await h.browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'es-MX' });
    try {
      const p = await spanish.newPage();
      await p.goto(`${h.base}/admin`);
      await p.locator('h1', { hasText: 'Iniciar sesión en Sector Voice' }).waitFor();
      expect(await lang(p)).toBe('es');
      await p.getByLabel('Correo electrónico').waitFor();
      await p.click('button[type=submit]');
      await p.locator('#email-error', { hasText: 'Escriba su correo electrónico.' }).waitFor();
      await axe(p, 'sign-in in Spanish on a phone');
      await shot(p, 'admin-es-5-sign-in');
    } finally {
      await spanish.close();
    }
  });
});
