/**
 * Save and resume, sealed. A draft is encrypted under a key derived from the respondent's own link
 * token and stored under an id derived from it too (not the token hash the invitation holds), so a
 * copy of the database, deleted pages included, can neither read a draft nor join it to a contact.
 * Its stored date is a day; the exact save time is inside the seal, for the expiry checked on open.
 * It is deleted in the same write as the submission and can never be written after it (the upsert
 * requires a pending invitation), and swept after a set age and when its campaign closes.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { campaignIdsClosedBy, campaignIdsInTimeZone } from '../campaigns/campaigns.ts';
import { pendingInvitation } from '../campaigns/invitations/store.ts';
import { compileOnce } from '../db/compile-once.ts';
import type { Database } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { localDay, shiftDay } from '../dates.ts';
import { deriveKey, seal, unseal } from '../seal.ts';
import { sha256HexSync } from '../ids.ts';
import { partnershipTimeZones } from '../partnerships/partnerships.ts';
import {
  allQuestions,
  answers as answersSchema,
  typeOf,
  validateAnswers,
  type Answers,
  type SurveyDefinition,
} from '../../surveys/index.ts';

/** A poster ticket's draft (often on a shared phone or kiosk) is discarded this long after its last save. */
export const posterDraftHours = 4;
/** Any other draft is dropped this long after its last save. */
export const draftMaxDays = 30;

const purpose = 'draft';
const dayMs = 86_400_000;

/**
 * Where a link's draft lives: derived from the token alone, so only the link holder can find it. A
 * domain-separated SHA-256 of a 144-bit random token is as unlinkable to the invitation's plain hash
 * as an HKDF output, and costs a few microseconds on every submission instead of WebCrypto's ~100.
 */
export async function draftIdOf(token: string): Promise<string> {
  return sha256HexSync(`sector-voice/${purpose}-id\n${token}`);
}

/** What the seal holds: the answers and the exact save time, which the table keeps only to the day. */
interface Sealed {
  at: string;
  v: Answers;
}

const sizes = new WeakMap<SurveyDefinition, number>();
/**
 * One sealed size per template version: the longest draft it accepts (each question type's `longest`
 * answer), written out, rounded up to a whole KiB. Text is filled with lone surrogates, which JSON
 * writes as six-byte `\uXXXX` escapes: the most any code point can take (UTF-8 needs four at most), so
 * no accepted draft is ever longer.
 */
export function draftSize(def: SurveyDefinition): number {
  let size = sizes.get(def);
  if (size) return size;
  const worst: Answers = {};
  for (const q of allQuestions(def)) worst[q.id] = typeOf(q).longest(q);
  // The longest ISO time JavaScript writes (a six-digit year), and seal's own 4-byte length prefix.
  const longest: Sealed = { at: new Date(-8.64e15).toISOString(), v: worst };
  const bytes = new TextEncoder().encode(JSON.stringify(longest)).length + 4;
  size = Math.ceil(bytes / 1024) * 1024;
  sizes.set(def, size);
  return size;
}

// Both run on every respondent request (opening a link, autosaving), so they are compiled once.
const draftOf = compileOnce((db, id: string) =>
  db.selectFrom('sealed_drafts').select('sealed').where('id', '=', id),
);

// The token hash is only a parameter of the guard: it is never written to the draft.
const upsertDraft = compileOnce(
  (
    db,
    id: string,
    campaignId: string,
    sealed: string,
    savedOn: string,
    shortLived: number,
    tokenHash: string,
  ) =>
    db
      .insertInto('sealed_drafts')
      .columns(['id', 'campaign_id', 'sealed', 'saved_on', 'short_lived'])
      .expression(
        db
          .selectNoFrom((eb) => [
            eb.val(id).as('id'),
            eb.val(campaignId).as('campaign_id'),
            eb.val(sealed).as('sealed'),
            eb.val(savedOn).as('saved_on'),
            eb.val(shortLived).as('short_lived'),
          ])
          .where(pendingInvitation(tokenHash)),
      )
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({ sealed: sql`excluded.sealed`, saved_on: sql`excluded.saved_on` }),
      ),
);

/** The draft's deletion, as a statement for the submission's atomic write (or to run alone). */
export const deleteDraft: (db: Kysely<Database>, draftId: string) => CompiledQuery = compileOnce(
  (db, draftId: string) => db.deleteFrom('sealed_drafts').where('id', '=', draftId),
);

