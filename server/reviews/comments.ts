/**
 * A review's free-text comments: read per campaign with the campaign's size, shown only from campaigns
 * at or above the comment minimum, masked (suppress.ts for numbers, emails and links; mask-names.ts for
 * names). A comment tied to its own campaign shows in a quarter's review and in the year's alike, so no
 * subtraction of one review from another can narrow it to fewer people than the minimum.
 */
import { memberUserIds } from '../partnerships/members.ts';
import { staffNames } from '../auth/users.ts';
import type { Deps } from '../deps.ts';
import { contactNames } from '../partnerships/contacts/people.ts';
import type { PeriodModel } from './period-figures.ts';
import { commentsOfCampaign, rollupResponseCounts } from './rollups.ts';
import { maskComment } from './suppress.ts';
import type { PublicTemplate } from './contract.ts';
import type { CampaignComments, ReviewModel } from './types.ts';

/** At most this many comments per campaign are read, and per template shown. */
export const commentLimit = 40;

interface Minimums {
  minGroupSize: number;
  commentMinSize: number;
}

/** A campaign's comments may be shown: the campaign itself reached the comment and group minimums. */
export const commentsOpen = (c: CampaignComments, s: Minimums) =>
  c.responses >= Math.max(s.commentMinSize, s.minGroupSize);

/** Whether any comment of the review will be shown (so names are worth loading). */
export const anyCommentOpen = (comments: ReviewModel['comments'], s: Minimums) =>
  Object.values(comments).some((list) => list.some((c) => c.items.length > 0 && commentsOpen(c, s)));

/** A template's comments as every output shows them. */
export function publicComments(
  list: CampaignComments[],
  tooSmall: boolean,
  settings: Minimums & { maskNames?: (text: string) => string },
): PublicTemplate['comments'] {
  const minimum = settings.commentMinSize;
  const open = tooSmall ? [] : list.filter((c) => commentsOpen(c, settings));
  if (open.length === 0) return { shown: false, minimum, items: [] };
  const items: string[] = [];
  for (const c of open) {
    for (const text of c.items) {
      if (items.length >= commentLimit) break;
      const masked = maskComment(text, settings.maskNames);
      if (masked.length > 0) items.push(masked);
    }
  }
  // Campaigns nobody answered count as held back too, so the number says nothing about 0 against 1.
  return { shown: true, minimum, items, heldBack: list.length - open.length };
}

const campaignComments = (deps: Pick<Deps, 'db'>, campaignId: string) =>
  commentsOfCampaign(deps, campaignId, commentLimit);

/**
 * The comments of a period's templates: for the campaigns in `live`, read now with their released
 * responses; for a year's final quarters (`frozen`), exactly as those reviews froze them. Campaigns in
 * neither (late rows of an earlier final review) add none: their comments belong to the review that
 * counted the campaign, and showing them again would single out the few who answered late.
 */
export async function readComments(
  deps: Pick<Deps, 'db'>,
  model: PeriodModel,
  live: string[],
  frozen: ReviewModel['comments'][],
): Promise<ReviewModel['comments']> {
  const wanted = new Set(live);
  const sizes = await rollupResponseCounts(
    deps,
    model.templates.flatMap((t) => t.campaigns.map((c) => c.id)).filter((id) => wanted.has(id)),
  );
  const out: ReviewModel['comments'] = {};
  for (const t of model.templates) {
    const stored = frozen.flatMap((f) => f[t.templateId] ?? []);
    const list: CampaignComments[] = [];
    const seen = new Set<string>();
    for (const { id } of t.campaigns) {
      if (seen.has(id)) continue;
      seen.add(id);
      const kept = stored.find((c) => c.campaignId === id);
      if (kept) list.push(kept);
      else if (wanted.has(id))
        list.push({ campaignId: id, responses: sizes.get(id) ?? 0, items: await campaignComments(deps, id) });
    }
    list.push(...stored.filter((c) => c.campaignId === ''));
    out[t.templateId] = list;
  }
  return out;
}

/** Comments as a final review stored them; before they carried their campaign, plain text per template. */
export type StoredComments = Record<string, (CampaignComments | string)[]>;

/**
 * The stored comments of a final review. Old ones do not say their campaign: they count as one group
 * as small as the template's smallest campaign, so they show only where every campaign is big enough.
 */
export async function storedComments(
  deps: Pick<Deps, 'db'>,
  current: PeriodModel,
  comments: StoredComments,
): Promise<ReviewModel['comments']> {
  const out: ReviewModel['comments'] = {};
  for (const [templateId, list] of Object.entries(comments)) {
    const texts = list.filter((c): c is string => typeof c === 'string');
    out[templateId] = list.filter((c): c is CampaignComments => typeof c !== 'string');
    if (texts.length === 0) continue;
    const ids = current.templates.find((t) => t.templateId === templateId)?.campaigns.map((c) => c.id) ?? [];
    const sizes = await rollupResponseCounts(deps, ids);
    const smallest = ids.length > 0 ? Math.min(...ids.map((id) => sizes.get(id) ?? 0)) : 0;
    out[templateId]!.push({ campaignId: '', responses: smallest, items: texts });
  }
  return out;
}

/**
 * The names of the partnership's own people, for masking: every contact's first and last name, and the
 * name of every staff member (its members and the admins), each once.
 */
export async function ownNames(deps: Pick<Deps, 'db'>, partnershipId: string): Promise<string[]> {
  const [contacts, staff] = await Promise.all([
    contactNames(deps, partnershipId),
    memberUserIds(deps, partnershipId).then((ids) => staffNames(deps, ids)),
  ]);
  return [...new Set([...contacts, ...staff])];
}
