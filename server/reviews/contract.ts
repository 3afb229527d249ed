/**
 * What the reviews API takes and answers: the request schemas (the routes validate with them, the
 * dashboard's forms check with them before sending) and the shapes of a published review, its goals
 * and action items. Pure, so the dashboard may import it: zod and other contracts only.
 */
import { z } from 'zod';
import type { VersionChanges } from '../../surveys/changes.ts';
import { isoDay, oneLine } from '../fields/contract.ts';

export const reviewQuery = z.object({
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  /** The reader's dashboard locale: its words, and the survey's texts where the survey has that language. */
  lang: z.string().max(35).optional(),
});

/**
 * The parts of a period's name (2026-Q3, 2026, PY2026, PY2026-Q1), or null when it names none: the
 * syntax both sides check; what a period covers is the server's (periods.ts).
 */
export function periodNameParts(
  name: string,
): { program: boolean; year: number; quarter: number | null } | null {
  const m = /^(PY)?(\d{4})(?:-Q([1-4]))?$/.exec(name);
  if (!m) return null;
  const year = Number(m[2]);
  if (year < 2000 || year > 2199) return null;
  return { program: Boolean(m[1]), year, quarter: m[3] ? Number(m[3]) : null };
}

const periodName = z
  .string()
  .refine((p) => periodNameParts(p) !== null, 'Use a period such as 2026-Q3, 2026, PY2026 or PY2026-Q1.');

const goalFields = {
  label: oneLine(200),
  templateId: z.string().min(1).max(60),
  /** A measure key of the template's review, e.g. index.jqi, nps.recommend, response_rate. */
  measure: z.string().min(1).max(80),
  comparison: z.enum(['at_least', 'at_most']),
  /** On the measure's scale: 0-100 for scores, shares and rates (percent), -100 to 100 for NPS. */
  target: z.number().min(-100).max(100),
  periods: z.array(periodName).min(1).max(40).nullable(),
};
export const createGoalBody = z.object({
  ...goalFields,
  comparison: goalFields.comparison.default('at_least'),
  periods: goalFields.periods.default(null),
});
export type CreateGoalBody = z.infer<typeof createGoalBody>;
// Built from the fields without their defaults: zod fills a default in even on a partial schema, so a
// change of the label alone would otherwise reset the comparison and the periods.
export const updateGoalBody = z.object(goalFields).partial();
export type UpdateGoalBody = z.infer<typeof updateGoalBody>;

export const actionStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const createActionBody = z.object({
  heard: z.string().trim().min(1).max(2000),
  action: z.string().trim().min(1).max(2000),
  owner: z.string().trim().max(200).default(''),
  dueOn: z.string().regex(isoDay, 'Use a date such as 2026-10-31.').nullable().default(null),
  status: z.enum(actionStatuses).default('open'),
});
export type CreateActionBody = z.infer<typeof createActionBody>;
export const updateActionBody = z
  .object({
    heard: z.string().trim().min(1).max(2000),
    action: z.string().trim().min(1).max(2000),
    owner: z.string().trim().max(200),
    dueOn: z.string().regex(isoDay, 'Use a date such as 2026-10-31.').nullable(),
    status: z.enum(actionStatuses),
  })
  .partial();
export type UpdateActionBody = z.infer<typeof updateActionBody>;

export const reviewSettingsBody = z.object({
  commentMinSize: z.number().int().min(3, 'The comment minimum is never below 3.').max(1000),
});
export type ReviewSettingsBody = z.infer<typeof reviewSettingsBody>;

/** How people were reached: the message that carried their link, a printed link only, or the poster. */
export const reachChannels = ['sms', 'email', 'printed', 'open_link'] as const;
export type ReachChannel = (typeof reachChannels)[number];

/** One row of a partnership's list of reviews. */
export interface ReviewListing {
  period: string;
  kind: 'quarter' | 'year';
  label: string;
  /** The period's first and last days, from which a reader's locale words its label. */
  first: string;
  last: string;
  campaigns: number;
  status: 'live' | 'final';
  /** Its figures may still move (see PublicReview.provisional). */
  provisional?: boolean;
}

