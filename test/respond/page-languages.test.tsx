/**
 * Every kind of respondent page in every page language: the words of that language, `<html lang>`
 * and its direction (rtl for Arabic alone), whichever way the page is reached. Pages that need a
 * flood or a failing database to appear (poster and short-code limits, storage problems) are drawn
 * by their own functions inside a request; the rest come through the app's routes.
 */
import { Hono } from 'hono';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ClientLimitReached } from '../../server/campaigns/open-link-clients.ts';
import { unsubscribeToken } from '../../server/distribution/links.ts';
import { AppError } from '../../server/errors.ts';
import type { AppEnv } from '../../server/http.ts';
import { AskingHeader } from '../../server/pages/asking.tsx';
import { messagePage } from '../../server/respond/pages/messages.tsx';
import { posterLimitPage } from '../../server/respond/pages/poster-limit.tsx';
import { problemPage } from '../../server/respond/pages/problems.tsx';
import { codeLimitPage } from '../../server/respond/pages/short-code.tsx';
import { directionOf, langs, words, type Lang } from '../../surveys/index.ts';
import { adminClient, makeTestApp } from '../helpers/app.ts';
import { seedCampaign } from '../helpers/seed.ts';

async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const seed = await seedCampaign(admin, { workers: 2 });
  const added = await admin.post(
    `/api/partnerships/${seed.partnershipId}/contacts`,
    langs.map((language, i) => ({
      firstName: `Reader${i}`,
      lastName: 'Test',
      email: `reader${i}@work.example`,
      language,
      kind: 'worker',
      organizationId: seed.orgIds[0],
    })),
  );
  expect(added.status, added.text).toBe(201);
  const readers = added.json.created as { id: string }[];
  const started = await admin.post(`/api/partnerships/${seed.partnershipId}/surveys`, {
    name: 'Ours',
    from: { templateId: 'worker-voice' },
  });
  expect(started.status, started.text).toBe(201);
  // The page functions a route reaches only through a flood or a failing database, inside a request.
  const direct = new Hono<AppEnv>()
    .use((c, next) => {
      c.set('deps', ctx.deps);
      return next();
    })
    .get('/:kind/:lang', (c) => {
      const lang = c.req.param('lang') as Lang;
      const kind = c.req.param('kind');
      if (kind === 'poster-limit') return posterLimitPage(c, lang, new ClientLimitReached(600));
      if (kind === 'code-limit') return codeLimitPage(c, lang, 600);
      if (kind === 'saved') return messagePage(c, lang, 'saved', 200);
      if (kind === 'busy') return messagePage(c, lang, 'busy', 429);
      return problemPage(c, new AppError('STORAGE_FULL', 'full'), null, lang);
    });
  return { ctx, admin, seed, readers, surveyId: started.json.survey.id as string, direct };
}

type Page = { status: number; html: string };

/** The page's opening tag and its language's own words. */
function expectIn(page: Page, lang: Lang, status: number, text: string) {
  expect(page.status).toBe(status);
  expect(page.html).toMatch(new RegExp(`^<!doctype html><html lang="${lang}" dir="${directionOf(lang)}">`));
  expect(page.html).toContain(text.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
}

const read = async (res: Response | Promise<Response>): Promise<Page> => {
  const r = await res;
  return { status: r.status, html: await r.text() };
};

describe('respondent pages in every page language', () => {
  it('Arabic alone is right to left', () => {
    expect(langs.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar']);
  });

  it('draws each kind of page in each language, with its language and direction on <html>', async () => {
    const { ctx, admin, seed, readers, surveyId, direct } = await setup();
    const token = seed.tokens[0]!;
    const get = (path: string) => read(ctx.app.request(path));
    for (const [i, lang] of langs.entries()) {
      const w = words[lang];
      const survey = await get(`/s/${token}?lang=${lang}`);
      expectIn(survey, lang, 200, w.page.anonymityNote);
      // The page's data carries its language's words only.
      for (const other of langs.filter((l) => l !== lang))
        expect(survey.html).not.toContain(words[other].page.anonymityNote);

      expectIn(await get(`/s/thanks?lang=${lang}`), lang, 200, w.page.thanksTitle);
      expectIn(
        await get(`/s/not-a-link-at-all-0000000000000000?lang=${lang}`),
        lang,
        404,
        w.page.unknownTitle,
      );
      expectIn(await get(`/c?lang=${lang}`), lang, 200, w.shortCode.title);
      expectIn(await get(`/u/not-a-token?lang=${lang}`), lang, 404, w.unsubscribe.unknownTitle);
      // The unsubscribe page follows the contact's language, not the address.
      const u = await unsubscribeToken(ctx.deps.config.distribution.linkSecret, readers[i]!.id);
      const ask = await get(`/u/${u}?lang=en`);
      expectIn(ask, lang, 200, w.unsubscribe.askTitle);
      expect(ask.html).toContain(`<bdi>reader${i}@work.example</bdi>`);
      const preview = await admin.get(`/preview/surveys/${surveyId}?lang=${lang}`);
      expectIn({ status: preview.status, html: preview.text }, lang, 200, w.page.previewNotice);

      expectIn(await read(direct.request(`/poster-limit/${lang}`)), lang, 429, w.posterLimit.title);
      expectIn(await read(direct.request(`/code-limit/${lang}`)), lang, 429, w.shortCode.limitTitle);
      expectIn(await read(direct.request(`/saved/${lang}`)), lang, 200, w.page.savedTitle);
      expectIn(await read(direct.request(`/busy/${lang}`)), lang, 429, w.page.busyTitle);
      expectIn(await read(direct.request(`/problem/${lang}`)), lang, 507, w.problems.full.title);
    }
  }, 60_000);

  it('keeps a name, a phone number and an example code in their own direction inside a sentence', async () => {
    const at = new Date('2026-08-15T15:00:00Z');
    const header = (helpContact: string) =>
      renderToString(
        <AskingHeader
          asking={{ partnershipName: 'Jobs & Skills (RV).', helpContact, timeZone: 'America/Chicago' }}
          lang="ar"
          now={at}
        />,
      );
    const phone = header('+13125550100');
    expect(phone).toContain('<bdi>Jobs &amp; Skills (RV).</bdi>');
    expect(phone).toContain('<a href="tel:+13125550100" dir="ltr">+1 312-555-0100</a>');
    expect(header('help@rv.example')).toContain(
      '<a href="mailto:help@rv.example" dir="ltr">help@rv.example</a>',
    );

    const { ctx } = await setup();
    const wrong = await read(
      ctx.app.request('/c', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ code: 'zz', _lang: 'ar' }).toString(),
      }),
    );
    expectIn(wrong, 'ar', 422, words.ar.shortCode.title);
    expect(wrong.html).toContain('<bdi dir="ltr">K7QX-9MHP-2T</bdi>');
    expect(wrong.html).toContain('<span class="eg" dir="ltr">K7QX-9MHP-2T</span>');
  }, 60_000);
});
