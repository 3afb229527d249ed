/**
 * Respondent endpoints. The pages are server-rendered and work with JavaScript off (a plain form POST
 * per section); the JSON endpoints serve the Preact island that enhances them.
 */
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { surveyLanguages, type Lang } from '../../surveys/index.ts';
import { extraText } from '../../client/respond/strings.ts';
import { mintTicket } from '../campaigns/open-link.ts';
import { ClientLimitReached } from '../campaigns/open-link-clients.ts';
import { AppError } from '../errors.ts';
import { readForm } from '../forms.ts';
import { clientAddress, readJson, type AppEnv } from '../http.ts';
import { tokenPattern } from '../ids.ts';
import { isLang, pageLang } from '../pages/lang.ts';
import { posterDraftHours, saveDraft } from './drafts.ts';
import { linkLanguage, openLink } from './link.ts';
import { handleFormPost } from './pages/form-post.ts';
import { linkErrorPage, messagePage } from './pages/messages.tsx';
import { problemPage, storageNotice } from './pages/problems.tsx';
import { posterLimitPage } from './pages/poster-limit.tsx';
import { linkAsking, sendSurveyPage } from './pages/survey-page.tsx';
import { submitResponse } from './submit.ts';

const answersBody = z.object({ answers: z.record(z.string().max(64), z.unknown()) });

/** 303 so a reload after a POST never posts again; `?step=..` alone resolves against the link's path. */
const seeOther = (c: Context, location: string) => c.redirect(location, 303);

/** A link that cannot be answered, or a database that cannot answer: a friendly page either way. */
function respondentError(c: Context<AppEnv>, err: unknown, token: string | null, lang?: Lang) {
  return linkErrorPage(c, err, token, lang).catch((other: unknown) => problemPage(c, other, token, lang));
}

/** A ticket this phone already holds for an open link, if it can still be answered. */
async function heldTicket(c: Context<AppEnv>, cookie: string): Promise<string | null> {
  const held = getCookie(c, cookie);
  if (!held || !tokenPattern.test(held)) return null;
  try {
    await openLink(c.var.deps, held, { withDraft: false });
    return held;
  } catch (err) {
    if (err instanceof AppError) return null;
    throw err;
  }
}

export const respondRoutes = new Hono<AppEnv>()
  .post('/s/:token/draft', async (c) => {
    const { answers } = await readJson(c, answersBody);
    const link = await openLink(c.var.deps, c.req.param('token'));
    return c.json({ saved: await saveDraft(c.var.deps, link, answers) });
  })
  .post('/s/:token/submit', async (c) => {
    const { answers } = await readJson(c, answersBody);
    try {
      const link = await openLink(c.var.deps, c.req.param('token'), { withDraft: false });
      await submitResponse(c.var.deps, link, answers);
    } catch (err) {
      // A retry after a successful submit (lost connection, double tap) gets the same thank-you.
      if (!(err instanceof AppError && err.code === 'LINK_USED')) throw err;
    }
    return c.json({ ok: true });
  })
  // Registered before /s/:token. It carries no token, so a shared phone's history keeps no personal link.
  .get('/s/thanks', (c) => messagePage(c, pageLang(c), 'thanks', 200))
  .get('/s/:token', async (c) => {
    const token = c.req.param('token');
    try {
      const link = await openLink(c.var.deps, token);
      const step = Number(c.req.query('step'));
      return sendSurveyPage(c, token, link, {
        lang: pageLang(c, link.invitation.language, surveyLanguages(link.template)),
        step: Number.isInteger(step) && step >= 1 ? step - 1 : null,
        answers: link.draft,
      });
    } catch (err) {
      return respondentError(c, err, token);
    }
  })
  .post('/s/:token', async (c) => {
    const token = c.req.param('token');
    let asked: Lang | undefined;
    try {
      // Read before anything else, so a body no browser sends is a 4xx page whatever the link.
      const form = await readForm(c);
      asked = isLang(form._lang) ? form._lang : undefined;
      let link;
      try {
        link = await openLink(c.var.deps, token);
      } catch (err) {
        // A retry after the answers went through (double tap, lost connection) lands on the thanks page.
        if (err instanceof AppError && err.code === 'LINK_USED') {
          return seeOther(c, `/s/thanks?lang=${asked ?? pageLang(c, await linkLanguage(c.var.deps, token))}`);
        }
        return await linkErrorPage(c, err, token, asked);
      }
      const offered = surveyLanguages(link.template);
      const lang = asked && offered.includes(asked) ? asked : pageLang(c, link.invitation.language, offered);
      const out = await handleFormPost(c.var.deps, link, form);
      if (out.kind === 'go') return seeOther(c, `?step=${out.step + 1}&lang=${lang}`);
      if (out.kind === 'thanks') return seeOther(c, `/s/thanks?lang=${lang}`);
      // "Come back later" says until when, and where to ask.
      if (out.kind === 'saved') return messagePage(c, lang, 'saved', 200, linkAsking(link));
      return sendSurveyPage(c, token, link, {
        lang,
        step: out.step,
        answers: out.answers,
        errors: out.errors,
        ...(out.storage
          ? { notice: storageNotice(lang, out.storage), status: out.storage.status }
          : out.tooFast
            ? { notice: extraText[lang].tooFast, status: 429 }
            : { status: 422 }),
      });
    } catch (err) {
      return problemPage(c, err, token, asked);
    }
  })
  /**
   * Open links on posters: each phone gets a ticket (a one-off invitation) and keeps it in a cookie, so
   * opening the poster link again resumes the same half-done survey instead of starting a new one.
   * Tickets are limited per client address, so a flood is refused without locking others out.
   */
  .get('/o/:openToken', async (c) => {
    const openToken = c.req.param('openToken');
    const lang = pageLang(c);
    const cookie = `sv_open_${openToken.slice(0, 8)}`;
    try {
      if (!tokenPattern.test(openToken)) throw new AppError('LINK_UNKNOWN', 'This survey link is not valid.');
      const ticket =
        (await heldTicket(c, cookie)) ?? (await mintTicket(c.var.deps, openToken, clientAddress(c))).token;
      setCookie(c, cookie, ticket, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        // As long as its draft lasts: a shared phone forgets the last person's ticket with their answers.
        maxAge: posterDraftHours * 3600,
        secure: c.var.deps.config.secureCookies,
      });
      c.header('cache-control', 'no-store');
      return seeOther(c, `/s/${ticket}?lang=${lang}`);
    } catch (err) {
      if (err instanceof ClientLimitReached) return posterLimitPage(c, lang, err);
      return respondentError(c, err, null, lang);
    }
  });
