/**
 * respondent_page_bytes: what a first visit to the respondent page costs over the wire, HTML (with its
 * inline CSS) plus the island script, gzip-compressed by the same middleware `npm start` uses. The
 * budget is 16 KB in every page language (`respondent_page_bytes_<tag>`; `respondent_page_bytes` is
 * the largest of them): a worker on a prepaid plan and a weak signal should see the survey in seconds.
 * The figures hold gzip, which an old phone's browser may be limited to; `respondent_page_bytes_br_js`
 * is the same page with the island as a current browser gets it (the build's brotli copy).
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClient } from '../scripts/build-client.ts';
import { createApp } from '../server/app.ts';
import type { Deps } from '../server/deps.ts';
import { readDistributionConfig } from '../server/distribution/config.ts';
import { devMailer, devSms } from '../server/distribution/dev-senders.ts';
import { cryptoRandom } from '../server/ids.ts';
import { builtFiles } from '../server/runtime/deps.ts';
import { openSqlite } from '../server/runtime/sqlite.ts';
import { TestClient, type TestContext } from '../test/helpers/app.ts';
import { seedCampaign } from '../test/helpers/seed.ts';
import { printLinks } from '../test/helpers/seed.ts';
import type { SurveyDraft } from '../surveys/draft.ts';
import { langs } from '../surveys/languages.ts';
import { itemBank } from '../surveys/item-bank/index.ts';
import type { Figure } from './run.ts';

/** A published own survey of `count` questions (the worker template plus bank items), and a link to it. */
async function customSurveyLink(client: TestClient, partnershipId: string, count: number) {
  const started = await client.post(`/api/partnerships/${partnershipId}/surveys`, {
    name: 'Forty questions',
    from: { templateId: 'worker-voice' },
  });
  const id = started.json.survey.id as string;
  const draft = (await client.get(`/api/surveys/${id}`)).json.survey.draftDefinition as SurveyDraft;
  // The item bank is written in English and Spanish, so this survey is too.
  draft.languages = ['en', 'es'];
  const have = () => draft.sections.reduce((n, s) => n + s.questions.length, 0);
  const extra = itemBank('worker-voice').filter((i) => i.source === 'bank' && !i.question.showIf);
  for (const [i, item] of extra.entries()) {
    if (have() >= count) break;
    draft.sections[i % 4]!.questions.push(structuredClone(item.question));
  }
  const saved = await client.request('PUT', `/api/surveys/${id}/draft`, { draft });
  if (saved.status !== 200) throw new Error(saved.text);
  const published = await client.post(`/api/surveys/${id}/publish`);
  if (published.status !== 201) throw new Error(published.text);
  const made = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Forty',
    templateId: id,
    period: 'PY2026-Q1',
    opensOn: '2026-08-01',
    closesOn: '2026-09-30',
  });
  const campaignId = made.json.campaign.id as string;
  await client.post(`/api/campaigns/${campaignId}/launch`);
  const contacts = (await client.get(`/api/partnerships/${partnershipId}/contacts`)).json.contacts as {
    id: string;
  }[];
  const [link] = await printLinks(client, campaignId, [contacts[0]!.id]);
  return link!.url.split('/s/')[1]!;
}

export async function pageBytes(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sv-page-bytes-'));
  const sqlite = openSqlite(join(dir, 'bench.db'));
  try {
    // Built from the current source into a scratch folder, so the figure never measures a stale dist/.
    const { respondJs } = await buildClient(join(dir, 'assets'));
    const quiet = { info() {}, error() {} };
    const deps: Deps = {
      db: sqlite.db,
      atomic: sqlite.atomic,
      // Inside the seeded campaign's window (2026-08-01 to 2026-09-30).
      clock: { now: () => new Date('2026-08-15T15:00:00Z') },
      random: cryptoRandom,
      config: {
        publicUrl: 'http://127.0.0.1',
        maxBodyBytes: 256 * 1024,
        secureCookies: false,
        sessionSeconds: 3600,
        assets: { respondJs },
        answerSecret: 'bench-answer-secret-0123456789abcdefghij',
        distribution: readDistributionConfig({}, 'bench-link-secret-0123456789abcdefghijkl'),
      },
      log: { info() {}, error: (m, f) => console.error(m, f) },
      mailer: devMailer(quiet, cryptoRandom),
      sms: devSms(quiet, cryptoRandom),
      assets: builtFiles(join(dir, 'assets'), /^[\w.-]+$/),
    };
    const app = createApp(() => deps);
    // Exactly what server/runtime/node.ts serves.
    const root = new Hono();
    root.use(compress());
    root.route('/', app);

    const client = new TestClient({ app, deps, raw: sqlite.raw } as unknown as TestContext);
    await client.post('/api/setup', {
      email: 'bench@example.org',
      name: 'Bench',
      password: 'bench password 123',
    });
    const seeded = await seedCampaign(client, { workers: 3, templateId: 'worker-voice' });
    const token = seeded.tokens[0]!;

    const fetchGzip = async (path: string) => {
      const res = await root.request(path, { headers: { 'accept-encoding': 'gzip' } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      if (res.headers.get('content-encoding') !== 'gzip') throw new Error(`${path} was not compressed`);
      return (await res.arrayBuffer()).byteLength;
    };
    const js = await fetchGzip(`/assets/${respondJs}`);
    // A current browser takes br, and gets the island the build compressed once at the best level.
    const brRes = await root.request(`/assets/${respondJs}`, { headers: { 'accept-encoding': 'gzip, br' } });
    if (brRes.headers.get('content-encoding') !== 'br') throw new Error('the island has no brotli copy');
    const jsBr = (await brRes.arrayBuffer()).byteLength;
    // The worker survey's first page in each language: only that language's words are in it.
    const perLang = [];
    for (const lang of langs) perLang.push({ lang, html: await fetchGzip(`/s/${token}?lang=${lang}`) });
    const largest = perLang.reduce((a, b) => (b.html > a.html ? b : a));
    const html = largest.html;
    // A partnership's own worker survey grown to 40 questions from the item bank (budget: 20 KB).
    const customToken = await customSurveyLink(client, seeded.partnershipId, 40);
    const custom = await fetchGzip(`/s/${customToken}?lang=es`);
    return [
      { name: 'respondent_page_bytes', value: html + js, unit: 'bytes' },
      ...perLang.map((p) => ({ name: `respondent_page_bytes_${p.lang}`, value: p.html + js, unit: 'bytes' })),
      { name: 'respondent_html_bytes', value: html, unit: 'bytes' },
      { name: 'respondent_js_bytes', value: js, unit: 'bytes' },
      { name: 'respondent_js_br_bytes', value: jsBr, unit: 'bytes' },
      { name: 'respondent_page_bytes_br_js', value: html + jsBr, unit: 'bytes' },
      { name: 'respondent_page_40q_bytes', value: custom + js, unit: 'bytes' },
    ];
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
