/** The stored shape of a review, before suppression; the public review it becomes is in contract.ts. */
import type { LateResponses, ReviewPeriod } from './contract.ts';
import type { PeriodModel } from './period-figures.ts';

/** Everything a review's figures come from, before suppression. Frozen as JSON when marked final. */
export interface ReviewModel {
  partnership: { id: string; name: string };
  period: ReviewPeriod;
  reviewYear: 'calendar' | 'program';
  generatedAt: string;
  current: PeriodModel;
  /** Annual reviews: the year's quarterly reviews (the trend, and what they already publish). */
  quarters: PeriodModel[];
  previous: PeriodModel | null;
  previousQuarters: PeriodModel[];
  /** Quarterly reviews: the same quarter a year before (for a year, that is `previous`). */
  yearBefore: PeriodModel | null;
  /** Raw comments per template, one entry per campaign of it (masked and shown only by `publish`). */
  comments: Record<string, CampaignComments[]>;
  /** Responses that arrived after an earlier review was made final, counted here instead. */
  late: LateResponses[];
}

/**
 * One campaign's comments with the campaign's size when they were read: a comment is shown only if
 * its own campaign reached the comment minimum, whatever review (quarter, year) it appears in.
 */
export interface CampaignComments {
  campaignId: string;
  /** The campaign's released responses (its aggregate size) when the comments were read. */
  responses: number;
  /** Raw comments, at most `commentLimit`. */
  items: string[];
}
