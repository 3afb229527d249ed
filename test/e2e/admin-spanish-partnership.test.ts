/**
 * The Partnership screens in Spanish, in Chromium, over the demo: an en-US browser switches to
 * Español, opens Alianza, is refused a bad help contact in Spanish and saves a good one, renames an
 * organization, reads what removing one would do, sees the members with their roles and what each
 * sees, adds and removes one, reads the fallback languages named in Spanish, and starts a new
 * partnership, refused first in Spanish. Every step checks Spanish text, <html lang="es"> and that
 * none of these screens' English words is left in the page; axe runs on each state, and screenshots
 * go to test-results/screenshots/admin-es-partnership-*.png.
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
const orgs: Record<string, string> = {};
const password = 'correct horse battery';

beforeAll(async () => {
  h = await startHarness();
  const loaded = await loadDemo(h);
  admin = loaded.admin;
  pid = loaded.demo.partnership.id;
  const listed = (await admin.get(`/api/partnerships/${pid}/organizations`)).json.organizations as {
    id: string;
    name: string;
  }[];
  for (const o of listed) orgs[o.name] = o.id;
  // Members to read: an employer's account limited to one organization, an analyst of the whole
  // partnership, and a viewer who is not a member yet, for the form that adds one.
  for (const body of [
    {
      email: 'rrhh@heartland.example',
      name: 'Heartland RR. HH.',
      role: 'viewer',
      memberships: [{ partnershipId: pid, organizationId: orgs['Heartland Metal Fabrication'] }],
    },
    { email: 'ana@example.org', name: 'Ana Analista', role: 'analyst', partnershipIds: [pid] },
    { email: 'vera@example.org', name: 'Vera Vista', role: 'viewer', partnershipIds: [] },
  ]) {
    const res = await admin.post('/api/users', { ...body, password });
    expect(res.status, res.text).toBe(201);
  }
  // An English-speaking admin's browser: the switch, not the browser, makes it Spanish.
  ({ context, page } = await englishDesk(h));
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const lang = () => page.evaluate(() => document.documentElement.lang);

// What these screens say in English: none of it may be left once the dashboard is in Spanish.
// Case-sensitive whole words, chosen so the demo's own names (River Valley Workforce Board, the
// Community College, "... Partnership") and the language switch's "English" do not match.
const englishWords = [
  'Settings',
  'Name',
  'Region',
  'Time zone',
  'Reviews by',
  'Program year',
  'Calendar year',
  'Minimum group size',
  'Texts from',
  'Texts until',
  'Fallback language',
  'Help contact',
  'Save',
  'Saved',
  'Cancel',
  'Comments in reviews',
  'Show comments',
  'Never fewer',
  'Organizations',
  'Add organization',
  'Add an organization',
  'Kind',
  'Edit',
  'Remove',
  'Keep',
  'employer',
  'education',
  'workforce board',
  'economic development',
  'Members',
  'Administrators see',
  'Email',
  'Role',
  'Sees',
  'Actions',
  'analyst',
  'viewer',
  'The whole partnership',
  'beside the whole sector',
  'Add a member',
  'Staff member',
  'Choose',
  'What they see',
  'Add to this partnership',
  'Start another partnership',
  'New partnership',
  'Create the partnership',
  'Spanish',
  'Vietnamese',
  'Arabic',
  'Haitian',
  'Chinese',
  'contacts keep',
  'employer account',
  'Past reviews',
  'Use a phone number',
  'Too small',
  'The minimum group size',
  'The comment minimum',
  'Some fields',
];

async function inSpanish(where: string) {
  expect(await lang(), where).toBe('es');
  const text = await page.evaluate(() => document.body.innerText);
  const left = englishWords.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
  expect(left, `English left on ${where}`).toEqual([]);
}

const focused = () =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');

describe('the Partnership screens in Spanish', () => {
  it('switches to Español and opens Alianza, every section in Spanish', async () => {
    const guard = watch(page, h.base);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    const nav = page.getByRole('navigation', { name: 'Principal' });
    await nav.getByRole('link', { name: 'Alianza' }).click();
    await page.locator('#p-help').waitFor();
    await page.locator('legend', { hasText: 'Configuración' }).waitFor();
    await page.getByLabel('Zona horaria').waitFor();
    await page.getByLabel('Idioma de respaldo').waitFor();
    await page.getByLabel('Contacto de ayuda (opcional)').waitFor();
    await page.locator('h2', { hasText: 'Comentarios en los informes' }).waitFor();
    await page.locator('h2', { hasText: 'Organizaciones' }).waitFor();
    await page.locator('h2', { hasText: 'Miembros' }).waitFor();
    await page.locator('.org-row', { hasText: 'Riverbend Plastics' }).waitFor();
    expect(await page.locator('.org-row', { hasText: 'Riverbend Plastics' }).textContent()).toContain(
      '(empleador)',
    );
    expect(await page.locator('#p-year option').allTextContents()).toEqual([
      'Año del programa (de julio a junio)',
      'Año calendario',
    ]);
    // The fallback languages, each named in Spanish and then in itself.
    const languages = await page.locator('#p-fallback option').allTextContents();
    expect(languages).toContain('Español');
    expect(languages).toContain('Vietnamita (Tiếng Việt)');
    expect(languages).toContain('Árabe (العربية)');
    await page
      .locator('#comment-min-hint', { hasText: /^Nunca menos de 3, ni menos que el tamaño mínimo/ })
      .waitFor();
    await inSpanish('Alianza');
    await axe(page, 'the partnership screen in Spanish');
    await shot(page, 'admin-es-partnership-1-screen', true);
    guard.check();
  });

  it('refuses a help contact that is neither a phone nor an email in Spanish, then saves one', async () => {
    await page.fill('#p-help', '312 555');
    await page.click('button:has-text("Guardar la configuración")');
    await page
      .locator('#p-help-error', {
        hasText:
          'Escriba un número de teléfono con su código de país, como +1 312 555 0100, o un correo electrónico.',
      })
      .waitFor();
    expect(await page.getAttribute('#p-help', 'aria-invalid')).toBe('true');
    await page.locator('.form-error', { hasText: 'Algunos campos necesitan su atención.' }).waitFor();
    await page.fill('#p-help', 'ayuda@valle');
    await page.click('button:has-text("Guardar la configuración")');
    await page
      .locator('#p-help-error', { hasText: 'Escriba un correo electrónico como ayuda@ejemplo.org.' })
      .waitFor();
    await inSpanish('a refused help contact');
    await axe(page, 'a refused help contact in Spanish');
    await shot(page, 'admin-es-partnership-2-help-refused');

    await page.fill('#p-help', '+1 (312) 555-0100');
    await page.focus('#p-help');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.inputValue('#p-help')).toBe('+13125550100');
    expect((await admin.get(`/api/partnerships/${pid}`)).json.partnership.helpContact).toBe('+13125550100');
    expect(await page.locator('#p-help-error').count()).toBe(0);
  });

  it('refuses a comment minimum below 3 in Spanish', async () => {
    await page.fill('#comment-min', '2');
    await page.click('#review-settings-h ~ form button[type=submit]');
    await page
      .locator('#comment-min-error', { hasText: 'El mínimo para comentarios nunca es menor que 3.' })
      .waitFor();
    await inSpanish('a refused comment minimum');
  });

  it('renames an organization, its kinds offered in Spanish', async () => {
    const id = orgs['Riverbend Plastics']!;
    const row = page.locator('.org-row', { hasText: 'Riverbend Plastics' });
    await row.getByRole('button', { name: 'Editar Riverbend Plastics' }).click();
    const name = page.locator(`#org-name-${id}`);
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('form', { name: 'Editar Riverbend Plastics' }).waitFor();
    expect(await page.locator(`#org-kind-${id} option`).allTextContents()).toEqual([
      'empleador',
      'educación',
      'junta laboral',
      'comunidad',
      'sindicato',
      'desarrollo económico',
      'otro',
    ]);
    await name.fill('');
    await name.press('Enter');
    await page.locator(`#org-name-${id}-error`, { hasText: 'Este campo no puede quedar vacío.' }).waitFor();
    await inSpanish('an organization being edited');
    await axe(page, 'an organization being edited in Spanish');
    await shot(page, 'admin-es-partnership-3-edit-organization');

    await name.fill('Riverbend Plásticos');
    await name.press('Enter');
    await page.locator('[role=status]', { hasText: 'Se guardó Riverbend Plásticos (empleador).' }).waitFor();
    await expect.poll(focused).toBe('Editar Riverbend Plásticos');
    await inSpanish('a renamed organization');
  });

  it('says in Spanish what removing an organization would do, and keeps it', async () => {
    const impact = (
      await admin.get(`/api/partnerships/${pid}/organizations/${orgs['Heartland Metal Fabrication']}/impact`)
    ).json.impact as { contacts: number };
    expect(impact.contacts).toBeGreaterThan(1);
    const row = page.locator('.org-row', { hasText: 'Heartland Metal Fabrication' });
    await row.getByRole('button', { name: 'Quitar Heartland Metal Fabrication' }).click();
    const question = row.locator('.confirm');
    await question.waitFor();
    const said = (await question.textContent())!;
    expect(said).toContain('¿Quitar Heartland Metal Fabrication?');
    expect(said).toContain(
      `${impact.contacts} contactos conservan sus datos y enlaces, pero ya no pertenecen a ninguna organización.`,
    );
    expect(said).toContain(
      '1 cuenta de empleador pierde el acceso a esta alianza: Heartland RR. HH. (rrhh@heartland.example).',
    );
    expect(said).toContain('Los informes anteriores conservan su nombre y sus cifras');
    await expect.poll(focused).toBe('Sí, quitar Heartland Metal Fabrication');
    await inSpanish('removing an organization');
    await axe(page, 'removing an organization, in Spanish');
    await shot(page, 'admin-es-partnership-4-remove-organization');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('Quitar Heartland Metal Fabrication');
    expect(await question.count()).toBe(0);
  });

  it('lists the members in Spanish, and adds and removes one', async () => {
    const table = page.locator('#members-h ~ * table');
    await table.locator('th', { hasText: 'Correo electrónico' }).waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Nombre',
      'Correo electrónico',
      'Función',
      'Ve',
      'Acciones',
    ]);
    const employer = table.locator('tr', { hasText: 'rrhh@heartland.example' });
    expect(await employer.locator('td').allTextContents()).toEqual([
      'Heartland RR. HH.',
      'rrhh@heartland.example',
      'lector',
      'Solo Heartland Metal Fabrication, junto al sector entero',
      'Quitar a Heartland RR. HH. de esta alianza',
    ]);
    const analyst = table.locator('tr', { hasText: 'ana@example.org' });
    expect(await analyst.locator('td').nth(2).textContent()).toBe('analista');
    expect(await analyst.locator('td').nth(3).textContent()).toBe('La alianza entera');

    await page.locator('h3', { hasText: 'Añadir un miembro' }).waitFor();
    const vera = await page.locator('#member option', { hasText: 'Vera Vista' }).textContent();
    expect(vera).toBe('Vera Vista (lector, vera@example.org)');
    await page.getByLabel('Miembro del personal').selectOption({ label: vera! });
    await page.getByLabel('Lo que ve').waitFor();
    // An option is never "visible" to Playwright: waiting for the list to arrive is enough.
    await page
      .locator('#member-org option', { hasText: 'Solo Riverbend Plásticos' })
      .waitFor({ state: 'attached' });
    await page.locator('#member-org-hint', { hasText: 'El personal de un empleador' }).waitFor();
    await inSpanish('adding a member');
    await axe(page, 'adding a member, in Spanish');
    await shot(page, 'admin-es-partnership-5-members', true);
    await page.getByLabel('Lo que ve').selectOption({ label: 'Solo Riverbend Plásticos' });
    await page.click('button:has-text("Añadir a esta alianza")');
    await page
      .locator('#members-h ~ [role=status]', { hasText: 'Vera Vista ya puede trabajar en esta alianza.' })
      .waitFor();
    const added = table.locator('tr', { hasText: 'vera@example.org' });
    await added.locator('td', { hasText: 'Solo Riverbend Plásticos, junto al sector entero' }).waitFor();

    await added.getByRole('button', { name: 'Quitar a Vera Vista de esta alianza' }).click();
    await added.getByRole('group', { name: '¿Quitar a Vera Vista de esta alianza?' }).waitFor();
    await expect.poll(focused).toBe('Sí, quitar Vera Vista');
    await inSpanish('removing a member');
    await axe(page, 'removing a member, in Spanish');
    await page.keyboard.press('Enter');
    await page
      .locator('#members-h ~ [role=status]', { hasText: 'Vera Vista ya no trabaja en esta alianza.' })
      .waitFor();
    await expect.poll(() => table.locator('tr', { hasText: 'vera@example.org' }).count()).toBe(0);
    await inSpanish('a member removed');
  });

  it('starts a new partnership in Spanish, refused first', async () => {
    const guard = watch(page, h.base);
    await page.getByRole('link', { name: 'Iniciar otra alianza' }).click();
    await page.locator('h1', { hasText: 'Nueva alianza' }).waitFor();
    await page.fill('#p-min', '2');
    await page.click('button:has-text("Crear la alianza")');
    await page.locator('#p-name-error', { hasText: 'Este campo no puede quedar vacío.' }).waitFor();
    await page
      .locator('#p-min-error', { hasText: 'El tamaño mínimo de grupo nunca es menor que 3.' })
      .waitFor();
    await inSpanish('a new partnership, refused');
    await axe(page, 'a new partnership refused, in Spanish');
    await shot(page, 'admin-es-partnership-6-new-refused', true);

    await page.fill('#p-name', 'Alianza del Valle Sur');
    await page.fill('#p-sector', 'Cuidados de salud');
    await page.fill('#p-region', 'Valle Sur');
    await page.fill('#p-tz', 'America/Chicago');
    await page.fill('#p-min', '5');
    await page.selectOption('#p-fallback', 'es');
    await page.click('button:has-text("Crear la alianza")');
    await page.locator('h1', { hasText: 'Alianza del Valle Sur' }).waitFor();
    await page.locator('h2', { hasText: 'Organizaciones' }).waitFor();
    await page.locator('.empty', { hasText: 'Todavía no hay organizaciones.' }).waitFor();
    expect(await page.inputValue('#p-fallback')).toBe('es');
    await inSpanish('the new partnership');
    await axe(page, 'the new partnership in Spanish');
    await shot(page, 'admin-es-partnership-7-new', true);
    guard.check();
  });
});