export interface ReviewPeriod {
  name: string;
  kind: 'quarter' | 'year';
  label: string;
  first: string;
  last: string;
}

/** Responses that arrived after an earlier review was made final, counted in a later one instead. */
export interface LateResponses {
  period: string;
  campaign: string;
  responses: number;
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
  status: ActionStatus;
  closedOn: string | null;
  /** Opened in an earlier review and still open when this period began. */
  carriedForward?: boolean;
}

/** Past its due date on `today` (YYYY-MM-DD) and neither done nor dropped: the dashboard and the printed page agree. */
export const overdueOn = (a: ActionItem, today: string) =>
  a.dueOn !== null && a.dueOn < today && a.status !== 'done' && a.status !== 'dropped';

/**
 * Why a figure is hidden. `small`: it rests on fewer than k people. `protects-another`: it is big
 * enough itself, and is hidden so a smaller group cannot be worked out by subtraction. `withheld`:
 * hidden, and saying which of the two would narrow down a small group (a reader could combine the
 * reason with the totals), so no reason is given. Dashboard text: "fewer than k", "hidden to protect
 * a smaller group", "hidden so a small group cannot be worked out".
 */
export type SuppressionReason = 'small' | 'protects-another' | 'withheld';

/**
 * Why a period's figures are provisional: its review is live and some of its campaigns are still
 * open, or the period has not ended; or (a final review) it was made final while campaigns were open.
 */
export type ProvisionalReason = 'campaigns-open' | 'period-not-ended' | 'final-before-close';

export interface PublicChange {
  period: string;
  value: number | null;
  n: number | null;
  difference: number | null;
  low: number | null;
  high: number | null;
  /** Never true when `provisional` is: a live figure's change is not a finding yet. */
  meaningful: boolean;
  /** Either side of the change (this period or `period`) is provisional. */
  provisional: boolean;
}

export interface PublicStat {
  value: number | null;
  low: number | null;
  high: number | null;
  n: number | null;
  suppressed: boolean;
  /** Set when `suppressed`, null when shown. */
  reason?: SuppressionReason | null;
  /** The figure may still move (its template's campaigns are open, or the period is not over). */
  provisional?: boolean;
  previous?: PublicChange | null;
  yearBefore?: PublicChange | null;
}

export interface PublicGroup {
  key: string;
  label: string;
  n: number | null;
  suppressed: boolean;
  /** Why the group's size is hidden; null when shown. */
  reason?: SuppressionReason | null;
  /**
   * Breakdown groups carry no `response_rate`: draw no response-rate column for them. Invitations do
   * record each person's organization and attributes, but a response keeps its group only when at
   * least k of its release shared it (else "not recorded"), so answers over invitations per group would
   * understate the smaller groups by the luck of the releases; demographic groups have no invitations
   * at all. The rate per group that has a true denominator is per channel (`invitations.channels`).
   */
  measures: Record<string, PublicStat>;
}

/** What a question feeds: a dimension's score or a named measure (nps, acsi, a share); reverse-scored. */
export interface QuestionRole {
  id: string;
  dimension?: string;
  measure?: string;
  reverse?: boolean;
}

/** A survey version counted in a review section, with what it changed (own surveys only). */
export interface PublicSurveyVersion {
  templateId: string;
  version: number;
  /** The own survey's name; the template's title for a built-in one. */
  name: string;
  changes: VersionChanges | null;
}

export interface PublicQuestion {
  id: string;
  text: string;
  type: string;
  suppressed: boolean;
  reason?: SuppressionReason | null;
  n: number | null;
  mean: number | null;
  favorable: PublicStat | null;
  distribution: { value: string; label: string; count: number }[];
}

