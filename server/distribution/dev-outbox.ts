/**
 * GET /api/dev/outbox: what the development senders "sent", rebuilt from the outbox (links are
 * derived, so nothing but the outbox row is needed), newest first. It exists only while a development
 * sender is in use, so a new user can click the links they "received"; with real providers, 404.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { authenticate, requirePartnership, requireRole } from '../auth/guard.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { AppError } from '../errors.ts';
import { readQuery, type AppEnv } from '../http.ts';
import { loadContext, type Claimed } from './dispatch-context.ts';
import { render } from './render.ts';

const outboxQuery = z.object({
  campaignId: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const devOutboxRoutes = new Hono<AppEnv>().use(authenticate).get('/outbox', async (c) => {
  const { deps, user } = c.var;
  const { senders } = deps.config.distribution;
  if (senders.email !== 'dev' && senders.sms !== 'dev') {
    throw new AppError(
      'NOT_FOUND',
      'The development outbox exists only while no email or SMS provider is configured.',
    );
  }
  const query = readQuery(c, outboxQuery);
  if (query.campaignId)
    await requirePartnership(c, (await getCampaign(deps, query.campaignId)).partnershipId, 'read');
  else requireRole(user, 'admin');
  let q = deps.db
    .selectFrom('outbox')
    .select([
      'id',
      'campaign_id',
      'invitation_id',
      'contact_id',
      'channel',
      'purpose',
      'sequence',
      'attempts',
      'status',
    ])
    .where('provider_id', 'like', 'dev-%')
    .orderBy(({ ref }) => ref('rowid' as never), 'desc')
    .limit(query.limit);
  if (query.campaignId) q = q.where('campaign_id', '=', query.campaignId);
  const rows = await q.execute();
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
  return c.json({ messages });
});
