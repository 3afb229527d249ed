/**
 * The printable review in Spanish through `npm start`'s server, over the demo partnership: the page
 * speaks the staff member's language (asked with ?lang or by the browser), its survey texts are the
 * surveys' own Spanish ones, its numbers are written the Spanish way, and only words change: the
 * Spanish review carries exactly the English one's figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicReview } from '../../server/reviews/contract.ts';
import { getTemplate } from '../../surveys/index.ts';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';

let server: RunningServer;
let admin: TestClient;
let pid = '';
let period = '';
const client = () => new TestClient((path, init) => fetch(server.base + path, init));

beforeAll(async () => {
  server = await startNodeServer();
  admin = await setUpAdmin(client());
  const demo = await admin.post('/api/demo');
  expect(demo.status, demo.text).toBe(201);
  pid = demo.json.partnership.id;
  const listed = (await admin.get(`/api/partnerships/${pid}/reviews`)).json.reviews as {
    period: string;
    kind: string;
  }[];
  // The newest quarter the demo has answers for.
  for (const r of listed.filter((l) => l.kind === 'quarter')) {
    const review = (await admin.get(`/api/partnerships/${pid}/reviews/${r.period}`)).json
      .review as PublicReview;
    if (review.templates.some((t) => !t.tooSmall)) {
      period = r.period;
      break;
    }
  }
  expect(period).not.toBe('');
}, 120_000);

afterAll(() => server?.stop());

const page = async (query: string, acceptLanguage = 'en-US,en;q=0.9') => {
  const res = await fetch(`${server.base}/reviews/${pid}/${period}${query}`, {
    headers: { cookie: admin.cookie, 'accept-encoding': 'gzip', 'accept-language': acceptLanguage },
  });
  expect(res.status).toBe(200);
  return res.text();
};

const reviewIn = async (lang: string) =>
  (await admin.get(`/api/partnerships/${pid}/reviews/${period}?lang=${lang}`)).json.review as PublicReview;

/** A review with every word taken out: what must not differ between languages. */
function figuresOf(review: PublicReview) {
  return review.templates.map((t) => ({
    overall: t.overall.measures,
    n: t.overall.n,
    invitations: t.invitations,
    questions: t.questions.map((q) => ({ ...q, text: '', distribution: q.distribution.map((d) => d.count) })),
    breakdowns: t.breakdowns.map((b) => b.groups.map((g) => ({ key: g.key, n: g.n, measures: g.measures }))),
    trend: t.trend,
  }));
}

describe('the printable review in Spanish on the real server', () => {
  it('speaks Spanish when asked with ?lang=es, survey texts included', { timeout: 60_000 }, async () => {
    const html = await page('?lang=es');
    expect(html).toContain('<html lang="es">');
    for (const words of [
      'Informe trimestral',
      'Clave de símbolos',
      'Metas',
      'Ustedes dijeron, nosotros hicimos',
    ])
      expect(html).toContain(words);
    for (const english of ['Key to symbols', 'Quarterly review', 'You said, we did', 'Responses in all'])
      expect(html).not.toContain(english);

    const review = await reviewIn('es');
    const shown = review.templates.filter((t) => !t.tooSmall);
    expect(shown.length).toBeGreaterThan(0);
    for (const t of shown) {
      const def = getTemplate(t.templateId)!;
      expect(t.lang).toBe('es');
      expect(t.title).toBe(def.title.es);
      expect(html).toContain(def.title.es!);
      // Every question the page prints is worded as the survey asks it in Spanish.
      const spanish = new Map(
        def.sections.flatMap((s) => s.questions.map((q) => [q.id, q.text.es] as const)),
      );
      const asked = t.questions.filter((q) => spanish.has(q.id));
      expect(asked.length).toBeGreaterThan(0);
      for (const q of asked) expect(q.text).toBe(spanish.get(q.id));
    }
    expect(html).toContain('Índice de calidad del empleo');
    // Percentages and decimals the Spanish way: "61 %" (a no-break space) and "3,4".
    expect(html).toMatch(/\d\u00a0%/);
    expect(html).toMatch(/\d,\d/);
  });

  it("follows the browser's language when no language is asked, and ?lang over it", async () => {
    expect(await page('', 'es-MX,es;q=0.9,en;q=0.5')).toContain('<html lang="es">');
    const english = await page('?lang=en', 'es-MX,es;q=0.9');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Key to symbols');
    expect(await page('', 'fr-FR,vi;q=0.8')).toContain('<html lang="en">');
  });

  it('changes words only: the Spanish review has the English figures, hidden ones hidden', async () => {
    const [en, es] = await Promise.all([reviewIn('en'), reviewIn('es')]);
    expect(figuresOf(es)).toEqual(figuresOf(en));
    expect(es.goals).toEqual(en.goals);
    expect(es.actions).toEqual(en.actions);
  });

  it('answers a signed-out reader in their language', async () => {
    const res = await fetch(`${server.base}/reviews/${pid}/${period}?lang=es`);
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Inicie sesión para ver este informe');
  });
});