export interface PublicTemplate {
  /** The survey line: a built-in template id, which the partnership's own surveys continue. */
  templateId: string;
  /** The versions whose answers are counted, with what each changed (absent in older final reviews). */
  surveys?: PublicSurveyVersion[];
  roles?: QuestionRole[];
  kind: string;
  title: string;
  /** The language its survey texts (title, questions, answers) are in: the reader's where the survey has it. */
  lang?: string;
  campaigns: { id: string; name: string; period: string }[];
  tooSmall: boolean;
  measureLabels: Record<string, string>;
  /** The template's own campaigns are open or the period is not over: its changes are never meaningful. */
  provisional: boolean;
  invitations: {
    /** Personal invitations (SMS, email, printed): the response rate's denominator. Poster visits are not. */
    invited: number;
    /** Every response, poster answers included. */
    responses: number | null;
    /** Responses to personal invitations: the response rate's numerator (null when hidden or not known). */
    invitedResponses: number | null;
    /** Open-link (poster) tickets: visits that started a survey, never invitations. */
    posterVisits: number;
    /** Answers through the poster, counted apart (null when hidden). */
    posterResponses: number | null;
    posterSuppressed: boolean;
    posterReason: SuppressionReason | null;
    /** Why `invitedResponses` (and so the rate) is hidden: with the total, or to protect the poster's count. */
    invitedReason?: SuppressionReason | null;
    channels: {
      channel: ReachChannel;
      /** For `open_link`, poster visits (tickets), not invitations. */
      invited: number;
      responses: number | null;
      suppressed: boolean;
      reason?: SuppressionReason | null;
      /** Responses over invitations of a personal channel (never the poster's); null when hidden. */
      rate?: PublicStat | null;
    }[];
  };
  overall: PublicGroup;
  /** Worker voice: how many of the job-quality factors stand at or above `threshold`. */
  profile: { threshold: number; of: number; good: number | null } | null;
  questions: PublicQuestion[];
  breakdowns: { key: string; label: string; groups: PublicGroup[] }[];
  trend: {
    period: string;
    n: number | null;
    suppressed: boolean;
    /** That quarter's figures may still move (its campaigns open, or the quarter not over). */
    provisional?: boolean;
    reason?: SuppressionReason | null;
    measures: Record<string, PublicStat>;
  }[];
  /**
   * Comments of the campaigns that at least `minimum` people answered; `heldBack` (when shown) counts
   * this review's campaigns whose comments stay hidden because fewer answered them.
   */
  comments: { shown: boolean; minimum: number; items: string[]; heldBack?: number };
}

export interface PublicReview {
  partnership: { id: string; name: string };
  period: ReviewPeriod;
  reviewYear: 'calendar' | 'program';
  status: 'live' | 'final';
  /**
   * Null when the figures are settled; else why they may still move. While set, no change in the
   * review is flagged meaningful (response rate especially: it only climbs while campaigns are open).
   */
  provisional: { reasons: ProvisionalReason[]; openCampaigns: number; periodEnds: string } | null;
  generatedAt: string;
  finalizedAt: string | null;
  previousPeriod: string | null;
  yearBeforePeriod: string | null;
  suppression: { minGroupSize: number; commentMinSize: number };
  late: { included: LateResponses[]; arrivedAfterFinal: number };
  templates: PublicTemplate[];
  goals: (Goal & {
    value: number | null;
    status: 'met' | 'not_met' | 'not_enough_responses';
    /** Judged on a figure that may still move (see `provisional`). */
    provisional?: boolean;
  })[];
  actions: ActionItem[];
  /**
   * Set for an employer's account: the review shows their organization next to the whole sector. The
   * member's scope of access, as the partnership's access check gives it.
   */
  scope: { organizationId: string; organizationName: string } | null;
}

/** Where a campaign's answers stand, for staff: counts and a day, never which answers. */
export interface AnswerRelease {
  /** Answers waiting for a release that can carry them (fewer than k, or their group too small yet). */
  waiting: number;
  /** Answers in the reviews. */
  released: number;
  lastReleasedOn: string | null;
  /** Left in the pool after the campaign's final release: too few to release without revealing them. */
  heldBack: number;
}
