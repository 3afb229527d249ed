/**
 * /c: a printed card's short code, typed on a phone. A code opens its invitation's current link
 * (campaigns/links.ts derives both from the same invitation and version), so the worker lands on
 * /s/:token and everything there holds as for a link: single use, save and resume (the draft is
 * sealed under the link, which only the card's holder, or the secret's, can rebuild), closing.
 *
 * Every well-formed code takes one path: counted by the throttle (code-tries.ts) before it is looked
 * up, then a MAC and one read. A code no card carries now (never issued, or retired by a newer card)
 * answers exactly as a never-issued one; a code that opens a used or closed link says what /s/ says.
 */
import { Hono, type Context } from 'hono';
import { codeMac, linkToken, normalizeCode } from '../campaigns/links.ts';
import { codeTarget } from '../campaigns/printed-codes.ts';
import { AppError } from '../errors.ts';
import { readForm } from '../forms.ts';
import { clientAddress, type AppEnv } from '../http.ts';
import { isLang, pageLang } from '../pages/lang.ts';
import type { Lang } from '../../surveys/index.ts';
import { admitCodeTry, codeTryRight } from './code-tries.ts';
import { openLink } from './link.ts';
import { linkErrorPage } from './pages/messages.tsx';
import { problemPage } from './pages/problems.tsx';
import { codeFormPage, codeLimitPage } from './pages/short-code.tsx';

/** What a typed code leads to: a link to go to, a reason it opens nothing, or a wait. */
type Outcome =
  | { kind: 'open'; token: string }
  | { kind: 'malformed' | 'unknown' }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'refused'; token: string; error: AppError };

async function resolveCode(c: Context<AppEnv>, typed: string): Promise<Outcome> {
  const deps = c.var.deps;
  const code = normalizeCode(typed);
  // Not a code at all: it cannot open anything, so it costs no try.
  if (!code) return { kind: 'malformed' };
  const admission = await admitCodeTry(deps, clientAddress(c));
  if (!('admitted' in admission)) return { kind: 'limited', ...admission };
  const secret = deps.config.distribution.linkSecret;
  const target = await codeTarget(deps, await codeMac(secret, code));
  if (!target) return { kind: 'unknown' };
  const token = await linkToken(secret, target.invitationId, target.linkVersion);
  try {
    await openLink(deps, token, { withDraft: false });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    // The link moved on without this code (a newer card was printed): as if it never was.
    if (err.code === 'LINK_UNKNOWN') return { kind: 'unknown' };
    await codeTryRight(deps, admission.admitted);
    return { kind: 'refused', token, error: err };
  }
  await codeTryRight(deps, admission.admitted);
  return { kind: 'open', token };
}

async function answer(c: Context<AppEnv>, typed: string, asked: Lang | undefined) {
  const lang = asked ?? pageLang(c);
  const out = await resolveCode(c, typed);
  c.header('cache-control', 'no-store');
  if (out.kind === 'open') {
    const query = asked ? `?lang=${asked}` : '';
    return c.redirect(`/s/${out.token}${query}`, 303);
  }
  if (out.kind === 'limited') return codeLimitPage(c, lang, out.retryAfterSeconds);
  if (out.kind === 'refused') return linkErrorPage(c, out.error, out.token, asked);
  return codeFormPage(c, lang, {
    typed,
    problem: out.kind,
    status: out.kind === 'malformed' ? 422 : 404,
  });
}

const askedLang = (c: Context<AppEnv>) => {
  const q = c.req.query('lang');
  return isLang(q) ? q : undefined;
};

export const shortCodeRoutes = new Hono<AppEnv>()
  .get('/c', (c) => codeFormPage(c, pageLang(c)))
  .post('/c', async (c) => {
    let asked: Lang | undefined;
    try {
      const form = await readForm(c);
      asked = isLang(form._lang) ? form._lang : askedLang(c);
      const typed = typeof form.code === 'string' ? form.code : '';
      return await answer(c, typed, asked);
    } catch (err) {
      return problemPage(c, err, null, asked);
    }
  })
  .get('/c/:code', async (c) => {
    const asked = askedLang(c);
    try {
      return await answer(c, c.req.param('code'), asked);
    } catch (err) {
      return problemPage(c, err, null, asked);
    }
  });
