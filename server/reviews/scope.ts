/**
 * An employer's view of a review: the whole sector's figures, and their own organization's group
 * cut from the organization breakdown exactly as everyone else sees it, so it is under the same
 * suppression (complementary suppression included) and tells them nothing the full review would not.
 *
 * Left out, because they could reach an employer with a worker's own words or other employers'
 * standing: every other organization's group, the breakdowns by worker attributes and demographic
 * questions (cut to one employer they could single out a worker), free-text comments, and the
 * intermediary's action items (what was heard, often about a named employer).
 */
import type { Scope } from '../partnerships/contract.ts';
import type { PublicGroup, PublicReview, PublicTemplate } from './contract.ts';

function ownGroup(t: PublicTemplate, scope: Scope): PublicGroup {
  const found = t.breakdowns
    .find((b) => b.key === 'organization')
    ?.groups.find((g) => g.key === scope.organizationId);
  // No group at all (nobody from it answered) reads the same as a small one: too small to report,
  // fewer than k (none is fewer).
  return found
    ? { ...found, label: scope.organizationName }
    : {
        key: scope.organizationId,
        label: scope.organizationName,
        n: null,
        suppressed: true,
        reason: 'small',
        measures: {},
      };
}

export function scopeReview(review: PublicReview, scope: Scope | null): PublicReview {
  if (!scope) return review;
  return {
    ...review,
    scope,
    templates: review.templates.map((t) => ({
      ...t,
      breakdowns: [{ key: 'organization', label: 'Your organization', groups: [ownGroup(t, scope)] }],
      comments: { ...t.comments, shown: false, items: [] },
    })),
    actions: [],
  };
}
