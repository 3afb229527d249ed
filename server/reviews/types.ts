/** The shapes of a review: the stored model (before suppression) and the public review (after). */
import type { Scope } from '../partnerships/members.ts';
import type { PeriodModel, ReachChannel } from './model.ts';

/** Everything a review's figures come from, before suppression. Frozen as JSON when marked final. */
export interface ReviewModel {
  partnership: { id: string; name: string };
  period: { name: string; kind: 'quarter' | 'year'; label: string; first: string; last: string };
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
  late: { period: string; campaign: string; responses: number }[];
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

export interface Goal {
  id: string;
  label: string;
  templateId: string;
  measure: string;
  comparison: 'at_least' | 'at_most';
  target: number;
  /** Period names the goal applies to; null for every review. */
  periods: string[] | null;
}

export interface ActionItem {
  id: string;
  period: string;
  heard: string;
  action: string;
  owner: string;
  dueOn: string | null;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  closedOn: string | null;
  /** Opened in an earlier review and still open when this period began. */
  carriedForward?: boolean;
}

export interface PublicChange {
  period: string;
  value: number | null;
  n: number | null;
  difference: number | null;
  low: number | null;
  high: number | null;
  meaningful: boolean;
}

export interface PublicStat {
  value: number | null;
  low: number | null;
  high: number | null;
  n: number | null;
  suppressed: boolean;
  previous?: PublicChange | null;
  yearBefore?: PublicChange | null;
}

export interface PublicGroup {
  key: string;
  label: string;
  n: number | null;
  suppressed: boolean;
  measures: Record<string, PublicStat>;
}

export interface PublicQuestion {
  id: string;
  text: string;
  type: string;
  suppressed: boolean;
  n: number | null;
  mean: number | null;
  favorable: PublicStat | null;
  distribution: { value: string; label: string; count: number }[];
}

export interface PublicTemplate {
  templateId: string;
  kind: string;
  title: string;
  campaigns: { id: string; name: string; period: string }[];
  tooSmall: boolean;
  measureLabels: Record<string, string>;
  invitations: {
    invited: number;
    responses: number | null;
    channels: { channel: ReachChannel; invited: number; responses: number | null; suppressed: boolean }[];
  };
  overall: PublicGroup;
  /** Worker voice: how many of the job-quality factors stand at or above `threshold`. */
  profile: { threshold: number; of: number; good: number | null } | null;
  questions: PublicQuestion[];
  breakdowns: { key: string; label: string; groups: PublicGroup[] }[];
  trend: { period: string; n: number | null; suppressed: boolean; measures: Record<string, PublicStat> }[];
  /**
   * Comments of the campaigns that at least `minimum` people answered; `heldBack` (when shown) counts
   * this review's campaigns whose comments stay hidden because fewer answered them.
   */
  comments: { shown: boolean; minimum: number; items: string[]; heldBack?: number };
}

export interface PublicReview {
  partnership: { id: string; name: string };
  period: ReviewModel['period'];
  reviewYear: 'calendar' | 'program';
  status: 'live' | 'final';
  generatedAt: string;
  finalizedAt: string | null;
  previousPeriod: string | null;
  yearBeforePeriod: string | null;
  suppression: { minGroupSize: number; commentMinSize: number };
  late: { included: ReviewModel['late']; arrivedAfterFinal: number };
  templates: PublicTemplate[];
  goals: (Goal & { value: number | null; status: 'met' | 'not_met' | 'not_enough_responses' })[];
  actions: ActionItem[];
  /** Set for an employer's account: the review shows their organization next to the whole sector. */
  scope: Scope | null;
}
