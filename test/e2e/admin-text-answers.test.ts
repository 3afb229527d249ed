/**
 * Answering by text on the campaign screen (issue 18), in Chromium over the demo, in English and then
 * in Spanish: a draft worker campaign offers "How workers answer a text" (a link, by text, both); a
 * choice by text shows what one completed conversation costs per language and says, before launch,
 * that the SMS provider's log will hold the replies; it saves; a poster keyword needs the open link,
 * a reserved word is refused beside the field, a good one is stored and shown with the number to
 * text by the open link. axe at each step, no request elsewhere.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/demo/demo.ts';
import { adminClient, testAdmin, type TestClient } from '../helpers/app.ts';
import { axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let admin: TestClient;
let context: BrowserContext;
let page: Page;
let guard: ReturnType<typeof watch>;
let campaignId = '';

beforeAll(async () => {
  h = await startHarness();
  // A Twilio number people can text: the open link then says where to text the keyword.
  h.ctx.deps.config.distribution.smsFrom = '+13125550100';
  admin = await adminClient(h.ctx);
  const demo = await loadDemo(h.ctx.deps);
  const made = await admin.post(`/api/partnerships/${demo.partnership.id}/campaigns`, {
    name: 'Worker voice by text',
    templateId: 'worker-voice',
    period: '2031-Q1',
    opensOn: '2031-01-05',
    closesOn: '2031-01-31',
  });
  expect(made.status, made.text).toBe(201);
  campaignId = made.json.campaign.id;
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  guard = watch(page, h.base);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

const stored = async () => (await admin.get(`/api/campaigns/${campaignId}`)).json.campaign;
const card = () => page.locator('section', { has: page.locator('#text-answers-h') });
const costRow = (language: string) =>
  card().locator('table.conversation-cost tbody tr', { hasText: language });

describe('how workers answer a text, on the campaign screen', () => {
  it('offers link, text or both; by text it shows the cost per language and the provider log notice', async () => {
    await page.goto(`${h.base}/admin/campaigns/${campaignId}`);
    await signInAs(page, testAdmin.email, testAdmin.password);
    await page.locator('#text-answers-h', { hasText: 'Answering by text' }).waitFor();
    const group = card().getByRole('group', { name: 'How workers answer a text' });
    for (const label of ['Open a link', 'Answer by text', 'Both'])
      await group.getByRole('radio', { name: label }).waitFor();
    expect(await group.getByRole('radio', { name: 'Open a link' }).isChecked()).toBe(true);
    // By link: no conversation to cost.
    expect(await card().locator('table.conversation-cost').count()).toBe(0);
    await axe(page, 'campaign screen, answering by link');

    await group.getByRole('radio', { name: 'Answer by text' }).check();
    await costRow('English').waitFor();
    // The built-in short form: 13 messages in 13 segments in English, 16 segments in Vietnamese.
    expect((await costRow('English').locator('td').allTextContents()).slice(1)).toEqual(['13', '13', '11']);
    expect(await costRow('Vietnamese').locator('td').first().textContent()).toBe('UCS-2');
    expect(await costRow('Vietnamese').locator('td').nth(2).textContent()).toBe('16');
    const notice = await card().locator('.text-provider-log').textContent();
    expect(notice).toContain("SMS provider's message log");
    expect(notice).toContain('Limiting what Twilio keeps');
    await card().getByRole('button', { name: 'Save how workers answer' }).click();
    await card().locator('[role=status]', { hasText: 'Saved.' }).waitFor();
    expect((await stored()).smsAnswers).toBe('text');
    await axe(page, 'campaign screen, answering by text with its cost');
    await shot(page, 'text-answers-en', true);
  });

  it('asks for the open link before a keyword, refuses STOP beside the field and shows the one kept', async () => {
    expect(await card().locator('#text-keyword').count()).toBe(0);
    await card().locator('.hint', { hasText: 'Turn the open link on' }).waitFor();
    await page.getByRole('button', { name: 'Turn the open link on' }).click();
    await card().locator('#text-keyword').waitFor();
    await card().locator('#text-keyword').fill('stop');
    await card().getByRole('button', { name: 'Save how workers answer' }).click();
    await card().locator('#text-keyword[aria-invalid=true]').waitFor();
    expect(await card().locator('#text-keyword-error').textContent()).toContain('already means something');
    await axe(page, 'a refused keyword');
    await card().locator('#text-keyword').fill('Jobs');
    await card().getByRole('button', { name: 'Save how workers answer' }).click();
    await card().locator('[role=status]', { hasText: 'Saved.' }).waitFor();
    expect(await card().locator('#text-keyword').inputValue()).toBe('JOBS');
    expect(await stored()).toMatchObject({ smsAnswers: 'text', textKeyword: 'JOBS' });
    await page
      .locator('.text-keyword-line', { hasText: 'Text JOBS to +13125550100 to answer by text.' })
      .waitFor();
    // The printed poster says it in each of its languages, the number as people write it.
    expect(await page.locator('.poster .text-in').allTextContents()).toEqual([
      'Or text JOBS to +1 312-555-0100 to answer by text message.',
      'O envíe JOBS por mensaje de texto al +1 312-555-0100 para contestar por mensaje.',
    ]);
  });

  it('says the same in Spanish, and saves both ways', async () => {
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await page.locator('#text-answers-h', { hasText: 'Contestar por mensaje' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    const group = card().getByRole('group', { name: 'Cómo contestan los trabajadores un mensaje de texto' });
    expect(await group.getByRole('radio', { name: 'Contestar por mensaje' }).isChecked()).toBe(true);
    await group.getByRole('radio', { name: 'Las dos' }).check();
    await card().locator('th', { hasText: 'Mensajes' }).waitFor();
    await card().locator('th', { hasText: 'Segmentos' }).waitFor();
    expect((await costRow('English').locator('td').allTextContents()).slice(1)).toEqual(['13', '13', '11']);
    // The language's own name, then the staff member's word for it.
    expect(await costRow('English').locator('th').textContent()).toBe('English (inglés)');
    const notice = await card().locator('.text-provider-log').textContent();
    expect(notice).toContain('registro de mensajes del proveedor de SMS');
    expect(notice).toContain('Limiting what Twilio keeps');
    await card().getByRole('button', { name: 'Guardar cómo contestan' }).click();
    await card().locator('[role=status]', { hasText: 'Guardado.' }).waitFor();
    expect((await stored()).smsAnswers).toBe('both');
    await page
      .locator('.text-keyword-line', { hasText: 'Envíe JOBS al +13125550100 para contestar por mensaje.' })
      .waitFor();
    const text = await card().innerText();
    for (const english of ['Answering by text', 'Messages', 'Segments', 'Save', 'Poster keyword'])
      expect(text, english).not.toContain(english);
    await axe(page, 'campaign screen in Spanish, both ways');
    await shot(page, 'text-answers-es', true);
    guard.check();
  });
});