/**
 * The parts of an opened link (respond/link.ts) a draft needs, declared here so that drafts never
 * import the link: `openLink` reads the draft before the link is whole.
 */
export interface DraftLink {
  /**
   * The link token itself: the draft's key is derived from it on demand, so no key is derived for
   * requests that never read or write a draft, and none is ever stored.
   */
  token: string;
  /** Where this link's sealed draft lives (derived from the token; unrelated to the token hash). */
  draftId: string;
  /** A poster ticket (no contact, often a shared phone): its draft expires within hours. */
  shortLived: boolean;
}

/** What saving a draft needs besides: the guard's token hash, the campaign, its template and day. */
type SavingLink = DraftLink & {
  tokenHash: string;
  campaign: { id: string };
  template: SurveyDefinition;
  timeZone: string;
  draft: Answers;
};

/** Longest a draft of this link is kept after its last save. */
const lifetimeMs = (link: Pick<DraftLink, 'shortLived'>) =>
  link.shortLived ? posterDraftHours * 3_600_000 : draftMaxDays * dayMs;

/**
 * The link's saved answers, or none. A draft past its lifetime (by the exact time in the seal) is
 * deleted here rather than shown, so the next person on a shared phone never sees the last one's.
 */
export async function loadDraft(deps: Pick<Deps, 'db' | 'clock'>, link: DraftLink): Promise<Answers> {
  const [row] = (await deps.db.executeQuery(draftOf(deps.db, link.draftId))).rows;
  if (!row) return {};
  const text = await unseal(await deriveKey(link.token, purpose), row.sealed);
  const opened = text === null ? null : (JSON.parse(text) as Partial<Sealed>);
  const age = deps.clock.now().getTime() - Date.parse(opened?.at ?? '');
  const parsed = answersSchema.safeParse(opened?.v);
  if (!(age <= lifetimeMs(link)) || !parsed.success) {
    await deps.db.executeQuery(deleteDraft(deps.db, link.draftId));
    return {};
  }
  return parsed.data;
}

/** Merges newly given answers into the draft; invalid ones are left out rather than refused. */
export async function saveDraft(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  link: SavingLink,
  given: Record<string, unknown>,
) {
  const { values } = validateAnswers(link.template, { ...link.draft, ...given }, { partial: true });
  const now = deps.clock.now();
  const payload: Sealed = { at: now.toISOString(), v: values };
  const key = await deriveKey(link.token, purpose);
  const sealed = await seal(key, JSON.stringify(payload), draftSize(link.template), deps.random);
  await deps.db.executeQuery(
    upsertDraft(
      deps.db,
      link.draftId,
      link.campaign.id,
      sealed,
      localDay(now, link.timeZone),
      link.shortLived ? 1 : 0,
      link.tokenHash,
    ),
  );
  return values;
}

/** "Start over" on a shared phone: the link's draft is gone, the link itself still answers. */
export async function discardDraft(deps: Pick<Deps, 'db'>, link: Pick<DraftLink, 'draftId'>) {
  await deps.db.executeQuery(deleteDraft(deps.db, link.draftId));
}


/**
 * Deletes the drafts nobody should come back to: poster drafts saved before today, any draft older
 * than `draftMaxDays`, and every draft of a closed campaign (closed by staff or past its close date).
 * Days are each partnership's own, as `saved_on` and the close date are; a statement per time zone.
 */
export async function sweepDrafts(deps: Pick<Deps, 'db' | 'clock'>): Promise<{ deleted: number }> {
  const { db } = deps;
  let deleted = 0;
  for (const zone of await partnershipTimeZones(deps)) {
    const today = localDay(deps.clock.now(), zone);
    const result = await db
      .deleteFrom('sealed_drafts')
      .where('campaign_id', 'in', campaignIdsInTimeZone(deps, zone))
      .where((eb) =>
        eb.or([
          eb.and([eb('short_lived', '=', 1), eb('saved_on', '<', today)]),
          eb('saved_on', '<', shiftDay(today, -draftMaxDays)),
          eb('campaign_id', 'in', campaignIdsClosedBy(deps, today)),
        ]),
      )
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return { deleted };
}
