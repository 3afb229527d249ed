/**
 * The respondent's pages say who is asking, through `npm start`'s server with JavaScript off (plain
 * fetches): the partnership's name as text (never markup), its help contact as a tel: or mailto: link,
 * and the closing day in the respondent's language and the partnership's time zone. The used and
 * closed pages keep the name and the help contact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { seedCampaign, type Seeded } from '../helpers/seed.ts';

let server: RunningServer;
let admin: TestClient;
let seeded: Seeded;
const hostile = 'River Valley <script>alert(1)</script> & "Partners"';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startNodeServer();
  admin = new TestClient((path, init) => fetch(`${server.base}${path}`, { ...init, redirect: 'manual' }));
  await setUpAdmin(admin);
  seeded = await seedCampaign(admin, { workers: 4, opensOn: day(-1), closesOn: '2099-09-30' });
  const set = await admin.patch(`/api/partnerships/${seeded.partnershipId}`, {
    name: hostile,
    helpContact: '+1 (312) 555-0100',
  });
  expect(set.status, set.text).toBe(200);
  // Partnerships are read at most a second old on the respondent's path.
  await new Promise((r) => setTimeout(r, 1100));
}, 60_000);

afterAll(() => server?.stop());

const page = async (path: string) => {
  const res = await fetch(`${server.base}${path}`);
  return { status: res.status, html: await res.text() };
};
const header = (html: string) => /<header class="who">(.*?)<\/header>/s.exec(html)?.[1] ?? '';
/** The header's text as a reader sees it: tags dropped, entities read. */
const text = (html: string) =>
  header(html)
    .replace(/<\/?bdi>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the survey page names who is asking', () => {
  it('in English: name as text, the phone to call, the closing day in Central Time', async () => {
    const { status, html } = await page(`/s/${seeded.tokens[0]}?lang=en`);
    expect(status).toBe(200);
    const who = header(html);
    expect(text(html)).toContain(`This survey is from ${hostile}.`);
    // Text, not markup: the only script element is the island's.
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(who).toContain('Open until the end of September 30, 2099 (Central Time).');
    expect(who).toContain('Questions? Call <a href="tel:+13125550100" dir="ltr">+1 312-555-0100</a>');
    // Nothing is loaded from anyone else, and the form posts to this server.
    expect(html).not.toMatch(/(src|href|action)="(https?:)?\/\/(?!127\.0\.0\.1)/);
    expect(html).toMatch(/<form method="post" action="\/s\//);
  });

  it('in Spanish: the same facts, the day written the Spanish way', async () => {
    const { html } = await page(`/s/${seeded.tokens[0]}?lang=es`);
    expect(html).toContain('<html lang="es" dir="ltr">');
    const who = header(html);
    expect(text(html)).toContain(`Esta encuesta es de ${hostile}.`);
    expect(who).toContain('Abierta hasta el final del 30 de septiembre de 2099 (hora central).');
    expect(who).toContain('¿Preguntas? Llame al <a href="tel:+13125550100" dir="ltr">+1 312-555-0100</a>');
  });

  it('gives an email as a mailto: link, and no help line at all when none is set', async () => {
    await admin.patch(`/api/partnerships/${seeded.partnershipId}`, { helpContact: 'help@rivervalley.org' });
    await new Promise((r) => setTimeout(r, 1100));
    const es = header((await page(`/s/${seeded.tokens[1]}?lang=es`)).html);
    expect(es).toContain(
      '¿Preguntas? Escriba a <a href="mailto:help@rivervalley.org" dir="ltr">help@rivervalley.org</a>',
    );
    await admin.patch(`/api/partnerships/${seeded.partnershipId}`, { helpContact: null });
    await new Promise((r) => setTimeout(r, 1100));
    const en = header((await page(`/s/${seeded.tokens[1]}?lang=en`)).html);
    expect(en).toContain('This survey is from');
    expect(en).not.toContain('Questions?');
    expect(en).not.toContain('<a');
    await admin.patch(`/api/partnerships/${seeded.partnershipId}`, { helpContact: '+13125550100' });
    await new Promise((r) => setTimeout(r, 1100));
  });
});

describe('the "saved for later" page', () => {
  it('says until when the link can be answered, and where to ask', async () => {
    const res = await fetch(`${server.base}/s/${seeded.tokens[1]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '_step=1&_lang=es&_action=save',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(text(html)).toContain('Abierta hasta el final del 30 de septiembre de 2099 (hora central).');
    expect(text(html)).toContain('¿Preguntas? Llame al +1 312-555-0100');
  });
});

describe('the pages of a link that cannot be answered keep the help contact', () => {
  it('a used link', async () => {
    const answers = validAnswers(getTemplate('worker-voice')!, seededRandom(5));
    const sent = await fetch(`${server.base}/s/${seeded.tokens[2]}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers }),
    });
    expect(sent.status).toBe(200);
    for (const [lang, call] of [
      ['en', 'Questions? Call'],
      ['es', '¿Preguntas? Llame al'],
    ] as const) {
      const { status, html } = await page(`/s/${seeded.tokens[2]}?lang=${lang}`);
      expect(status).toBe(410);
      const who = header(html);
      expect(text(html)).toContain(hostile);
      expect(html).not.toContain('<script>alert(1)');
      expect(who).toContain(`${call} <a href="tel:+13125550100" dir="ltr">`);
      // A used link is not open until any day: no closing line.
      expect(who).not.toMatch(/Open until|Abierta hasta/);
    }
  });

  it('a closed survey, and an unknown link has no partnership to name', async () => {
    const closed = await admin.post(`/api/campaigns/${seeded.campaignId}/close`);
    expect(closed.status, closed.text).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    const { status, html } = await page(`/s/${seeded.tokens[3]}?lang=es`);
    expect([403, 410]).toContain(status);
    expect(header(html)).toContain('¿Preguntas? Llame al <a href="tel:+13125550100" dir="ltr">');
    const unknown = await page(`/s/${'x'.repeat(43)}?lang=en`);
    expect(unknown.status).toBe(404);
    expect(unknown.html).not.toContain('<header');
  });
});
