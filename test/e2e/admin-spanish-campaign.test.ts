/**
 * The Spanish dashboard walks one campaign (issue #16), in Chromium over the demo: an English
 * browser switches to Español and opens Campañas; a campaign is created from a built-in survey with
 * its preview (in Spanish first), its languages and the cost of its texts are read before launch,
 * it is launched and its progress shown, its close date changed and it is closed. Every step is in
 * Spanish: Spanish texts asserted, <html lang="es">, days written "30 de septiembre de 2026", and
 * none of these screens' English words left in the page; axe at each step, screenshots saved.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../client/admin/campaigns/dates.ts';
import { axe, englishDesk, loadDemo, shot, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;
let timeZone = '';
const name = 'Voz de los trabajadores, invierno';

beforeAll(async () => {
  h = await startHarness();
  timeZone = (await loadDemo(h)).demo.partnership.timeZone;
  ({ context, page } = await englishDesk(h, '/admin', (p) => (guard = watch(p, h.base))));
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

/** A day as Spanish writes it: 30 de septiembre de 2026. */
const spanishDay = (day: string) =>
  new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

/**
 * Words of the campaign screens that only their English shows (matched as whole words, with case):
 * one left in the page means a text escaped the catalogue.
 */
const english = [
  'Campaigns',
  'New campaign',
  'Response rate',
  'Poster answers',
  'Dates',
  'State',
  'Period',
  'Survey',
  'Name',
  'Audience',
  'Workers',
  'Channels',
  'Reminder days',
  'Breakdowns',
  'Preview',
  'Create campaign',
  'Nothing is sent',
  'version',
  'reminders',
  'Launch',
  'Languages',
  'Language',
  'People',
  'Speak it',
  'fallback',
  'Reviewed',
  'Not reviewed',
  'Texts by language',
  'Segments',
  'Encoding',
  'characters',
  'Carriers',
  'Progress',
  'invited',
  'answered',
  'response rate',
  'Channel',
  'queued',
  'sent',
  'delivered',
  'Printed',
  'Email',
  'Text',
  'Answers in the reviews',
  'waiting for release',
  'Open link',
  'Turn the open link on',
  'Print',
  'Search people',
  'Duplicate',
  'Edit',
  'Delete',
  'Change',
  'Close now',
  'Save changes',
  'Saved',
  'Back to the campaign',
  'open',
  'closed',
  'scheduled',
  'draft',
  'not launched',
  'Repeat every quarter',
  'Next scheduled launch',
  'fewer than',
  'contacts match',
  'by text',
  'by email',
  'in all',
];

/** The page is Spanish: <html lang="es">, and none of the English words above in what it shows. */
async function inSpanish(step: string) {
  expect(await page.evaluate(() => document.documentElement.lang), step).toBe('es');
  const text = await page.locator('main').innerText();
  const left = english.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(text));
  expect(left, `English on ${step}`).toEqual([]);
}

const heading = (text: string) => page.locator('main h1', { hasText: text });

