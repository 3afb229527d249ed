/**
 * The contacts screens in Spanish, in Chromium, over the demo: an English browser switches to Español
 * on the list, which then searches and filters in Spanish; a contact is opened and corrected, its
 * erasure asked about and kept; two contacts picked from the list are moved to an organization and
 * their deletion asked about; a CSV file with Spanish headers is checked (a dry run whose report keeps
 * an unknown language with a warning and refuses a bad email, each said in Spanish from the server's
 * codes) and imported. Every step: Spanish texts, <html lang="es">, none of the screens' English words
 * in the page, nor the server's English for the import's rows, axe clean, a screenshot.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/app.ts';
import { axe, englishDesk, loadDemo, shot, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let admin: TestClient;
let context: BrowserContext;
let page: Page;
let pid = '';
let veronica = '';

beforeAll(async () => {
  h = await startHarness();
  const loaded = await loadDemo(h);
  admin = loaded.admin;
  pid = loaded.demo.partnership.id;
  const found = await admin.get(`/api/partnerships/${pid}/contacts?q=ver%C3%B3nica%20aguilar`);
  veronica = (found.json.contacts as { id: string }[])[0]!.id;
  ({ context, page } = await englishDesk(h, '/admin/contacts'));
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const lang = (p: Page) => p.evaluate(() => document.documentElement.lang);

/**
 * Words of these screens in English that their Spanish must not show. Chosen so that none occurs in
 * the demo's own data (organization names, attributes) or the server's row messages, which are
 * English: "language", "name" and "English" would, so they are not here.
 */
const english = [
  'Contacts',
  'Import',
  'Search',
  'Kind',
  'Organization',
  'Language',
  'Email',
  'Phone',
  'Texts',
  'consented',
  'subscribed',
  'worker',
  'Workers',
  'Page',
  'Previous page',
  'Next page',
  'All',
  'Given',
  'Opted out',
  'chosen',
  'Delete',
  'Keep',
  'Details',
  'First name',
  'Last name',
  'Attributes',
  'Value',
  'Remove',
  'Save changes',
  'Saved',
  'Erase',
  'What goes',
  'What stays',
  'CSV file',
  'Check the file',
  'Columns',
  'Goes into',
  'Preview',
  'Refused',
  'Warning',
  'Row',
  'Column',
  'Action',
  'rows read',
  'would be',
  'ignore',
  'create',
  // The server's English for the import's rows, which the report says in Spanish.
  'not a language we know',
  'fallback language',
  'not a valid email',
];

