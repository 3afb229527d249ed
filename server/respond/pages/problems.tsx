// What a respondent sees when a post cannot be taken: a form no browser would send (400, 415), or a
// database that cannot save right now (507 full, 503 unavailable). In their language, never an error
// envelope; the survey page itself, with what they typed, where there is one to show (survey-page.tsx).
// The runtime that met the storage failure has logged it already (runtime/sqlite-errors.ts, d1.ts).
import type { Context } from 'hono';
import { words, type Lang } from '../../../surveys/index.ts';
import { AppError, type ErrorCode } from '../../errors.ts';
import type { AppEnv } from '../../http.ts';
import { tokenPattern } from '../../ids.ts';
import { sendPage } from '../../pages/document.tsx';
import { pageLang } from '../../pages/lang.ts';
import { linkLanguage } from '../link.ts';

type Problem = 'form' | 'full' | 'unavailable';

const problems: Partial<Record<ErrorCode, Problem>> = {
  BAD_FORM: 'form',
  UNSUPPORTED_MEDIA_TYPE: 'form',
  STORAGE_FULL: 'full',
  STORAGE_UNAVAILABLE: 'unavailable',
};

const problemOf = (err: unknown): Problem | undefined =>
  err instanceof AppError ? problems[err.code] : undefined;

/** The notice for a survey page shown again because the database could not save it. */
export function storageNotice(lang: Lang, err: AppError): string {
  return words[lang].problems[problemOf(err) === 'full' ? 'full' : 'unavailable'].notice!;
}

/** The link's language when the database can still say it; a failing database must not fail the page. */
async function languageOf(c: Context<AppEnv>, token: string | null): Promise<string | null> {
  if (!token) return null;
  try {
    return await linkLanguage(c.var.deps, token);
  } catch {
    return null;
  }
}

/**
 * The friendly page for a bad form or a storage failure, with the error's status (400, 415, 507,
 * 503), in `lang` or the language the page would have used. Anything else is rethrown for the app's
 * error handler.
 */
export async function problemPage(c: Context<AppEnv>, err: unknown, token: string | null, lang?: Lang) {
  const problem = problemOf(err);
  if (!problem || !(err instanceof AppError)) throw err;
  const chosen = lang ?? pageLang(c, await languageOf(c, token));
  const t = words[chosen].problems[problem];
  const back = token && tokenPattern.test(token) ? `/s/${token}?lang=${chosen}` : null;
  return sendPage(c, {
    lang: chosen,
    title: t.title,
    status: err.status,
    body: (
      <div class="msg">
        <h1 tabIndex={-1}>{t.title}</h1>
        <p>{t.body}</p>
        {back && <a href={back}>{t.back}</a>}
      </div>
    ),
  });
}
