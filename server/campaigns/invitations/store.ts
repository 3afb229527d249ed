/** Invitations: one single-use link per contact and campaign. Only token hashes are stored. */
import {
  CompiledQuery,
  expressionBuilder,
  sql,
  type Expression,
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import { compileOnce } from '../../db/compile-once.ts';
import type { Database } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { linkToken } from '../links.ts';
import { sha256Hex } from '../../ids.ts';
import { launchedBy, launchedCampaignClosesOf } from '../campaigns.ts';

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

/** A condition or value another owner computes on an invitation, given its id (a column reference). */
type OnInvitation<T> = (invitationId: RawBuilder<unknown>) => RawBuilder<T>;

/**
 * Each of these contacts, in the order given, with their invitation to the campaign if they have one,
 * and `carried` computed on it in the same statement (for printed links: which message carries the
 * link). The ids go as one JSON parameter, since D1 binds at most 100 per statement.
 */
export async function invitationsOfContacts<T>(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  contactIds: string[],
  carried: OnInvitation<T>,
) {
  const { rows } = await sql<{
    contact_id: string;
    invitation_id: string | null;
    completed: number | null;
    link_version: number | null;
    language: string | null;
    carried: T | null;
  }>`
    SELECT p.value AS contact_id, i.id AS invitation_id, i.completed, i.link_version, i.language,
      ${carried(sql.ref('i.id'))} AS carried
    FROM json_each(${JSON.stringify(contactIds)}) AS p
    LEFT JOIN invitations i ON i.campaign_id = ${campaignId} AND i.contact_id = p.value`.execute(deps.db);
  return rows.map((r) => ({
    contactId: r.contact_id,
    invitationId: r.invitation_id,
    completed: Boolean(r.completed),
    linkVersion: r.link_version ?? 0,
    /** The page language the invitation was given at launch (the partnership's fallback, if so). */
    language: r.language,
    carried: r.carried,
  }));
}

/**
 * Moves invitations to new links: one statement for any number (a JSON parameter), which checks again
 * what was read, so an invitation whose link moved on meanwhile, that was answered, or that no longer
 * meets `allowed` keeps its link. For deps.atomic.
 */
export function rekeyInvitations(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  moves: { invitationId: string; tokenHash: string; linkVersion: number }[],
  allowed: OnInvitation<boolean>,
): CompiledQuery {
  const next = JSON.stringify(moves.map((m) => [m.invitationId, m.tokenHash, m.linkVersion]));
  return sql`UPDATE invitations SET token_hash = n.value ->> 1, link_version = link_version + 1
      FROM json_each(${next}) AS n
      WHERE invitations.id = n.value ->> 0 AND invitations.link_version = n.value ->> 2
        AND invitations.campaign_id = ${campaignId} AND invitations.completed = 0
        AND ${allowed(sql.ref('invitations.id'))}`.compile(deps.db);
}

/** Which of these link hashes a campaign's invitations hold now. */
export async function heldTokenHashes(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  hashes: string[],
): Promise<Set<string>> {
  const rows = await deps.db
    .selectFrom('invitations')
    .select('token_hash')
    .where('campaign_id', '=', campaignId)
    .where(sql<boolean>`token_hash IN (SELECT value FROM json_each(${JSON.stringify(hashes)}))`)
    .execute();
  return new Set(rows.map((r) => r.token_hash));
}

/**
 * The contacts of a campaign's unanswered invitations that meet `where`, as a subquery for another
 * owner's list of people (the invitees a printed link is for).
 */
export function unansweredInviteesWhere(campaignId: string, where: OnInvitation<boolean>) {
  return sql<string>`SELECT contact_id FROM invitations
    WHERE campaign_id = ${campaignId} AND completed = 0 AND ${where(sql.ref('invitations.id'))}`;
}

/** Invitations' completed flags by id, as a subquery an outbox row joins to in the same query (distribution/outbox/reads.ts). */
export function invitationCompletion(deps: Pick<Deps, 'db'>) {
  return deps.db.selectFrom('invitations').select(['id', 'completed']);
}

/**
 * Whether each of these invitations is completed, which version its link is on and the language it
 * was sent in (chosen at launch, so reminders keep it), by id.
 */
export async function invitationLinkStates(
  deps: Pick<Deps, 'db'>,
  ids: string[],
): Promise<Map<string, { completed: boolean; linkVersion: number; language: string }>> {
  const out = new Map<string, { completed: boolean; linkVersion: number; language: string }>();
  // Chunked: D1 binds at most 100 parameters per statement.
  for (let i = 0; i < ids.length; i += 90) {
    const rows = await deps.db
      .selectFrom('invitations')
      .select(['id', 'completed', 'link_version', 'language'])
      .where('id', 'in', ids.slice(i, i + 90))
      .execute();
    for (const r of rows)
      out.set(r.id, { completed: r.completed === 1, linkVersion: r.link_version, language: r.language });
  }
  return out;
}

/**
 * "This link's invitation is still pending", the guard of every write an answer or a draft makes, so
 * none can land after the link was answered: as an expression for Kysely queries (a draft's upsert)...
 */
export function pendingInvitation(tokenHash: string): Expression<SqlBool> {
  const { exists, selectFrom } = expressionBuilder<Database, never>();
  return exists(
    selectFrom('invitations').select('id').where('token_hash', '=', tokenHash).where('completed', '=', 0),
  );
}

/** ...and as SQL with its parameters for raw statements (the pool's insert: see reviews/pool.ts). */
export function pendingInvitationSql(tokenHash: string): { sql: string; params: unknown[] } {
  return {
    sql: 'EXISTS (SELECT 1 FROM invitations WHERE token_hash = ? AND completed = 0)',
    params: [tokenHash],
  };
}

/**
 * The mark a submission sets, as a statement for its atomic write: it changes a row only while the
 * invitation is pending, so its count of changed rows tells which of two racing submissions stored.
 */
export const markCompleted: (db: Kysely<Database>, tokenHash: string) => CompiledQuery = compileOnce(
  (db, tokenHash: string) =>
    db
      .updateTable('invitations')
      .set({ completed: 1 })
      .where('token_hash', '=', tokenHash)
      .where('completed', '=', 0),
);

/**
 * The invitations of these campaigns, as a subquery another owner's statement selects from and joins
 * to in the same query (distribution/outbox/reads.ts invitationReach counts them by the message that carried each).
 */
export function invitationsOfCampaigns(deps: Pick<Deps, 'db'>, campaignIds: string[]) {
  return deps.db
    .selectFrom('invitations')
    .select(['id', 'campaign_id', 'contact_id', 'completed'])
    .where('campaign_id', 'in', campaignIds);
}

/**
 * Each of these campaigns' invitation totals, as a subquery the campaigns list joins (one statement for
 * the whole list): personal invitations and how many were answered, and poster tickets answered apart,
 * since a ticket is nobody's invitation and never enters a response rate.
 */
export function invitationTotals(
  deps: Pick<Deps, 'db'>,
  campaignIds: SelectQueryBuilder<Database, 'campaigns', { id: string }>,
) {
  return deps.db
    .selectFrom('invitations')
    .select([
      'campaign_id',
      sql<number>`count(contact_id)`.as('invited'),
      sql<number>`sum(CASE WHEN contact_id IS NOT NULL THEN completed ELSE 0 END)`.as('completed'),
      sql<number>`sum(CASE WHEN contact_id IS NULL THEN completed ELSE 0 END)`.as('poster_answers'),
    ])
    .where('campaign_id', 'in', campaignIds)
    .groupBy('campaign_id');
}

/**
 * An erased contact's invitations, kept for the counts read from them (invited, answered, by channel)
 * with nothing left to open or to tie to anyone: the link's hash becomes one no token hashes to, so
 * the link and any printed card stop working, and the segment copied from the contact is emptied.
 * The tombstone contact they still reference holds no detail (partnerships/contacts/removal.ts).
 */
export function anonymizeInvitationsOf(deps: Pick<Deps, 'db'>, contactIds: string[]) {
  return sql`UPDATE invitations SET token_hash = 'erased:' || id, segment = '[]'
    WHERE contact_id IN (SELECT value FROM json_each(${JSON.stringify(contactIds)}))`.compile(deps.db);
}

/**
 * Per contact of a partnership, the latest close date of the campaigns they were invited to, as a
 * subquery (contact_id, last_closes_on) the retention job joins its contacts to. A campaign closed
 * early by staff counts from its set close date, the later of the two, so details are never kept
 * for less than the period.
 */
export function lastClosesOfContacts(deps: Pick<Deps, 'db'>, partnershipId: string) {
  return deps.db
    .selectFrom('invitations')
    .innerJoin(
      launchedCampaignClosesOf(deps, partnershipId).as('closing'),
      'closing.id',
      'invitations.campaign_id',
    )
    .where('invitations.contact_id', 'is not', null)
    .select((eb) => ['invitations.contact_id', eb.fn.max('closing.closes_on').as('last_closes_on')])
    .groupBy('invitations.contact_id');
}

/** Every invitation's page language by id, as a subquery an outbox row joins to in the same query. */
export function invitationLanguages(deps: Pick<Deps, 'db'>) {
  return deps.db.selectFrom('invitations').select(['id', 'language']);
}
