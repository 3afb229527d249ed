/**
 * Save and resume. A draft is keyed by the token hash, so it is linked to the invitation while the
 * survey is half done; it is deleted in the same write as the submission, and can never be written
 * after it (the insert requires a pending invitation).
 */
import { sql } from 'kysely';
import { compileOnce } from '../db/compile-once.ts';
import type { Deps } from '../deps.ts';
import { answers as answersSchema, validateAnswers, type Answers } from '../../surveys/index.ts';
import type { OpenedLink } from './link.ts';

// Both run on every respondent request (opening a link, autosaving), so they are compiled once.
const draftOf = compileOnce((db, tokenHash: string) =>
  db.selectFrom('drafts').select('answers').where('token_hash', '=', tokenHash),
);

const upsertDraft = compileOnce(
  (db, tokenHash: string, campaignId: string, answers: string, updatedAt: string) =>
    db
      .insertInto('drafts')
      .columns(['token_hash', 'campaign_id', 'answers', 'updated_at'])
      .expression(
        db
          .selectNoFrom((eb) => [
            eb.val(tokenHash).as('token_hash'),
            eb.val(campaignId).as('campaign_id'),
            eb.val(answers).as('answers'),
            eb.val(updatedAt).as('updated_at'),
          ])
          .where(({ exists, selectFrom }) =>
            exists(
              selectFrom('invitations')
                .select('id')
                .where('token_hash', '=', tokenHash)
                .where('completed', '=', 0),
            ),
          ),
      )
      .onConflict((oc) =>
        oc
          .column('token_hash')
          .doUpdateSet({ answers: sql`excluded.answers`, updated_at: sql`excluded.updated_at` }),
      ),
);

export async function loadDraft(deps: Pick<Deps, 'db'>, tokenHash: string): Promise<Answers> {
  const [row] = (await deps.db.executeQuery(draftOf(deps.db, tokenHash))).rows;
  if (!row) return {};
  const parsed = answersSchema.safeParse(JSON.parse(row.answers));
  return parsed.success ? parsed.data : {};
}

/** Merges newly given answers into the draft; invalid ones are left out rather than refused. */
export async function saveDraft(
  deps: Pick<Deps, 'db' | 'clock'>,
  link: OpenedLink,
  given: Record<string, unknown>,
) {
  const { values } = validateAnswers(link.template, { ...link.draft, ...given }, { partial: true });
  const updatedAt = deps.clock.now().toISOString();
  await deps.db.executeQuery(
    upsertDraft(deps.db, link.tokenHash, link.campaign.id, JSON.stringify(values), updatedAt),
  );
  return values;
}
