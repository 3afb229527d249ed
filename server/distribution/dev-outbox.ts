/**
 * GET /api/dev/outbox: what the development senders "sent", rebuilt from the outbox (links are
 * derived, so nothing but the outbox row is needed), newest first. It exists only while a development
 * sender is in use, so a new user can click the links they "received"; with real providers, 404.
 *
 * The links in it are the workers' own, live: whoever opens one can answer in that person's place and
 * see their saved draft. So it is for admins only, whatever the query (a campaign's partnership access
 * is not enough), and every answer says so.
 *
 * While the development SMS sender is in use, it also shows each phone's conversation by text, from
 * that sender's in-memory log (replies are deleted from the database once sent), and POST
 * /api/dev/outbox/reply lets an admin type a worker's reply as if it came in from their phone.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { authenticate, requireRole } from '../auth/guard.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { AppError } from '../errors.ts';
import { jsonBody, queryOf, type AppEnv } from '../http.ts';
import { devOutboxQuery, devReplyBody, type DevOutboxMessage } from './contract.ts';
import { devConversation, typedReply } from './dev-replies.ts';
import type { Texting } from './inbound.ts';
import { devTextsOf } from './dev-senders.ts';
import { loadContext, type Claimed } from './dispatch-context.ts';
import { devSentMessages } from './outbox/reads.ts';
import { textsWaiting } from './progress.ts';
import { render } from './render.ts';

/** Shown with every answer, and by the dashboard's outbox screen. */
export const devOutboxNotice =
  'Development senders only: nothing here was really sent. These links are live: opening one answers ' +
  'as that person and shows what they saved. Admins only; never share them.';

/**
 * Admins only, and only while a development sender is in use: checked before the query's validator,
 * as the handler checked them before reading the query, so a bad query still answers 403 or 404.
 */
const devOutboxAccess: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c.var.user, 'admin');
  const { senders } = c.var.deps.config.distribution;
  if (senders.email !== 'dev' && senders.sms !== 'dev') {
    throw new AppError(
      'NOT_FOUND',
      'The development outbox exists only while no email or SMS provider is configured.',
    );
  }
  await next();
};

/** The reply route plays the worker's phone: only while texts go to the development SMS sender. */
const devSmsAccess: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c.var.user, 'admin');
  if (c.var.deps.config.distribution.senders.sms !== 'dev') {
    throw new AppError(
      'NOT_FOUND',
      "Typing a worker's reply needs the development SMS sender: no Twilio account configured.",
    );
  }
  await next();
};

/** The routes, with conversations by text as the app hands them in (inbound.ts `Texting`). */
export const devOutboxRoutes = (texting?: Texting) =>
  new Hono<AppEnv>()
    .use(authenticate)
    .get('/outbox', devOutboxAccess, queryOf(devOutboxQuery), async (c) => {
      const { deps } = c.var;
      const query = c.req.valid('query');
      if (query.campaignId) await getCampaign(deps, query.campaignId);
      const rows = await devSentMessages(deps, query);
      const withContext = await loadContext(deps, rows as Claimed[]);
      const messages = await Promise.all(
        withContext
          .filter((r) => r.contact && r.invitation)
          .map(async (row) => {
            const m = await render(deps, row);
            const status = rows.find((r) => r.id === row.id)!.status;
            const base = {
              id: row.id,
              campaignId: row.campaign_id,
              channel: row.channel,
              purpose: row.purpose,
              status,
            };
            const message: DevOutboxMessage =
              m.channel === 'sms'
                ? { ...base, to: m.sms.to, body: m.sms.body }
                : { ...base, to: m.email.to, subject: m.email.subject, body: m.email.text };
            return message;
          }),
      );
      // One campaign's page shows the conversations of the phones its listed texts went to.
      const phones = new Set(messages.filter((m) => m.channel === 'sms').map((m) => m.to));
      const conversations = (devTextsOf(deps.sms)?.threads() ?? [])
        .filter((t) => !query.campaignId || phones.has(t.phone))
        .map((t) => devConversation(t.phone, t.texts));
      // Queued texts are not in the list until they go; when the texting hours hold some, it says so.
      return c.json({
        notice: devOutboxNotice,
        messages,
        conversations,
        textsWaiting: await textsWaiting(deps, query.campaignId),
      });
    })
    .post('/outbox/reply', devSmsAccess, jsonBody(devReplyBody), async (c) => {
      const conversation = await typedReply(c.var.deps, c.req.valid('json'), texting);
      return c.json({ notice: devOutboxNotice, conversation });
    });
