/**
 * Form bodies no browser sends, through the real Node server (`npm start`'s entry): a respondent's
 * page answers each with a friendly 4xx page in the link's language and keeps the saved draft as it
 * was; the unsubscribe page unsubscribes whatever the body holds. Never a 5xx.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsubscribeToken } from '../../server/distribution/links.ts';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { seedCampaign } from '../helpers/seed.ts';

const linkSecret = 'bad-forms-link-secret-0123456789abcdefghij';
let server: RunningServer;
let admin: TestClient;
let partnershipId: string;
let es: string;
let en: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startNodeServer({ LINK_SECRET: linkSecret });
  admin = new TestClient((path, init) => fetch(`${server.base}${path}`, init));
  await setUpAdmin(admin);
  const seed = await seedCampaign(admin, { workers: 3, opensOn: day(-2), closesOn: day(30) });
  partnershipId = seed.partnershipId;
  const tokenIn = (lang: string) => seed.links.find((l) => l.language === lang)!.url.split('/s/')[1]!;
  es = tokenIn('es');
  en = tokenIn('en');
}, 60_000);

afterAll(() => server?.stop());

async function post(path: string, body: BodyInit | undefined, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.base}${path}`, { method: 'POST', body, headers, redirect: 'manual' });
  const html = await res.text();
  // Failure messages carry the page's text, not its inline stylesheet.
  const text = html.replace(/<style>.*?<\/style>/s, '').slice(0, 600);
  return { status: res.status, type: res.headers.get('content-type') ?? '', html, text };
}

const multipart = { 'content-type': 'multipart/form-data; boundary=X' };
const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };

/** What a friendly page must be: HTML in the expected language, nothing of the server's insides. */
function expectFriendlyPage(page: { type: string; html: string }, lang: 'en' | 'es') {
  expect(page.type).toMatch(/^text\/html/);
  expect(page.html).toContain(`<html lang="${lang}" dir="ltr">`);
  expect(page.html).not.toMatch(/TypeError|FormData|SyntaxError|URIError|at .*\.ts:\d+|"error":/);
}

/** Section 1 of the worker survey saved with every answer 4, so a test can see it survive. */
async function saveSectionOne(token: string) {
  const form = new URLSearchParams({
    pay_fair: '4',
    pay_enough: '4',
    benefits_useful: '4',
    benefits_time_off: '4',
    _step: '1',
    _action: 'save',
  });
  const saved = await post(`/s/${token}`, form, urlencoded);
  expect(saved.status, saved.text).toBe(200);
}

/** The answers the page holds for the island (the saved draft). */
async function draftOf(token: string): Promise<Record<string, unknown>> {
  const html = await (await fetch(`${server.base}/s/${token}?step=1`)).text();
  const data = /<script type="application\/json" id="survey-data">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(data!).answers;
}

describe('POST /s/:token with a body no browser sends', () => {
  it('answers a broken multipart body with a 400 page in the link’s language', async () => {
    const page = await post(`/s/${es}`, '--X\r\nbroken', multipart);
    expect(page.status, page.text).toBe(400);
    expectFriendlyPage(page, 'es');
  });

  it('answers an unknown link with a broken body with a 400 page in the language the phone asks for', async () => {
    for (const [lang, accept] of [
      ['es', 'es-MX,es;q=0.9'],
      ['en', 'en-US'],
    ] as const) {
      const page = await post('/s/anything', '--X\r\nbroken', {
        ...multipart,
        'accept-language': accept,
      });
      expect(page.status, page.text).toBe(400);
      expectFriendlyPage(page, lang);
    }
  });

  it('refuses multipart without a boundary, an empty multipart body and a truncated part', async () => {
    const bodies: [string, Record<string, string>][] = [
      ['pay_fair=4', { 'content-type': 'multipart/form-data' }],
      ['', multipart],
      ['--X\r\nContent-Disposition: form-data; name="pay_fair"\r\n\r\n4', multipart],
    ];
    for (const [body, headers] of bodies) {
      const page = await post(`/s/${en}`, body, headers);
      expect(page.status, `${headers['content-type']} ${JSON.stringify(body)}: ${page.text}`).toBe(400);
      expectFriendlyPage(page, 'en');
    }
  });

  it('refuses fields with broken percent-encoding or bytes that are not UTF-8, and keeps the draft', async () => {
    await saveSectionOne(es);
    const before = await draftOf(es);
    expect(before).toMatchObject({ pay_fair: 4 });
    const bodies: BodyInit[] = [
      'pay_fair=%zz&_step=1&_action=save',
      'pay_fair=4&_step=1&_action=save&comment=%E0%A4%A',
      'pay_fair=%FF&_step=1&_action=save',
      new Uint8Array([...new TextEncoder().encode('_step=1&_action=save&pay_fair='), 0xff, 0xfe]),
    ];
    for (const body of bodies) {
      const page = await post(`/s/${es}`, body, urlencoded);
      expect(page.status, `${String(body)}: ${page.text}`).toBe(400);
      expectFriendlyPage(page, 'es');
    }
    expect(await draftOf(es)).toEqual(before);
  });

  it('refuses a body that is not a form (plain text, JSON, no type) with 415, and keeps the draft', async () => {
    await saveSectionOne(en);
    const before = await draftOf(en);
    const cases: [string, Record<string, string>][] = [
      ['_step=1&_action=next', { 'content-type': 'text/plain' }],
      ['{"pay_fair":"1"}', { 'content-type': 'application/json' }],
      ['_step=1&_action=next', {}],
    ];
    for (const [body, headers] of cases) {
      // fetch adds text/plain to a string body unless told otherwise; a Blob without a type sends none.
      const sent = headers['content-type'] === undefined ? new Blob([body]) : body;
      const page = await post(`/s/${en}`, sent, headers);
      expect(page.status, `${headers['content-type']}: ${page.text}`).toBe(415);
      expectFriendlyPage(page, 'en');
    }
    expect(await draftOf(en)).toEqual(before);
  });

  it('still takes a well-formed form, urlencoded or multipart', async () => {
    const fields = {
      pay_fair: '5',
      pay_enough: '4',
      benefits_useful: '4',
      benefits_time_off: '4',
      _step: '1',
    };
    const plain = await post(`/s/${en}`, new URLSearchParams(fields), urlencoded);
    expect(plain.status, plain.text).toBe(303);
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...fields, pay_fair: '2' })) form.append(k, v);
    const multi = await post(`/s/${en}`, form);
    expect(multi.status, multi.text).toBe(303);
    expect(await draftOf(en)).toMatchObject({ pay_fair: 2 });
  });
});

describe('POST /u/:token with a body no browser sends', () => {
  it('unsubscribes whatever the body holds: an opt-out never waits on a form it does not need', async () => {
    const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, [
      { firstName: 'Ana', email: 'ana@mail.example', language: 'es', kind: 'worker' },
    ]);
    expect(added.status, added.text).toBe(201);
    const contactId = added.json.created[0].id as string;
    const token = await unsubscribeToken(linkSecret, contactId);
    const page = await post(`/u/${token}`, '--X\r\nbroken', multipart);
    expect(page.status, page.text).toBe(200);
    expectFriendlyPage(page, 'es');
    const db = new Database(server.databasePath, { readonly: true });
    try {
      const row = db.prepare('SELECT email_opted_out_at FROM contacts WHERE id = ?').get(contactId) as {
        email_opted_out_at: string | null;
      };
      expect(row.email_opted_out_at).not.toBeNull();
    } finally {
      db.close();
    }
  });
});
