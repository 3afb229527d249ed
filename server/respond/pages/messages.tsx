// Friendly pages in the person's language: thanks, saved, and every reason a link cannot be answered.
// A respondent never sees an error envelope or a bare status code.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ui, type Lang, type UiText } from '../../../surveys/index.ts';
import { Message } from '../../../client/respond/survey-form.tsx';
import { recentCampaign } from '../../campaigns/campaigns.ts';
import { findInvitation } from '../../campaigns/invitations/store.ts';
import type { Deps } from '../../deps.ts';
import { AppError, type ErrorCode } from '../../errors.ts';
import type { AppEnv } from '../../http.ts';
import { sha256Hex, tokenPattern } from '../../ids.ts';
import type { Asking } from '../../pages/asking.tsx';
import { sendPage } from '../../pages/document.tsx';
import { pageLang } from '../../pages/lang.ts';
import { recentPartnership } from '../../partnerships/partnerships.ts';

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

export function messagePage(
  c: Context<AppEnv>,
  lang: Lang,
  key: MessageKey,
  status: ContentfulStatusCode,
  asking?: Asking | null,
) {
  const [title, body] = messages(ui[lang])[key];
  return sendPage(c, { lang, title, status, body: <Message title={title} body={body} />, asking });
}

/**
 * The language a link was sent in and who sent it, for a link that cannot be answered (used, closed,
 * not open yet), so its page still says who to ask. Unknown tokens have neither. A database that fails
 * here costs the page its header, not the page.
 */
async function linkContext(
  deps: Pick<Deps, 'db'>,
  token: string | null,
): Promise<{ language: string | null; asking: Asking | null }> {
  const none = { language: null, asking: null };
  if (!token || !tokenPattern.test(token)) return none;
  try {
    const invitation = await findInvitation(deps, await sha256Hex(token));
    if (!invitation) return none;
    const campaign = await recentCampaign(deps, invitation.campaignId);
    const p = await recentPartnership(deps, campaign.partnershipId);
    const asking = { partnershipName: p.name, helpContact: p.helpContact, timeZone: p.timeZone };
    return { language: invitation.language, asking };
  } catch {
    return none;
  }
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
  const { language, asking } = await linkContext(c.var.deps, token);
  return messagePage(c, lang ?? pageLang(c, language), key, err.status, asking);
}
