/** Invitations: one single-use link per contact and campaign. Only token hashes are stored. */
import { CompiledQuery, sql } from 'kysely';
import { compileOnce } from '../db/compile-once.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { linkToken } from './links.ts';
import { sha256Hex } from '../ids.ts';
import { launchedBy, type Campaign } from './campaigns.ts';
import {
  classifyPicks,
  printable,
  type Picked,
  type PrintableContact,
  type SkipReason,
} from './printed-links.ts';

/** The hash stored for an invitation's current link; the link itself is rebuilt from the secret. */
export async function linkHash(
  deps: Pick<Deps, 'config'>,
  invitationId: string,
  version: number,
): Promise<string> {
  return sha256Hex(await linkToken(deps.config.distribution.linkSecret, invitationId, version));
}

// D1 binds at most 100 parameters per statement; an invitation row has 6.
export const invitationRowsPerInsert = 16; // 16 rows x 6 + 2 guard parameters = 98

/** A launch's invitation, as written: the link's hash, never the link. */
export interface NewInvitation {
  id: string;
  campaignId: string;
  contactId: string;
  tokenHash: string;
  language: string;
  /** JSON: the contact's segment when invited. */
  segment: string;
}

/**
 * Inserts only if this launch's update took effect, so a launch that lost a race adds nothing even
 * when it would not collide with the winner's rows (D1's batch cannot branch on a result).
 */
export function insertInvitationsIfLaunchedBy(
  campaignId: string,
  launchedAt: string,
  rows: NewInvitation[],
): CompiledQuery {
  const values = rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ');
  const launched = launchedBy(campaignId, launchedAt);
  return CompiledQuery.raw(
    `INSERT INTO invitations (id, campaign_id, contact_id, token_hash, language, segment)
     SELECT * FROM (VALUES ${values})
     WHERE ${launched.sql}`,
    [
      ...rows.flatMap((r) => [r.id, r.campaignId, r.contactId, r.tokenHash, r.language, r.segment]),
      ...launched.parameters,
    ],
  );
}

/** The contacts already invited to a campaign: a chunked launch's cursor. */
export async function invitedContactIds(deps: Pick<Deps, 'db'>, campaignId: string): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('invitations')
    .select('contact_id')
    .where('campaign_id', '=', campaignId)
    .where('contact_id', 'is not', null)
    .execute();
  return rows.map((r) => r.contact_id!);
}

export interface IssuedLink extends PrintableContact {
  token: string;
}

export interface SkippedContact {
  contactId: string;
  /** Empty for `not_invited`: an id that is not an invitee of this campaign gets no name back. */
  firstName: string;
  lastName: string;
  reason: SkipReason;
}

const skippedOf = (p: Picked, reason: SkipReason): SkippedContact => ({
  contactId: p.contactId,
  firstName: p.contact?.firstName ?? '',
  lastName: p.contact?.lastName ?? '',
  reason,
});

/**
 * Fresh printed links for the contacts a staff member picked, returned once. Only a picked invitation
 * that no message has carried and that is not completed moves to a new link (its earlier printed
 * card stops working); the others are skipped with the reason, so a link delivered by SMS or email
 * keeps working. A draft saved under the earlier link stays sealed under it: the new link cannot open
 * it (server/respond/drafts.ts), so whoever prints a link never sees what the worker had answered.
 */
export async function issueLinks(
  deps: Pick<Deps, 'db' | 'atomic' | 'config'>,
  campaign: Campaign,
  contactIds: string[],
): Promise<{ issued: IssuedLink[]; skipped: SkippedContact[] }> {
  if (campaign.status === 'draft')
    throw new AppError('CAMPAIGN_NOT_OPEN', 'Launch the campaign before handing out links.');
  const picks = await classifyPicks(deps, campaign.id, contactIds);
  const skipped = picks.flatMap((p) => (p.skip ? [skippedOf(p, p.skip)] : []));
  const secret = deps.config.distribution.linkSecret;
  const minted = await Promise.all(
    picks
      .filter((p) => !p.skip)
      .map(async (p) => {
        const token = await linkToken(secret, p.invitationId!, p.linkVersion + 1);
        return { pick: p, token, hash: await sha256Hex(token) };
      }),
  );
  if (minted.length === 0) return { issued: [], skipped };
  // One statement for any number of picks (a JSON parameter), which checks again what was read: a
  // message queued or an answer given meanwhile leaves that invitation as it is.
  const next = JSON.stringify(minted.map((m) => [m.pick.invitationId, m.hash, m.pick.linkVersion]));
  await deps.atomic([
    sql`UPDATE invitations SET token_hash = n.value ->> 1, link_version = link_version + 1
      FROM json_each(${next}) AS n
      WHERE invitations.id = n.value ->> 0 AND invitations.link_version = n.value ->> 2
        AND invitations.campaign_id = ${campaign.id} AND invitations.completed = 0
        AND ${printable(sql.ref('invitations.id'))}`.compile(deps.db),
  ]);
  // Links are derived, so a print racing this one for the same person writes the same hash.
  const held = new Set(
    (
      await deps.db
        .selectFrom('invitations')
        .select('token_hash')
        .where('campaign_id', '=', campaign.id)
        .where(
          sql<boolean>`token_hash IN (SELECT value FROM json_each(${JSON.stringify(minted.map((m) => m.hash))}))`,
        )
        .execute()
    ).map((r) => r.token_hash),
  );
  const lost = minted.filter((m) => !held.has(m.hash));
  if (lost.length > 0) {
    const again = await classifyPicks(
      deps,
      campaign.id,
      lost.map((m) => m.pick.contactId),
    );
    if (again.some((p) => !p.skip))
      throw new AppError('CONFLICT', 'These links changed while they were being printed; try again.');
    skipped.push(...again.map((p) => skippedOf(p, p.skip!)));
  }
  const issued = minted
    .filter((m) => held.has(m.hash))
    .map(({ pick, token }) => ({ ...pick.contact!, token }));
  return { issued, skipped };
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

/** A campaign's personal invitations nobody has answered yet, with the version their link is on. */
export function unansweredPersonalInvitations(deps: Pick<Deps, 'db'>, campaignId: string) {
  return deps.db
    .selectFrom('invitations')
    .select(['id', 'contact_id', 'link_version'])
    .where('campaign_id', '=', campaignId)
    .where('completed', '=', 0)
    .where('contact_id', 'is not', null)
    .execute();
}
