/**
 * GET /api/dev/outbox: what the development senders "sent", rebuilt from the outbox (links are
 * derived, so nothing but the outbox row is needed), newest first. It exists only while a development
 * sender is in use, so a new user can click the links they "received"; with real providers, 404.
 *
 * The links in it are the workers' own, live: whoever opens one can answer in that person's place and
 * see their saved draft. So it is for admins only, whatever the query (a campaign's partnership access
 * is not enough), and every answer says so.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { authenticate, requireRole } from '../auth/guard.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { AppError } from '../errors.ts';
import { readQuery, type AppEnv } from '../http.ts';
import { loadContext, type Claimed } from './dispatch-context.ts';
import { devSentMessages } from './outbox.ts';
import { render } from './render.ts';

const outboxQuery = z.object({
  campaignId: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** Shown with every answer, and by the dashboard's outbox screen. */
export const devOutboxNotice =
  'Development senders only: nothing here was really sent. These links are live: opening one answers ' +
  'as that person and shows what they saved. Admins only; never share them.';

export const devOutboxRoutes = new Hono<AppEnv>().use(authenticate).get('/outbox', async (c) => {
  const { deps, user } = c.var;
  requireRole(user, 'admin');
  const { senders } = deps.config.distribution;
  if (senders.email !== 'dev' && senders.sms !== 'dev') {
    throw new AppError(
      'NOT_FOUND',
      'The development outbox exists only while no email or SMS provider is configured.',
    );
  }
  const query = readQuery(c, outboxQuery);
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
        return m.channel === 'sms'
          ? { ...base, to: m.sms.to, body: m.sms.body }
          : { ...base, to: m.email.to, subject: m.email.subject, body: m.email.text };
      }),
  );
  return c.json({ notice: devOutboxNotice, messages });
});
