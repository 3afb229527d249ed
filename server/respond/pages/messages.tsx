// Friendly pages in the person's language: thanks, saved, and every reason a link cannot be answered.
// A respondent never sees an error envelope or a bare status code.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ui, type Lang, type UiText } from '../../../surveys/index.ts';
import { Message } from '../../../client/respond/survey-form.tsx';
import { AppError, type ErrorCode } from '../../errors.ts';
import type { AppEnv } from '../../http.ts';
import { sendPage } from '../../pages/document.tsx';
import { pageLang } from '../../pages/lang.ts';
import { linkLanguage } from '../link.ts';

type MessageKey = 'thanks' | 'saved' | 'used' | 'closed' | 'notOpen' | 'unknown' | 'busy';

const messages = (u: UiText): Record<MessageKey, [title: string, body: string]> => ({
  thanks: [u.thanksTitle, u.thanksBody],
  saved: [u.savedTitle, u.savedBody],
  used: [u.usedTitle, u.usedBody],
  closed: [u.closedTitle, u.closedBody],
  notOpen: [u.notOpenTitle, u.notOpenBody],
  unknown: [u.unknownTitle, u.unknownBody],
  busy: [u.busyTitle, u.busyBody],
});

export function messagePage(c: Context<AppEnv>, lang: Lang, key: MessageKey, status: ContentfulStatusCode) {
  const [title, body] = messages(ui[lang])[key];
  return sendPage(c, { lang, title, status, body: <Message title={title} body={body} /> });
}

const linkErrors: Partial<Record<ErrorCode, MessageKey>> = {
  LINK_UNKNOWN: 'unknown',
  LINK_USED: 'used',
  CAMPAIGN_CLOSED: 'closed',
  CAMPAIGN_NOT_OPEN: 'notOpen',
  RATE_LIMITED: 'busy',
};

/**
 * Turns "this link cannot be answered" into its friendly page, with the error's status (404, 410,
 * 403, 429). Anything else is rethrown for the app's error handler.
 */
export async function linkErrorPage(c: Context<AppEnv>, err: unknown, token: string | null, lang?: Lang) {
  const key = err instanceof AppError ? linkErrors[err.code] : undefined;
  if (!key || !(err instanceof AppError)) throw err;
  const chosen = lang ?? pageLang(c, token ? await linkLanguage(c.var.deps, token) : null);
  return messagePage(c, chosen, key, err.status);
}
