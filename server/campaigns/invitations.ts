/** Invitations: one single-use link per contact and campaign. Only token hashes are stored. */
import { CompiledQuery } from 'kysely';
import { compileOnce } from '../db/compile-once.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { linkToken } from '../distribution/links.ts';
import { chooseChannel, insertOutboxIfLaunchedBy, outboxRowsFor, outboxRowsPerInsert, type OutboxRow } from '../distribution/outbox.ts';
import { newId, sha256Hex } from '../ids.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { listContactsForAudience } from '../partnerships/audience.ts';
import { forgetCampaign, getCampaign, type Campaign } from './campaigns.ts';
import { segmentOf } from './segments.ts';

// D1 binds at most 100 parameters per statement; an invitation row has 6.
const rowsPerInsert = 16; // 16 rows x 6 + 2 guard parameters = 98

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The hash stored for an invitation's current link; the link itself is rebuilt from the secret. */
export async function linkHash(deps: Pick<Deps, 'config'>, invitationId: string, version: number): Promise<string> {
  return sha256Hex(await linkToken(deps.config.distribution.linkSecret, invitationId, version));
}

/**
 * Opens a draft campaign: one invitation per matching contact and the outbox rows that announce them
 * (invitation and reminders, on the contact's best channel), all in one atomic write.
 */
export async function launchCampaign(deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>, campaignId: string) {
  const campaign = await getCampaign(deps, campaignId);
  if (campaign.status !== 'draft') throw new AppError('CAMPAIGN_NOT_DRAFT', 'This campaign was already launched.');
  const partnership = await getPartnership(deps, campaign.partnershipId);
  const contacts = await listContactsForAudience(deps, campaign.partnershipId, campaign.audience);
  const now = deps.clock.now();
  const launchedAt = now.toISOString();
  const schedule = { ...campaign, campaignId: campaign.id, launchedAt: now, timeZone: partnership.timeZone };
  const messages: OutboxRow[] = [];
  const rows = await Promise.all(
    contacts.map(async (contact) => {
      const id = newId(deps.random);
      const channel = chooseChannel(contact, campaign.channels);
      if (channel) messages.push(...outboxRowsFor(deps.random, schedule, { id, contactId: contact.id, channel }));
      return {
        id,
        campaign_id: campaign.id,
        contact_id: contact.id,
        token_hash: await linkHash(deps, id, 0),
        language: contact.language,
        segment: JSON.stringify(segmentOf(contact, campaign.segmentAttributes)),
      };
    }),
  );
  try {
    const [opened] = await deps.atomic([
      deps.db
        .updateTable('campaigns')
        .set({ status: 'open', launched_at: launchedAt })
        .where('id', '=', campaign.id)
        .where('status', '=', 'draft'),
      ...chunk(rows, rowsPerInsert).map((part) => insertIfLaunchedBy(campaign.id, launchedAt, part)),
      ...chunk(messages, outboxRowsPerInsert).map((part) => insertOutboxIfLaunchedBy(campaign.id, launchedAt, part)),
    ]);
    if (opened?.numChangedRows !== 1) throw new Error('lost launch race');
    forgetCampaign(deps, campaign.id);
  } catch {
    // A concurrent launch won: its invitations collide on (campaign, contact), and this write rolled back.
    throw new AppError('CAMPAIGN_NOT_DRAFT', 'This campaign was already launched.');
  }
  return { invited: rows.length, queued: messages.filter((m) => m.purpose === 'invitation').length };
}

type NewInvitation = { id: string; campaign_id: string; contact_id: string; token_hash: string; language: string; segment: string };

/**
 * Inserts only if this launch's update took effect, so a launch that lost a race adds nothing even
 * when it would not collide with the winner's rows (D1's batch cannot branch on a result).
 */
function insertIfLaunchedBy(campaignId: string, launchedAt: string, rows: NewInvitation[]) {
  const values = rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ');
  return CompiledQuery.raw(
    `INSERT INTO invitations (id, campaign_id, contact_id, token_hash, language, segment)
     SELECT * FROM (VALUES ${values})
     WHERE EXISTS (SELECT 1 FROM campaigns WHERE id = ? AND launched_at = ?)`,
    [...rows.flatMap((r) => [r.id, r.campaign_id, r.contact_id, r.token_hash, r.language, r.segment]), campaignId, launchedAt],
  );
}

export interface IssuedLink {
  contactId: string;
  token: string;
}

/**
 * Moves every invitation not yet completed to a new link and returns the links once. Earlier links
 * of those invitations stop working (a printed card that went astray); a half-finished draft moves to
 * the new link; reminders still to come carry the new one.
 */
export async function issueLinks(deps: Pick<Deps, 'db' | 'atomic' | 'config'>, campaign: Campaign): Promise<IssuedLink[]> {
  if (campaign.status === 'draft') throw new AppError('CAMPAIGN_NOT_OPEN', 'Launch the campaign before handing out links.');
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

export async function findInvitation(deps: Pick<Deps, 'db'>, tokenHash: string): Promise<InvitationForLink | null> {
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
