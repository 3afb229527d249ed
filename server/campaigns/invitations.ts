/** Invitations: one single-use link per contact and campaign. Only token hashes are stored. */
import { CompiledQuery } from 'kysely';
import { compileOnce } from '../db/compile-once.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { linkToken } from '../distribution/links.ts';
import {
  chooseChannel,
  insertOutboxIfLaunchedBy,
  outboxRowsFor,
  outboxRowsPerInsert,
  type OutboxRow,
} from '../distribution/outbox.ts';
import { newId, sha256Hex } from '../ids.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { listContactsForAudience } from '../partnerships/audience.ts';
import { forgetCampaign, getCampaign, type Campaign } from './campaigns.ts';
import { segmentOf } from './segments.ts';

/** The hash stored for an invitation's current link; the link itself is rebuilt from the secret. */
export async function linkHash(
  deps: Pick<Deps, 'config'>,
  invitationId: string,
  version: number,
): Promise<string> {
  return sha256Hex(await linkToken(deps.config.distribution.linkSecret, invitationId, version));
}

export { launchCampaign } from './launch.ts';

export interface IssuedLink {
  contactId: string;
  token: string;
}

/**
 * Moves every invitation not yet completed to a new link and returns the links once. Earlier links
 * of those invitations stop working (a printed card that went astray); a half-finished draft moves to
 * the new link; reminders still to come carry the new one.
 */
export async function issueLinks(
  deps: Pick<Deps, 'db' | 'atomic' | 'config'>,
  campaign: Campaign,
): Promise<IssuedLink[]> {
  if (campaign.status === 'draft')
    throw new AppError('CAMPAIGN_NOT_OPEN', 'Launch the campaign before handing out links.');
  const pending = await deps.db
    .selectFrom('invitations')
    .select(['id', 'contact_id', 'token_hash', 'link_version'])
    .where('campaign_id', '=', campaign.id)
    .where('completed', '=', 0)
    .where('contact_id', 'is not', null)
    .execute();
  const secret = deps.config.distribution.linkSecret;
  const issued = await Promise.all(
    pending.map(async (inv) => {
      const version = inv.link_version + 1;
      const token = await linkToken(secret, inv.id, version);
      return { inv, token, version, hash: await sha256Hex(token) };
    }),
  );
  const statements = issued.flatMap(({ inv, hash, version }) => [
    deps.db
      .updateTable('invitations')
      .set({ token_hash: hash, link_version: version })
      .where('id', '=', inv.id)
      .where('completed', '=', 0),
    deps.db.updateTable('drafts').set({ token_hash: hash }).where('token_hash', '=', inv.token_hash),
  ]);
  if (statements.length > 0) await deps.atomic(statements);
  return issued.map(({ inv, token }) => ({ contactId: inv.contact_id!, token }));
}

export interface InvitationForLink {
  id: string;
  campaignId: string;
  tokenHash: string;
  language: string;
  segment: string;
  completed: boolean;
  mintedAt: string | null;
}

// Every respondent request starts here, so the query is compiled once.
const byTokenHash = compileOnce((db, tokenHash: string) =>
  db
    .selectFrom('invitations')
    .select(['id', 'campaign_id', 'token_hash', 'language', 'segment', 'completed', 'minted_at'])
    .where('token_hash', '=', tokenHash),
);

export async function findInvitation(
  deps: Pick<Deps, 'db'>,
  tokenHash: string,
): Promise<InvitationForLink | null> {
  const [row] = (await deps.db.executeQuery(byTokenHash(deps.db, tokenHash))).rows;
  if (!row) return null;
  return {
    id: row.id,
    campaignId: row.campaign_id,
    tokenHash: row.token_hash,
    language: row.language,
    segment: row.segment,
    completed: row.completed === 1,
    mintedAt: row.minted_at,
  };
}

export async function invitationCounts(deps: Pick<Deps, 'db'>, campaignId: string) {
  const row = await deps.db
    .selectFrom('invitations')
    .select((eb) => [
      eb.fn.countAll<number>().as('invited'),
      eb.fn.sum<number>(eb.ref('completed')).as('completed'),
    ])
    .where('campaign_id', '=', campaignId)
    .where('contact_id', 'is not', null)
    .executeTakeFirst();
  return { invited: Number(row?.invited ?? 0), completed: Number(row?.completed ?? 0) };
}
