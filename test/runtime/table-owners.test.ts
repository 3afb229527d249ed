/**
 * One owner per table (issue 13): a table is named in a query only in its owning module, which
 * exports the readers and the statement builders other areas use (server/db/README.md). The scan is
 * plain text over server/: Kysely's selectFrom/insertInto/updateTable/deleteFrom/joins and raw SQL's
 * FROM/JOIN/INTO/UPDATE. Another area reaches a table through the owner's readers and builders (a
 * subquery the owner exports counts as the owner's), so no file outside the owner names it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/cli.ts';

export const owners: Record<string, string> = {
  users: 'server/auth/users.ts',
  sessions: 'server/auth/sessions.ts',
  api_tokens: 'server/auth/tokens.ts',
  user_invites: 'server/auth/invites.ts',
  login_throttle: 'server/auth/throttle.ts',
  memberships: 'server/partnerships/members.ts',
  partnerships: 'server/partnerships/partnerships.ts',
  language_reviews: 'server/partnerships/language-reviews.ts',
  organizations: 'server/partnerships/organizations.ts',
  contacts: 'server/partnerships/contacts/',
  opt_out_marks: 'server/partnerships/contacts/',
  template_versions: 'server/surveys/versions.ts',
  own_surveys: 'server/surveys/own.ts',
  own_survey_versions: 'server/surveys/own.ts',
  campaigns: 'server/campaigns/campaigns.ts',
  invitations: 'server/campaigns/invitations/',
  campaign_launches: 'server/distribution/launch.ts',
  open_link_clients: 'server/campaigns/open-link-clients.ts',
  sealed_drafts: 'server/respond/drafts.ts',
  outbox: 'server/distribution/outbox/',
  webhook_events: 'server/distribution/webhook-events.ts',
  sms_clarifications: 'server/distribution/clarifications.ts',
  sms_conversations: 'server/respond/texting/store.ts',
  sms_replies: 'server/distribution/conversations/reply-queue.ts',
  pending_answers: 'server/reviews/pool.ts',
  releases: 'server/reviews/release.ts',
  responses: 'server/reviews/rollups.ts',
  rollup_counts: 'server/reviews/rollups.ts',
  review_channel_counts: 'server/reviews/period-rows.ts',
  review_settings: 'server/reviews/settings.ts',
  goals: 'server/reviews/goals.ts',
  action_items: 'server/reviews/actions.ts',
  review_finals: 'server/reviews/final-store.ts',
  review_final_cells: 'server/reviews/final-store.ts',
  campaign_schedules: 'server/distribution/schedules/store.ts',
  schedule_runs: 'server/distribution/schedules/runs.ts',
  printed_codes: 'server/campaigns/printed-codes.ts',
  code_tries: 'server/respond/code-tries.ts',
  audit_log: 'server/audit/',
};

const tables = Object.keys(owners).join('|');
const reference = new RegExp(
  `(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|replaceInto|mergeInto)\\(\\s*['"](${tables})(?:\\s+as\\s+\\w+)?['"]|\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(${tables})\\b`,
  'g',
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [relative(root, join(dir, e.name))]
        : [],
  );
}

/** An owner is a file, or a folder (its path ends with /) whose files share one table's statements. */
const ownedBy = (owner: string, file: string) =>
  owner.endsWith('/') ? file.startsWith(owner) : owner === file;

/** Every query reference to a table outside its owner, as `table file` → count. */
export function referencesOutsideOwners(): Record<string, number> {
  const found: Record<string, number> = {};
  for (const file of sourceFiles(join(root, 'server'))) {
    for (const m of readFileSync(join(root, file), 'utf8').matchAll(reference)) {
      const table = (m[1] ?? m[2])!;
      if (ownedBy(owners[table]!, file)) continue;
      const key = `${table} ${file}`;
      found[key] = (found[key] ?? 0) + 1;
    }
  }
  return found;
}

describe('table owners', () => {
  it('names every table of the schema, each with an owner that exists', () => {
    const schema = readFileSync(join(root, 'server/db/schema.ts'), 'utf8');
    const inSchema = [
      ...schema.slice(schema.indexOf('export interface Database')).matchAll(/^ {2}(\w+): \w+Table;/gm),
    ];
    expect(inSchema.map((m) => m[1]).sort()).toEqual(Object.keys(owners).sort());
    const files = new Set(sourceFiles(join(root, 'server')));
    for (const owner of Object.values(owners))
      expect(
        [...files].some((file) => ownedBy(owner, file)),
        owner,
      ).toBe(true);
  });

  it('finds no query on a table outside its owner', () => {
    expect(referencesOutsideOwners(), 'query these tables through their owner (server/db/README.md)').toEqual(
      {},
    );
  });
});
