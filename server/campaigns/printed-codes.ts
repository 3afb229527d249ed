/**
 * Printed cards' short codes (campaigns/links.ts derives them): a keyed MAC of each code and the
 * invitation link version it opens. One row per invitation, so a new card retires the old card's code.
 * Nothing here is the code, the link or a plain hash of either.
 */
import { sql, type CompiledQuery } from 'kysely';
import type { Deps } from '../deps.ts';

export interface PrintedCode {
  codeMac: string;
  invitationId: string;
  linkVersion: number;
}

/**
 * Records the codes of cards just printed, in one statement (a JSON parameter, whatever the count).
 * A row already on a later version stays: a card printed meanwhile by someone else wins.
 */
export function storeCodes(deps: Pick<Deps, 'db'>, codes: PrintedCode[]): CompiledQuery {
  const rows = JSON.stringify(codes.map((c) => [c.codeMac, c.invitationId, c.linkVersion]));
  return sql`INSERT INTO printed_codes (code_mac, invitation_id, link_version)
    SELECT n.value ->> 0, n.value ->> 1, n.value ->> 2 FROM json_each(${rows}) AS n WHERE true
    ON CONFLICT (invitation_id) DO UPDATE SET code_mac = excluded.code_mac, link_version = excluded.link_version
      WHERE excluded.link_version > printed_codes.link_version`.compile(deps.db);
}

/** The invitation and link version a code's MAC opens, if any card carries it. */
export async function codeTarget(
  deps: Pick<Deps, 'db'>,
  codeMac: string,
): Promise<{ invitationId: string; linkVersion: number } | null> {
  const row = await deps.db
    .selectFrom('printed_codes')
    .select(['invitation_id', 'link_version'])
    .where('code_mac', '=', codeMac)
    .executeTakeFirst();
  return row ? { invitationId: row.invitation_id, linkVersion: row.link_version } : null;
}
