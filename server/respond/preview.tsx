/**
 * The survey editor's preview: a partnership's own survey (its draft, or a published version) as the
 * respondent page serves it, in either language, with the island and its skip logic, framed by the
 * dashboard at phone width. Nothing a previewer answers is kept or sent: saves answer as saved, the
 * final submit checks the answers as a real submit would and stops there.
 *
 * At /preview/surveys/:id rather than under /api, because the island posts to its page's address
 * without the dashboard's CSRF header; these posts change nothing, so a signed-in session is enough.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { sessionCookie } from '../auth/guard.ts';
import { sessionUser } from '../auth/sessions.ts';
import { AppError } from '../errors.ts';
import { readForm } from '../forms.ts';
import { readJson, type AppEnv } from '../http.ts';
import { requirePartnership } from '../partnerships/access.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { getOwnSurvey } from '../surveys/own.ts';
import { campaignTemplate } from '../surveys/versions.ts';
import { isLang, pageLang } from '../pages/lang.ts';
import type { DraftText, SurveyDraft } from '../../surveys/draft.ts';
import {
  coerceFormAnswers,
  langs,
  legacyLanguages,
  surveyLanguages,
  validateAnswers,
  visibleQuestions,
  words,
  type Lang,
  type LocalizedText,
  type SurveyDefinition,
} from '../../surveys/index.ts';
import { sendSurvey } from './pages/survey-page.tsx';
import { messagePage } from './pages/messages.tsx';

/**
 * Every text of the draft in each of its languages, a missing one shown as missing (in the page's
 * language, `previewMissing`) rather than blank.
 */
function filler(languages: readonly Lang[]) {
  return (text: DraftText): LocalizedText => {
    const out: Record<string, string> = {};
    for (const l of new Set<Lang>(['en', ...languages])) out[l] = text[l]?.trim() || words[l].page.previewMissing;
    return out as LocalizedText;
  };
}

/**
 * The draft as a definition the page can draw. Not checked: a preview shows a survey still being
 * written, broken skip rules included, exactly as far as it goes.
 */
export function previewDefinition(d: SurveyDraft): SurveyDefinition {
  const languages = langs.filter((l) => l === 'en' || d.languages.includes(l));
  const filled = filler(languages);
  return {
    ...(languages.join() !== legacyLanguages.join() && { languages }),
    id: d.id,
    version: d.version,
    kind: d.kind,
    title: filled(d.title),
    intro: filled(d.intro),
    estimatedMinutes: d.estimatedMinutes ?? 5,
    dimensions: d.dimensions.map((x) => ({ id: x.id, label: filled(x.label) })),
    sections: d.sections.map((s) => ({
      id: s.id,
      title: filled(s.title),
      ...(s.intro && { intro: filled(s.intro) }),
      questions: s.questions.map(({ replaces: _r, text, help, options, ...q }) => ({
        ...q,
        text: filled(text),
        ...(help && { help: filled(help) }),
        ...(options && { options: options.map((o) => ({ value: o.value, label: filled(o.label) })) }),
      })),
    })),
  };
}

/** Signed in and reaching the survey's partnership; the posts here change nothing, so no CSRF. */
const viewer: MiddlewareHandler<AppEnv> = async (c, next) => {
  const sid = getCookie(c, sessionCookie);
  const user = sid ? await sessionUser(c.var.deps, sid) : null;
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to the dashboard to preview a survey.');
  c.set('user', user);
  await next();
};

async function previewed(c: Context<AppEnv>) {
  const own = await getOwnSurvey(c.var.deps, c.req.param('id')!);
  await requirePartnership(c, own.partnershipId, 'read');
  const asked = Number(c.req.param('v') ?? c.req.query('version'));
  const version = own.versions.some((v) => v.version === asked) ? asked : null;
  const def =
    version === null && own.draftDefinition
      ? previewDefinition(own.draftDefinition)
      : await campaignTemplate(c.var.deps, own.id, version ?? own.versions.at(-1)!.version);
  const p = await getPartnership(c.var.deps, own.partnershipId);
  const post = `/preview/surveys/${own.id}${version === null ? '' : `/v/${version}`}`;
  return { def, post, asking: { partnershipName: p.name, helpContact: p.helpContact, timeZone: p.timeZone } };
}


const answersBody = z.object({ answers: z.record(z.string().max(64), z.unknown()) });

function page(c: Context<AppEnv>) {
  return previewed(c).then(({ def, post, asking }) => {
    const step = Number(c.req.query('step'));
    const lang = pageLang(c, null, surveyLanguages(def));
    return sendSurvey(c, {
      def,
      post,
      asking,
      state: {
        lang,
        step: Number.isInteger(step) && step >= 1 ? step - 1 : 0,
        answers: {},
        notice: words[lang].page.previewNotice,
      },
    });
  });
}

/**
 * A form post with JavaScript off: this part's answers are checked and the next part shown. A preview
 * keeps no answers between parts, so skip rules that depend on an earlier part show every question.
 */
async function formPost(c: Context<AppEnv>) {
  const form = await readForm(c);
  const { def } = await previewed(c);
  const offered = surveyLanguages(def);
  const lang: Lang = isLang(form._lang) && offered.includes(form._lang) ? form._lang : pageLang(c, null, offered);
  const at = Number(form._step);
  const step = Number.isInteger(at) && at >= 1 && at <= def.sections.length ? at - 1 : 0;
  const given = coerceFormAnswers(def, form);
  const back = form._action === 'back';
  const { errors, values } = validateAnswers(def, given, { sectionIds: [def.sections[step]!.id] });
  if (!back && Object.keys(errors).length > 0) {
    const { post, asking } = await previewed(c);
    return sendSurvey(c, { def, post, asking, state: { lang, step, answers: given, errors, status: 422 } });
  }
  let next = step + (back ? -1 : 1);
  while (
    next >= 0 &&
    next < def.sections.length &&
    visibleQuestions(def, values, def.sections[next]!.id).length === 0
  )
    next += back ? -1 : 1;
  if (next >= def.sections.length) return messagePage(c, lang, 'thanks', 200);
  return c.redirect(`?step=${Math.max(next, 0) + 1}&lang=${lang}`, 303);
}

async function submit(c: Context<AppEnv>) {
  const { answers } = await readJson(c, answersBody);
  const { def } = await previewed(c);
  const { ok, errors } = validateAnswers(def, answers);
  if (!ok) throw new AppError('VALIDATION_FAILED', 'Some answers are missing or invalid.', errors);
  return c.json({ ok: true });
}

async function draft(c: Context<AppEnv>) {
  await readJson(c, answersBody);
  await previewed(c);
  return c.json({ saved: true });
}

export const previewRoutes = new Hono<AppEnv>()
  .use(viewer)
  .get('/surveys/:id', page)
  .get('/surveys/:id/v/:v', page)
  .post('/surveys/:id', formPost)
  .post('/surveys/:id/v/:v', formPost)
  .post('/surveys/:id/draft', draft)
  .post('/surveys/:id/v/:v/draft', draft)
  .post('/surveys/:id/submit', submit)
  .post('/surveys/:id/v/:v/submit', submit);
