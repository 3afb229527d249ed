/**
 * The survey editor issue's "done when", from the respondents' side: a partnership's own worker
 * survey with an added question is answered on phones in English and Spanish, and the review in the
 * dashboard shows the new question beside the built-in items, with the version's list of changes.
 * (The editor's own walk, from adding the question to publishing, is survey-editor.test.ts.)
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import type { SurveyDraft } from '../../surveys/draft.ts';
import { adminClient, testAdmin, type TestClient } from '../helpers/app.ts';
import { answerOnPhone, axe, shot, signInAs, startHarness, watch, type Harness } from './admin-harness.ts';

let h: Harness;
let admin: TestClient;
let context: BrowserContext;
let phone: BrowserContext;
let page: Page;
let surveyId = '';
let campaignId = '';
const today = new Date().toISOString().slice(0, 10);
const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
const later = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const spanish = '¿Puede conseguir cuidado infantil para sus horas de trabajo?';

beforeAll(async () => {
  h = await startHarness();
  admin = await adminClient(h.ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'Lakeshore Health Careers',
    sector: 'Healthcare',
    region: 'Lakeshore',
    timeZone: 'UTC',
    reviewYear: 'calendar',
  });
  const pid = p.json.partnership.id as string;
  const people = Array.from({ length: 6 }, (_, i) => ({
    firstName: `Nurse${i}`,
    email: `n${i}@care.example`,
    kind: 'worker',
    language: i % 2 === 0 ? 'es' : 'en',
  }));
  expect((await admin.post(`/api/partnerships/${pid}/contacts`, people)).status).toBe(201);
  const started = await admin.post(`/api/partnerships/${pid}/surveys`, {
    name: 'Lakeshore worker survey',
    from: { templateId: 'worker-voice', version: 1 },
  });
  surveyId = started.json.survey.id;
  const draft = (await admin.get(`/api/surveys/${surveyId}`)).json.survey.draftDefinition as SurveyDraft;
  draft.sections[1]!.questions.push({
    id: 'childcare_access',
    type: 'yesno',
    required: true,
    text: { en: 'Can you get child care for the hours you work?', es: spanish },
  });
  expect((await admin.request('PUT', `/api/surveys/${surveyId}/draft`, { draft })).status).toBe(200);
  expect((await admin.post(`/api/surveys/${surveyId}/publish`)).status).toBe(201);
  const made = await admin.post(`/api/partnerships/${pid}/campaigns`, {
    name: `Lakeshore worker survey ${quarter}`,
    templateId: surveyId,
    period: quarter,
    opensOn: today,
    closesOn: later,
    channels: ['email'],
  });
  expect(made.status, made.text).toBe(201);
  campaignId = made.json.campaign.id;
  expect((await admin.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(200);
  // What npm start's loop does: the invitations go out (to the development outbox).
  await dispatchDue(h.ctx.deps);
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  phone = await h.browser.newContext({ viewport: { width: 360, height: 640 } });
  phone.setDefaultTimeout(20_000);
  page = await context.newPage();
  await page.goto(`${h.base}/admin`);
  await signInAs(page, testAdmin.email, testAdmin.password);
}, 180_000);

afterAll(async () => {
  await phone?.close();
  await context?.close();
  await h?.close();
});

describe('an own survey answered and reviewed', { timeout: 180_000 }, () => {
  it('is answered on phones in English and Spanish, the added question in each language', async () => {
    const outbox = (await admin.get(`/api/dev/outbox?campaignId=${campaignId}`)).json.messages as {
      to: string;
      body: string;
    }[];
    const links = outbox.map((m) => ({ to: m.to, url: m.body.match(/https?:\/\/\S+\/s\/[\w-]+/)![0] }));
    expect(links).toHaveLength(6);
    for (const { to, url } of links.slice(0, 5)) {
      const es = /n[024]@/.test(to);
      // The added question's part, as the link serves it (opening a page uses nothing up).
      const part = await (await fetch(`${url}?step=2`)).text();
      expect(part).toContain(es ? spanish : 'Can you get child care for the hours you work?');
      await answerOnPhone(phone, url, h.base);
    }
  });

  it('shows the new question beside the built-in items in the review, with what the version changed', async () => {
    const guard = watch(page, h.base);
    await page.goto(`${h.base}/admin/campaigns/${campaignId}`);
    await page.click('button:has-text("Close now")');
    await page.click('button:has-text("Yes, close it now")');
    await expect.poll(() => page.textContent('.campaign-status'), { timeout: 15_000 }).toBe('closed');
    await page.goto(`${h.base}/admin/reviews/${quarter}`);
    const section = page.locator('section[aria-labelledby="t-worker-voice"]');
    await section.locator('.template-counts').waitFor();
    expect(await section.locator('.template-counts').textContent()).toContain('5 answered');
    const versions = section.locator('.survey-versions');
    expect(await versions.textContent()).toContain('Lakeshore worker survey, version 1');
    expect(await versions.textContent()).toContain('Added: childcare_access');
    // The new question's answers sit with the others, opened from the table of contents.
    const other = section.locator('details.measure-answers', { hasText: 'Can you get child care' });
    await other.locator('summary').click();
    await expect.poll(() => other.textContent()).toContain('Can you get child care for the hours you work?');
    // The built-in items are there as before, under their measures.
    await section.locator('details.measure-answers summary', { hasText: 'Pay' }).first().waitFor();
    await axe(page, 'review with an own survey');
    await versions.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'own-survey-review');
    guard.check();
  });
});