describe('the Spanish dashboard walks one campaign', () => {
  it('switches to Spanish and lists the campaigns with Spanish states, rates and days', async () => {
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Campañas' }).click();
    await heading('Campañas').waitFor();
    const table = page.locator('main table');
    await table.locator('th', { hasText: 'Tasa de respuesta' }).waitFor();
    await table
      .locator('td', { hasText: /^abierta$/ })
      .first()
      .waitFor();
    await table
      .locator('td', { hasText: /^cerrada$/ })
      .first()
      .waitFor();
    // Days written out, a rate as Spanish writes it ("61 %"), the counts beside it.
    expect(await table.locator('tbody tr td').nth(3).innerText()).toMatch(
      /^del \d{1,2} de [a-z]+ de \d{4} al \d{1,2} de [a-z]+ de \d{4}$/,
    );
    expect(await table.locator('tbody').innerText()).toMatch(/\d+\u00a0% \(\d+ de \d+ invitados\)/);
    await inSpanish('the campaigns list');
    await axe(page, 'campaigns list in Spanish');
    await shot(page, 'admin-es-campaign-1-list');
  });

  it('creates a campaign from a built-in survey, the preview in Spanish first', async () => {
    await page.getByRole('link', { name: 'Nueva campaña' }).click();
    await heading('Nueva campaña').waitFor();
    await page.getByRole('group', { name: 'Público' }).getByLabel('Trabajadores').waitFor();
    await expect
      .poll(() => page.locator('.audience-size').innerText())
      .toMatch(
        /^\d+ contactos coinciden: \d+ por SMS, \d+ por correo electrónico, \d+ solo por enlace impreso\.$/,
      );
    await page.locator('h2', { hasText: 'Vista previa: lo que ve quien responde' }).waitFor();
    const preview = page.locator('.preview');
    expect(await preview.getAttribute('lang')).toBe('es');
    expect(await preview.getAttribute('aria-label')).toBe('Vista previa de la encuesta en español');
    await preview.locator('.prog', { hasText: 'Parte 1 de' }).waitFor();
    await preview.locator('button.primary').click();
    await preview.locator('.prog', { hasText: 'Parte 2 de' }).waitFor();
    await inSpanish('the new campaign form');
    await axe(page, 'new campaign in Spanish');
    await shot(page, 'admin-es-campaign-2-new', true);

    await page.getByLabel('Nombre', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Crear la campaña' }).click();
    await heading(name).waitFor();
    expect(await page.locator('.campaign-status').textContent()).toBe('sin lanzar');
    const opens = today(timeZone);
    const summary = page.locator('main h1 + p');
    expect(await summary.innerText()).toContain(
      `abierta del ${spanishDay(opens)} al ${spanishDay(addDays(opens, 21))}. Canales: SMS y luego correo electrónico; recordatorios: a los 3, 7 días.`,
    );
  });

  it('shows the languages the invitations go in and what the texts cost, before launch', async () => {
    const languages = page.locator('section[aria-labelledby=languages-h]');
    await languages.locator('h2', { hasText: 'Idiomas' }).waitFor();
    await languages.locator('th', { hasText: 'Revisado por un hablante nativo' }).waitFor();
    // The demo's Vietnamese- and Arabic-reading workers: their languages named in Spanish and in themselves.
    await languages.locator('tbody th', { hasText: 'Vietnamita (Tiếng Việt)' }).waitFor();
    await languages.locator('tbody th', { hasText: 'Árabe (العربية)' }).waitFor();
    expect(await languages.locator('p').first().innerText()).toMatch(/^La encuesta está escrita en inglés/);

    const texts = page.locator('section[aria-labelledby=sms-estimate-h]');
    await texts.locator('h2', { hasText: 'SMS por idioma' }).waitFor();
    await texts.locator('th', { hasText: 'Segmentos calculados' }).waitFor();
    await texts.locator('tfoot th', { hasText: 'Todos los idiomas' }).waitFor();
    expect(await texts.locator('p.muted').innerText()).toMatch(
      /^Las operadoras cobran cada segmento\..* recibe la invitación y 2 recordatorios: /,
    );
    await inSpanish('the draft with its languages and texts');
    await axe(page, 'draft campaign in Spanish');
    await languages.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'admin-es-campaign-3-languages');
  });

  it('launches it and shows its progress', async () => {
    await page.getByRole('button', { name: 'Lanzar: invitar a todo el público' }).click();
    await page
      .locator('[role=status]', { hasText: /^Lanzada: \d+ personas invitadas, \d+ mensajes en cola\.$/ })
      .waitFor();
    await expect.poll(() => page.locator('.campaign-status').textContent()).toBe('abierta');
    const progress = page.locator('section[aria-labelledby=progress-h]');
    await progress.locator('h2', { hasText: 'Progreso' }).waitFor();
    await progress.locator('p', { hasText: /^tasa de respuesta$/ }).waitFor();
    expect(await progress.locator('.stat').nth(2).innerText()).toBe('0\u00a0%');
    await progress.locator('th', { hasText: 'en cola' }).waitFor();
    await progress.locator('tbody th', { hasText: 'Solo enlace impreso' }).waitFor();
    await page.locator('h2', { hasText: 'Respuestas en los informes' }).waitFor();
    await page.locator('h2', { hasText: 'Enlaces impresos' }).waitFor();
    await page.getByRole('button', { name: 'Activar el enlace abierto' }).waitFor();
    await inSpanish('the launched campaign');
    await axe(page, 'launched campaign in Spanish');
    await shot(page, 'admin-es-campaign-4-progress', true);
  });

  it('changes its close date, said as a Spanish day', async () => {
    await page
      .getByRole('link', { name: 'Cambiar el nombre, la fecha de cierre o los recordatorios' })
      .click();
    await heading(`Cambiar ${name}`).waitFor();
    await page.getByText('Esta campaña ya se lanzó', { exact: false }).waitFor();
    await inSpanish('the edit form');
    await axe(page, 'edit form in Spanish');
    await shot(page, 'admin-es-campaign-5-edit');
    const closes = addDays(today(timeZone), 45);
    await page.getByLabel('Fecha de cierre', { exact: true }).fill(closes);
    await page.getByRole('button', { name: 'Guardar los cambios' }).click();
    await heading(name).waitFor();
    await page.locator('[role=status]', { hasText: 'Guardado.' }).waitFor();
    expect(spanishDay(closes)).toMatch(/^\d{1,2} de [a-z]+ de \d{4}$/);
    expect(await page.locator('main h1 + p').innerText()).toContain(` al ${spanishDay(closes)}.`);
    await inSpanish('the campaign after the edit');
  });

  it('closes it after asking, in Spanish', async () => {
    await page.getByRole('button', { name: 'Cerrar ahora' }).click();
    const asking = page.getByRole('group', { name: `¿Cerrar ${name} ahora?` });
    await asking.getByText('No se puede volver a abrir.').waitFor();
    await inSpanish('close now asked');
    await axe(page, 'close now asked in Spanish');
    await shot(page, 'admin-es-campaign-6-close');
    await asking.getByRole('button', { name: 'Sí, cerrarla ahora' }).click();
    await expect.poll(() => page.locator('.campaign-status').textContent()).toBe('cerrada');
    expect(await page.getByRole('button', { name: 'Cerrar ahora' }).count()).toBe(0);
    await inSpanish('the closed campaign');
    await axe(page, 'closed campaign in Spanish');

    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Campañas' }).click();
    const row = page.locator('tr', { has: page.locator(`a:text-is("${name}")`) });
    await row.waitFor();
    expect(await row.locator('td').nth(4).innerText()).toBe('cerrada');
    await inSpanish('the campaigns list after the close');
    guard.check();
  });
});
