import { describe, expect, it } from 'vitest';
import { openLink } from '../../server/respond/link.ts';
import { readPool } from '../../server/reviews/pool.ts';
import { workerVoiceV1 } from '../../surveys/index.ts';
import { adminClient, makeTestApp, testClientHeader, type TestContext } from '../helpers/app.ts';
import { seedCampaign } from '../helpers/seed.ts';

type Fields = [string, string][];
const sections = workerVoiceV1.sections;

/** Valid fields for one worker-voice section, as a browser would post them. */
function fill(step: number, overrides: Record<string, string | string[] | null> = {}): Fields {
  const fields: Fields = [];
  for (const q of sections[step - 1]!.questions) {
    const given =
      q.id in overrides
        ? (overrides[q.id] ?? null)
        : defaultAnswer(q.type, q.options?.map((o) => o.value) ?? []);
    for (const v of given === null ? [] : Array.isArray(given) ? given : [given]) fields.push([q.id, v]);
  }
  return fields;
}

function defaultAnswer(type: string, options: string[]): string | string[] {
  if (type === 'agree5') return '4';
  if (type === 'likelihood') return '9';
  if (type === 'yesno') return 'yes';
  if (type === 'multi') return options.slice(0, 2);
  if (type === 'text') return 'Más horas, por favor.';
  return options[0]!;
}

async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const seed = await seedCampaign(admin, { workers: 3 });
  const tokenIn = (lang: string) => seed.links.find((l) => l.language === lang)!.url.split('/s/')[1]!;
  return { ctx, admin, seed, es: tokenIn('es'), en: tokenIn('en') };
}