/** The page speaks Spanish: <html lang="es"> and none of the English words, in the text or the options. */
async function inSpanish(p: Page) {
  expect(await lang(p)).toBe('es');
  const text = [
    await p.locator('main').innerText(),
    ...(await p.locator('main option').allTextContents()),
    ...(await p
      .locator('main [aria-label]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))),
  ].join('\n');
  const left = english.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
  expect(left, text).toEqual([]);
}

const rows = () => page.locator('main tbody tr');
const status = () => page.locator('main p[role=status]').first();

describe('the contacts screens in Spanish', () => {
  it('switches the list to Spanish, with counts, pages, states and language names in Spanish', async () => {
    const guard = watch(page, h.base);
    await page.locator('h1', { hasText: 'Contacts' }).waitFor();
    expect(await lang(page)).toBe('en');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await page.locator('h1', { hasText: 'Contactos' }).waitFor();
    await expect.poll(() => status().textContent()).toMatch(/^\d+ contactos; se muestran del 1 al 50\.$/);
    await page.locator('main nav', { hasText: /^Página anterior|Página 1 de \d+/ }).waitFor();
    await page.getByRole('link', { name: 'Página siguiente' }).waitFor();
    await page.getByRole('link', { name: 'Importar un archivo CSV' }).waitFor();
    const table = page.getByRole('region', { name: 'Contactos' });
    for (const head of ['Nombre', 'Tipo', 'Organización', 'Correo electrónico', 'Teléfono', 'Idioma', 'SMS'])
      await table.locator('th', { hasText: head }).first().waitFor();
    await table.locator('td', { hasText: 'trabajador(a)' }).first().waitFor();
    await table.locator('td', { hasText: 'con consentimiento' }).first().waitFor();
    await table.locator('td', { hasText: 'sin correo' }).first().waitFor();
    await table.locator('td', { hasText: 'Inglés (English)' }).first().waitFor();
    await page.getByRole('checkbox', { name: 'Seleccionar todos los contactos de esta página' }).waitFor();
    await inSpanish(page);
    await axe(page, 'contacts in Spanish');
    await shot(page, 'admin-es-contacts-1-list');
    guard.check();
  });

  it('filters and searches in Spanish, and says so when nothing matches', async () => {
    expect(await page.locator('label[for=filter-language]').textContent()).toBe('Idioma');
    expect(await page.locator('#filter-kind option').allTextContents()).toEqual([
      'Cualquiera',
      'Personas trabajadoras',
      'Contactos de empleadores',
      'Contactos de organizaciones aliadas',
    ]);
    const languages = await page.locator('#filter-language option').allTextContents();
    expect(languages.slice(0, 3)).toEqual(['Cualquiera', 'Inglés (English)', 'Español']);
    expect(languages).toContain('Vietnamita (Tiếng Việt)');
    expect(languages).toContain('Árabe (العربية)');

    await page.selectOption('#filter-language', 'es');
    await page.selectOption('#filter-kind', 'worker');
    await page.fill('#search', 'aguilar');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('aguilar');
    await page.locator('main tbody th', { hasText: 'Verónica Aguilar' }).waitFor();
    await expect.poll(() => status().textContent()).toMatch(/^\d+ contactos?\.$/);
    for (const cell of await rows().locator('td:nth-child(7)').allTextContents())
      expect(cell).toBe('Español');
    await inSpanish(page);
    await axe(page, 'contacts filtered in Spanish');
    await shot(page, 'admin-es-contacts-2-filtered');

    await page.fill('#search', 'nadie-se-llama-asi');
    await page.locator('main .empty', { hasText: 'Ningún contacto coincide.' }).waitFor();
    await inSpanish(page);
    await axe(page, 'no contact matches, in Spanish');
  });

  it('opens a contact and saves a correction in Spanish; erasing it is asked about and kept', async () => {
    await page.fill('#search', 'aguilar');
    await page.click('main tbody a:has-text("Verónica Aguilar")');
    await page.locator('h1', { hasText: 'Verónica Aguilar' }).waitFor();
    await page.locator('h2', { hasText: 'Datos' }).waitFor();
    expect(await page.locator('label[for=firstName]').textContent()).toBe('Nombre');
    expect(await page.locator('label[for=lastName]').textContent()).toBe('Apellido');
    await page.locator('#phone-hint', { hasText: 'Con su código de país' }).waitFor();
    expect(await page.locator('#language option:checked').textContent()).toBe('Español');
    expect(await page.locator('#kind option:checked').textContent()).toBe('Persona trabajadora');
    await page.locator('legend', { hasText: 'Atributos' }).waitFor();
    await page.getByRole('button', { name: 'Quitar el atributo occupation' }).waitFor();
    await inSpanish(page);
    await axe(page, 'a contact in Spanish');

    await page.fill('#phone', '(309) 555-0141');
    await page.getByRole('button', { name: 'Añadir un atributo' }).click();
    await page.fill('#attr-name-3', 'line');
    await page.fill('#attr-value-3', '3');
    await page.getByRole('button', { name: 'Guardar los cambios' }).click();
    await page.locator('[role=status] p', { hasText: 'Cambios guardados.' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Cambios guardados.');
    const stored = (await admin.get(`/api/partnerships/${pid}/contacts/${veronica}`)).json.contact;
    expect(stored.phone).toBe('+13095550141');
    expect(stored.attributes.line).toBe('3');
    await inSpanish(page);
    await axe(page, 'a contact saved, in Spanish');
    await shot(page, 'admin-es-contacts-3-contact', true);

    await page.locator('h2', { hasText: 'Eliminar o borrar' }).waitFor();
    await page.getByRole('button', { name: 'Borrar a Verónica Aguilar' }).click();
    const question = page.locator('.confirm');
    await question.waitFor();
    expect(await question.textContent()).toMatch(
      /¿Borrar a Verónica Aguilar\?Lo que se borra.*Lo que se conserva/s,
    );
    await inSpanish(page);
    await axe(page, 'asking before erasing, in Spanish');
    await page.getByRole('button', { name: 'Conservar a Verónica Aguilar' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Borrar a Verónica Aguilar');
    expect((await admin.get(`/api/partnerships/${pid}/contacts/${veronica}`)).status).toBe(200);
  });

  it('moves two contacts picked in the list to an organization, and asks before deleting them', async () => {
    await page.getByRole('link', { name: 'Contactos' }).first().click();
    await page.locator('h1', { hasText: 'Contactos' }).waitFor();
    await page.fill('#search', 'anderson');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('anderson');
    await page.locator('#bulk-title', { hasText: 'Seleccione contactos abajo' }).waitFor();
    const boxes = rows().locator('input[type=checkbox]');
    await boxes.nth(1).waitFor();
    expect(await boxes.first().getAttribute('aria-label')).toMatch(/^Seleccionar a \S/);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.locator('#bulk-title', { hasText: '2 contactos seleccionados' }).waitFor();
    expect(await page.locator('#bulk-org option').first().textContent()).toBe('Sin organización');
    await page.selectOption('#bulk-org', { label: 'Riverbend Plastics' });
    await inSpanish(page);
    await axe(page, 'two contacts picked, in Spanish');
    await shot(page, 'admin-es-contacts-4-picked');

    await page.getByRole('button', { name: 'Asignar organización a 2 contactos' }).click();
    await page.locator('p.notice', { hasText: '2 contactos pasaron a Riverbend Plastics.' }).waitFor();
    await expect
      .poll(() => rows().locator('td', { hasText: 'Riverbend Plastics' }).count())
      .toBeGreaterThan(1);

    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: 'Eliminar 2 contactos' }).click();
    await page.locator('#bulk-q', { hasText: '¿Eliminar 2 contactos?' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Sí, eliminar 2 contactos');
    await page.locator('.confirm', { hasText: 'Lo que se conserva' }).waitFor();
    await inSpanish(page);
    await axe(page, 'asking before deleting two contacts, in Spanish');
    await shot(page, 'admin-es-contacts-5-delete-question');
    await page.getByRole('button', { name: 'Conservarlos' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Eliminar 2 contactos');
  });

  it('checks a CSV file in Spanish, an unknown language kept with a warning, then imports it', async () => {
    await page.getByRole('link', { name: 'Importar un archivo CSV' }).click();
    await page.locator('h1', { hasText: 'Importar contactos' }).waitFor();
    expect(await page.locator('#default-kind option:checked').textContent()).toBe('Persona trabajadora');
    const csv = [
      'Nombre,Apellido,Correo,Teléfono,Idioma,Empresa,Ocupación,Consentimiento SMS',
      'Lucía,Prueba,lucia.prueba@example.org,(212) 555-0191,español,Riverbend Plastics,soldadora,sí',
      'Minh,Prueba,minh.prueba@example.org,(212) 555-0192,Tiếng Việt,Riverbend Plastics,operadora,no',
      'Kahless,Prueba,kahless.prueba@example.org,,Klingon,Riverbend Plastics,operador,no',
      'Pat,Prueba,pat.prueba@,,español,Riverbend Plastics,operador,no',
    ].join('\n');
    await page.setInputFiles('#csv', {
      name: 'personas.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Revisar el archivo' }).click();
    const summary = page.locator('.import-summary');
    await expect
      .poll(() => summary.textContent())
      .toBe(
        '4 filas leídas: se añadirían 3 contactos nuevos, 0 se actualizarían, 0 quedarían sin cambios, 0 se unirían a una fila anterior, 1 se rechazaría.',
      );
    await page.locator('h2', { hasText: 'Lo que haría la importación' }).waitFor();

    // The columns, each going into a field named in Spanish; the value stays the API's.
    const occupation = page.locator('tr:has(th:text-is("Ocupación")) select');
    expect(await occupation.inputValue()).toBe('attributes.ocupacion');
    expect(await occupation.locator('option:checked').textContent()).toBe('atributo ocupacion');
    expect(await page.locator('tr:has(th:text-is("Idioma")) select option:checked').textContent()).toBe(
      'idioma',
    );
    expect(await occupation.locator('option').allTextContents()).toContain('no importar');

    // The per-row report: the unknown language kept, with the row as the spreadsheet numbers it.
    const warned = page.locator('table:has(caption:has-text("Filas conservadas con un aviso"))');
    await warned.locator('th', { hasText: 'Aviso' }).waitFor();
    const warning = warned.locator('tbody tr');
    expect(await warning.count()).toBe(1);
    expect(await warning.locator('td').nth(0).textContent()).toBe('4');
    expect(await warning.locator('td').nth(1).textContent()).toBe('Idioma');
    // Said in Spanish from the server's code and params, the language in the reader's words.
    expect(await warning.locator('td').nth(2).textContent()).toMatch(
      /^“Klingon” no es un idioma que conozcamos \(escriba un código .*\); se conserva con el idioma de respaldo de la alianza, [a-zé]+( \(.+\))?\.$/,
    );
    expect(await warning.locator('[lang="en"]').count()).toBe(0);
    const refused = page.locator('table:has(caption:has-text("Filas rechazadas")) tbody tr');
    expect(await refused.locator('td').allTextContents()).toEqual([
      '5',
      'Correo',
      '“pat.prueba@” no es una dirección de correo electrónico válida.',
    ]);

    const preview = page.locator('table:has(caption:text("Los primeros contactos tal como se guardarían"))');
    const first = preview.locator('tbody tr').nth(0);
    expect(await first.locator('td').allTextContents()).toEqual([
      '2',
      'añadir',
      'Lucía Prueba',
      'lucia.prueba@example.org',
      '+12125550191',
      'Español',
      'sí',
      'ocupacion: soldadora',
    ]);
    expect(await preview.locator('tbody tr').nth(1).locator('td').nth(5).textContent()).toBe(
      'Vietnamita (Tiếng Việt)',
    );
    await inSpanish(page);
    await axe(page, 'an import checked, in Spanish');
    await shot(page, 'admin-es-contacts-6-import-check', true);

    await page.getByRole('button', { name: 'Importar 3 contactos' }).click();
    await page.locator('#done-h', { hasText: 'Importación hecha' }).waitFor();
    expect(await summary.textContent()).toMatch(
      /^4 filas leídas: se añadieron 3 contactos nuevos, 0 se actualizaron/,
    );
    await inSpanish(page);
    await axe(page, 'an import done, in Spanish');
    await shot(page, 'admin-es-contacts-7-imported', true);
    await page.getByRole('link', { name: 'Ver los contactos' }).click();
    await page.locator('h1', { hasText: 'Contactos' }).waitFor();
    await page.fill('#search', 'prueba');
    await expect.poll(() => status().textContent()).toBe('3 contactos.');
  });
});