async function get(ctx: TestContext, path: string, headers: Record<string, string> = {}) {
  const res = await ctx.app.request(path, { headers });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

async function post(
  ctx: TestContext,
  token: string,
  step: number,
  action: string,
  fields: Fields,
  lang = 'es',
) {
  const body = new URLSearchParams([
    ...fields,
    ['_step', String(step)],
    ['_lang', lang],
    ['_action', action],
  ]);
  const res = await ctx.app.request(`/s/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

/** Answers every section through plain form posts, as a phone with JavaScript off does. */
async function answerAll(ctx: TestContext, token: string, lang = 'es') {
  for (let step = 1; step < sections.length; step++) {
    expect((await post(ctx, token, step, 'next', fill(step), lang)).location).toBe(
      `?step=${step + 1}&lang=${lang}`,
    );
  }
  return post(ctx, token, sections.length, 'submit', fill(sections.length), lang);
}

const count = (ctx: TestContext, table: string) =>
  (ctx.raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
/** The saved draft as the link opens it: only the token can unseal it. */
const draftOf = async (ctx: TestContext, token: string) => (await openLink(ctx.deps, token)).draft;

describe('GET /s/:token', () => {
  it('renders the first section in the invitation language, with no-store caching', async () => {
    const { ctx, es, en } = await setup();
    const page = await get(ctx, `/s/${es}`);
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/^<!doctype html><html lang="es" dir="ltr">/);
    expect(page.html).toContain('Su trabajo, su voz');
    expect(page.html).toContain('Parte 1 de 6');
    expect(page.html).toContain('Sus respuestas son anónimas');
    expect(page.html).toContain('Muy de acuerdo');
    expect(page.html).toContain('<script type="module" src="/assets/respond-test.js">');
    expect(page.html).toContain('<script type="application/json" id="survey-data">');
    expect(page.headers.get('cache-control')).toBe('no-store');

    const english = await get(ctx, `/s/${en}`);
    expect(english.html).toMatch(/<html lang="en" dir="ltr">/);
    expect(english.html).toContain('Part 1 of 6');
    expect(english.html).toContain('Strongly agree');
  });

  it('switches language with ?lang and links to the other language at the same step', async () => {
    const { ctx, es } = await setup();
    const page = await get(ctx, `/s/${es}?lang=en&step=2`);
    expect(page.html).toMatch(/<html lang="en" dir="ltr">/);
    expect(page.html).toContain('Part 2 of 6');
    expect(page.html).toContain('Hiring, schedule and safety');
    // Every other language of the survey, each named in itself, at the same step.
    expect(page.html).toContain('<nav class="langs" aria-label="Other languages">');
    expect(page.html).toContain('<a class="lang" href="?lang=es&amp;step=2" hreflang="es" lang="es" dir="ltr">Español</a>');
    expect(page.html).toContain('<a class="lang" href="?lang=ar&amp;step=2" hreflang="ar" lang="ar" dir="rtl">العربية</a>');
    expect(page.html.match(/<a class="lang"/g)).toHaveLength(5);
  });

  it('marks every question as a labelled fieldset with big scale options', async () => {
    const { ctx, es } = await setup();
    const page = await get(ctx, `/s/${es}?step=3`);
    expect(page.html).toContain('<fieldset id="q-respect" class="q"><legend id="l-respect">');
    expect(page.html).toContain('(obligatoria)');
    expect(page.html).toContain('(opcional)');
    // 0-10 likelihood as eleven choices with both ends in words.
    expect(page.html.match(/name="recommend_job"/g)).toHaveLength(11);
    expect(page.html).toContain('0 = Nada probable');
  });
});

describe('POST /s/:token (JavaScript off)', () => {
  it('walks section by section to a thank-you page without the token', async () => {
    const { ctx, es } = await setup();
    const last = await answerAll(ctx, es);
    expect(last.status).toBe(303);
    expect(last.location).toBe('/s/thanks?lang=es');
    const thanks = await get(ctx, last.location!);
    expect(thanks.status).toBe(200);
    expect(thanks.html).toContain('¡Gracias!');
    // The answer waits, sealed, for a release (at least k together); the server's key opens it.
    expect(count(ctx, 'pending_answers')).toBe(1);
    expect(count(ctx, 'responses')).toBe(0);
    expect(count(ctx, 'sealed_drafts')).toBe(0);
    const [stored] = await readPool(
      ctx.deps,
      (ctx.raw.prepare('SELECT id FROM campaigns').get() as { id: string }).id,
      5,
    );
    expect(stored!.value!.answers).toMatchObject({
      pay_fair: 4,
      got_training: 'yes',
      comment: 'Más horas, por favor.',
    });
  });

  it('re-renders the section with 422, an error summary and the values kept', async () => {
    const { ctx, es } = await setup();
    const res = await post(ctx, es, 1, 'next', [['pay_fair', '3']]);
    expect(res.status).toBe(422);
    expect(res.html).toContain('<div class="sum" role="alert" tabindex="-1">');
    expect(res.html).toContain('Algunas respuestas necesitan corrección');
    expect(res.html).toContain('href="#f-pay_enough"');
    expect(res.html).toContain('<p class="err" id="e-pay_enough">Por favor, conteste esta pregunta.</p>');
    expect(res.html).toMatch(
      /name="pay_enough" value="1" id="f-pay_enough" aria-invalid="true" aria-describedby="e-pay_enough"/,
    );
    expect(res.html).toMatch(/name="pay_fair" value="3" checked/);
    // The island, if it arrives on this page, keeps showing the same errors.
    expect(res.html).toContain('"errors":{"pay_enough":"required"');

    const long = 'x'.repeat(600);
    const tooLong = await post(ctx, es, 5, 'next', [['comment', long]]);
    expect(tooLong.status).toBe(422);
    expect(tooLong.html).toContain('Esta respuesta es demasiado larga');
    expect(tooLong.html).toContain(`>${long}</textarea>`);
  });

  it('applies skip logic on the server and drops an answer that ends up hidden', async () => {
    const { ctx, es } = await setup();
    const page = await get(ctx, `/s/${es}?step=4`);
    expect(page.html).toContain('Conteste esta pregunta solo si eligió “Sí” arriba.');
    expect(page.html).toContain('aria-describedby="d-training_helped"');

    const missing = await post(ctx, es, 4, 'next', fill(4, { got_training: 'yes', training_helped: null }));
    expect(missing.status).toBe(422);
    expect(missing.html).toContain('id="e-training_helped"');

    const hidden = await post(ctx, es, 4, 'next', fill(4, { got_training: 'no', training_helped: '5' }));
    expect(hidden.status).toBe(303);
    expect(await draftOf(ctx, es)).toMatchObject({ got_training: 'no' });
    expect(await draftOf(ctx, es)).not.toHaveProperty('training_helped');
  });

  it('clears answers a person removed from the page', async () => {
    const { ctx, es } = await setup();
    await post(ctx, es, 5, 'next', fill(5));
    expect(await draftOf(ctx, es)).toHaveProperty('barriers');
    await post(ctx, es, 5, 'back', fill(5, { barriers: null, comment: null }));
    expect(await draftOf(ctx, es)).not.toHaveProperty('barriers');
    expect(await draftOf(ctx, es)).not.toHaveProperty('comment');
  });

  it('goes back a section and saves what was there', async () => {
    const { ctx, es } = await setup();
    const res = await post(ctx, es, 2, 'back', [['hiring_fair', '2']], 'en');
    expect(res.location).toBe('?step=1&lang=en');
    expect(await draftOf(ctx, es)).toEqual({ hiring_fair: 2 });
  });

  it('saves for later and resumes at the first unfinished section with answers filled in', async () => {
    const { ctx, es } = await setup();
    await post(ctx, es, 1, 'next', fill(1));
    const saved = await post(ctx, es, 2, 'save', [['hiring_fair', '5']]);
    expect(saved.status).toBe(200);
    expect(saved.html).toContain('Sus respuestas están guardadas');
    const again = await get(ctx, `/s/${es}`);
    expect(again.html).toContain('Parte 2 de 6');
    expect(again.html).toMatch(/name="hiring_fair" value="5" checked/);
    expect(again.html).toContain('"answers":{"pay_fair":4');
  });

  it('answers a retry after submitting with the thank-you page and stores one response', async () => {
    const { ctx, es } = await setup();
    await answerAll(ctx, es);
    const retry = await post(ctx, es, sections.length, 'submit', fill(sections.length));
    expect(retry.status).toBe(303);
    expect(retry.location).toBe('/s/thanks?lang=es');
    expect(count(ctx, 'pending_answers')).toBe(1);
  });
});

describe('links that cannot be answered', () => {
  it('shows a used link as 410 in the invitation language', async () => {
    const { ctx, es } = await setup();
    await answerAll(ctx, es);
    const page = await get(ctx, `/s/${es}`);
    expect(page.status).toBe(410);
    expect(page.html).toMatch(/<html lang="es" dir="ltr">/);
    expect(page.html).toContain('Esta encuesta ya fue contestada');
    expect(page.html).not.toContain('survey-data');
  });

  it('shows an unknown link as 404, in Spanish when the phone asks for it', async () => {
    const { ctx } = await setup();
    const page = await get(ctx, `/s/${'A'.repeat(24)}`, { 'accept-language': 'es-MX,es;q=0.9' });
    expect(page.status).toBe(404);
    expect(page.html).toContain('No encontramos esta encuesta');
    expect((await get(ctx, '/s/short')).status).toBe(404);
    expect((await get(ctx, '/s/short')).html).toContain('We could not find this survey');
  });

  it('shows a closed survey as 410 and one not open yet as 403', async () => {
    const { ctx, en } = await setup();
    ctx.clock.set('2026-10-02T15:00:00Z');
    const closed = await get(ctx, `/s/${en}`);
    expect(closed.status).toBe(410);
    expect(closed.html).toContain('This survey is closed');
    expect((await post(ctx, en, 1, 'next', fill(1), 'en')).status).toBe(410);
    ctx.clock.set('2026-07-20T15:00:00Z');
    const early = await get(ctx, `/s/${en}?lang=es`);
    expect(early.status).toBe(403);
    expect(early.html).toContain('Esta encuesta todavía no está abierta');
  });

  it('never puts the token in a page except the form action and the island endpoint', async () => {
    const { ctx, es } = await setup();
    const strip = (html: string) => html.replace(`action="/s/${es}"`, '').replace(`"post":"/s/${es}"`, '');
    const pages = [
      (await get(ctx, `/s/${es}?step=4`)).html,
      (await post(ctx, es, 1, 'next', [])).html,
      (await post(ctx, es, 1, 'save', [])).html,
    ];
    await answerAll(ctx, es);
    pages.push((await get(ctx, `/s/${es}`)).html, (await get(ctx, '/s/thanks?lang=es')).html);
    for (const html of pages) expect(strip(html)).not.toContain(es);
  });
});

describe('GET /o/:openToken', () => {
  async function openLinkSetup() {
    const s = await setup();
    const res = await s.admin.post(`/api/campaigns/${s.seed.campaignId}/open-link`);
    return { ...s, open: (res.json.url as string).split('/o/')[1]! };
  }
  async function visit(ctx: TestContext, open: string, cookie = '', address = '') {
    const headers = { cookie, 'accept-language': 'es', ...(address && { [testClientHeader]: address }) };
    const res = await ctx.app.request(`/o/${open}`, { headers });
    const ticket = res.headers.get('location')?.match(/^\/s\/([\w-]+)\?lang=es$/)?.[1];
    return {
      status: res.status,
      ticket,
      cookie: res.headers.get('set-cookie') ?? '',
      html: await res.text(),
    };
  }

  it('mints a ticket, remembers it in a cookie and resumes it on the same phone', async () => {
    const { ctx, open } = await openLinkSetup();
    const first = await visit(ctx, open);
    expect(first.status).toBe(303);
    expect(first.ticket).toBeTruthy();
    expect(first.cookie).toMatch(
      new RegExp(
        `^sv_open_${open.slice(0, 8)}=${first.ticket}; Max-Age=14400; Path=/; HttpOnly; SameSite=Lax`,
      ),
    );
    const again = await visit(ctx, open, first.cookie.split(';')[0]);
    expect(again.ticket).toBe(first.ticket);
    expect((await visit(ctx, open)).ticket).not.toBe(first.ticket);
    expect((await get(ctx, `/s/${first.ticket}?lang=es`)).html).toContain('Parte 1 de 6');
  });

  it('refuses a submit seconds after minting, then accepts it, and mints anew once used', async () => {
    const { ctx, open } = await openLinkSetup();
    const { ticket, cookie } = await visit(ctx, open);
    const tooFast = await answerAll(ctx, ticket!);
    expect(tooFast.status).toBe(429);
    expect(tooFast.html).toContain('Eso fue muy rápido');
    expect(count(ctx, 'pending_answers')).toBe(0);
    ctx.clock.advance(30_000);
    expect((await post(ctx, ticket!, sections.length, 'submit', fill(sections.length))).location).toBe(
      '/s/thanks?lang=es',
    );
    expect(count(ctx, 'pending_answers')).toBe(1);
    const next = await visit(ctx, open, cookie.split(';')[0]);
    expect(next.ticket).toBeTruthy();
    expect(next.ticket).not.toBe(ticket);
  });

  it('shows the busy page with 429 once the hourly cap is reached, and 404 for an unknown link', async () => {
    const { ctx, open } = await openLinkSetup();
    // Sixty people, each on their own connection (one connection alone has a smaller limit).
    for (let i = 0; i < 60; i++) expect((await visit(ctx, open, '', `198.51.100.${i}`)).status).toBe(303);
    const over = await visit(ctx, open, '', '192.0.2.1');
    expect(over.status).toBe(429);
    expect(over.html).toContain('Hay mucha gente contestando');
    expect((await visit(ctx, 'B'.repeat(24))).status).toBe(404);
  });
});
