/**
 * What the campaigns API takes and answers: a new campaign (the routes validate with createCampaignBody,
 * the dashboard's form checks with it before sending), a campaign as stored, and its open link. Pure,
 * so the dashboard may import it: zod, surveys/ and other contracts only.
 */
import { z } from 'zod';
import type { Lang, SurveyKind } from '../../surveys/index.ts';
import { isoDay, oneLine } from '../fields/contract.ts';
import { attributeName, audience, type Audience } from '../partnerships/contract.ts';

/** 2026-Q3, 2026, PY2026 or PY2026-Q1 (program year quarters count from July). */
export const periodPattern = /^(PY)?\d{4}(-Q[1-4])?$/;

/** More reminders than this wear out the goodwill a survey needs. */
export const maxReminders = 3;

/**
 * How a campaign's SMS invitations offer the survey (issue 18): its link, a conversation by text
 * started by replying (distribution/text-answers.ts `startReply`), or either. Text needs SMS among
 * the channels and a survey version with SMS texts (campaigns/text-settings.ts).
 */
export const smsAnswersModes = ['link', 'text', 'both'] as const;
export type SmsAnswers = (typeof smsAnswersModes)[number];

/**
 * A poster keyword as typed: checked and stored normalized by campaigns/text-settings.ts (2 to 20
 * letters or digits, not only digits, no word texts already use). Null or empty: none.
 */
const textKeyword = z.string().trim().max(40, 'A keyword is at most 20 letters or digits.').nullable();

export const createCampaignBody = z
  .object({
    name: oneLine(160),
    templateId: z.string().min(1).max(60),
    templateVersion: z.number().int().positive().optional(),
    period: z.string().regex(periodPattern, 'Use a period such as 2026-Q3, 2026, PY2026 or PY2026-Q1.'),
    audience: audience.default({}),
    /** Contact attributes copied (coarsened as needed) onto responses for breakdowns; 'language' is allowed. */
    segmentAttributes: z.array(attributeName).max(3).default([]),
    opensOn: z.string().regex(isoDay, 'Use a date such as 2026-07-01.'),
    closesOn: z.string().regex(isoDay, 'Use a date such as 2026-07-31.'),
    openLink: z
      .object({
        hourlyLimit: z.number().int().min(1).max(10_000).default(60),
        totalLimit: z.number().int().min(1).max(1_000_000).default(2000),
      })
      .optional(),
    /** How invitations may go out; each contact gets the first usable one (see chooseChannel). */
    channels: z
      .array(z.enum(['sms', 'email']))
      .max(2)
      .default(['sms', 'email']),
    /** Whole days after launch on which those who have not answered are reminded. */
    reminderDays: z
      .array(z.number().int().min(1).max(60))
      .max(maxReminders, `At most ${maxReminders} reminders.`)
      .default([])
      .refine(
        (d) => d.every((day, i) => i === 0 || day > d[i - 1]!),
        'List reminder days in increasing order, each once.',
      ),
    /** How SMS invitations offer the survey: 'link' unless the survey may be answered by text. */
    smsAnswers: z.enum(smsAnswersModes).default('link'),
    /** A keyword a poster tells people to text; needs the open link on, so never at creation. */
    textKeyword: textKeyword.default(null),
  })
  .refine((b) => b.closesOn >= b.opensOn, {
    message: 'The close date is before the open date.',
    path: ['closesOn'],
  });
/** What the API validated; callers inside the server may leave channels and reminders to their defaults. */
type Defaulted = 'channels' | 'reminderDays' | 'smsAnswers' | 'textKeyword';
export type CreateCampaignBody = Omit<z.infer<typeof createCampaignBody>, Defaulted> &
  Partial<Pick<z.infer<typeof createCampaignBody>, Defaulted>>;

/** Who a template is for when a campaign names no kinds; the dashboard starts its form from these. */
export const defaultKinds: Record<SurveyKind, NonNullable<Audience['kinds']>> = {
  'worker-voice': ['worker'],
  'employer-satisfaction': ['employer'],
  'partner-roi': ['partner', 'employer'],
};

export interface Campaign {
  id: string;
  partnershipId: string;
  name: string;
  templateId: string;
  templateVersion: number;
  period: string;
  audience: Audience;
  segmentAttributes: string[];
  opensOn: string;
  closesOn: string;
  status: 'draft' | 'open' | 'closed';
  launchedAt: string | null;
  openLink: { enabled: boolean; hourlyLimit: number; totalLimit: number };
  channels: ('sms' | 'email')[];
  reminderDays: number[];
  smsAnswers: SmsAnswers;
  /** The poster keyword, normalized as inbound texts are (surveys/sms/keywords.ts); null: none. */
  textKeyword: string | null;
}

/** People of a campaign's audience who speak a language its survey lacks, by what they speak. */
export interface FallbackSpeakers {
  /** A tag of surveys/language-list.ts. */
  tag: string;
  name: string;
  english: string;
  people: number;
}

/** A language invitations go in (GET /api/campaigns/:id/languages), with whether it is reviewed. */
export interface SendingLanguage {
  lang: Lang;
  name: string;
  english: string;
  dir: 'ltr' | 'rtl';
  /** Everyone whose invitation goes in this language. */
  people: number;
  /** Of them, those who speak it. */
  own: number;
  /** The others: they speak a language the survey lacks and get this one, the fallback. */
  fallback: FallbackSpeakers[];
  /** Of `people`, by the channel the launch would choose ('none': a printed link only). */
  channels: { sms: number; email: number; none: number };
  /** Whether a native speaker reviewed the respondent's words and the survey's texts (null: own survey). */
  reviewed: { words: boolean; survey: boolean | null };
  /** The review subjects still missing ('words', the template's id): recording them clears `reviewed`. */
  toReview: string[];
}

/**
 * The languages a campaign's invitations would go in if it launched now: the survey version's
 * languages, the fallback (the partnership's when the survey offers it, else English), and per
 * language how many people, who speaks it and who gets it as the fallback.
 */
export interface CampaignLanguages {
  offered: Lang[];
  fallback: Lang;
  /** The partnership's setting, which differs from `fallback` when the survey is not written in it. */
  partnershipFallback: Lang;
  total: number;
  languages: SendingLanguage[];
}

/**
 * The poster link as GET /api/campaigns/:id/open-link shows it: `url` while it is on; `hidden` when it
 * is on but was made before links could be shown again (migrations/0007), so only a new link can be.
 */
export interface OpenLinkView {
  state: 'off' | 'on' | 'hidden';
  url: string | null;
}

const createFields = createCampaignBody.shape;
const openLinkLimits = createFields.openLink.unwrap().shape;

/**
 * A change to a campaign: any of the new campaign's fields, only those given. Before launch every one
 * may change; after it only those in `editableAfterLaunch` (the rest would no longer describe the
 * invitations already sent), which the server answers with 409 rather than ignoring.
 */
export const updateCampaignBody = z
  .object({
    name: createFields.name,
    templateId: createFields.templateId,
    templateVersion: createFields.templateVersion.unwrap(),
    period: createFields.period,
    audience: createFields.audience.unwrap(),
    segmentAttributes: createFields.segmentAttributes.unwrap(),
    opensOn: createFields.opensOn,
    closesOn: createFields.closesOn,
    openLink: z
      .object({
        hourlyLimit: openLinkLimits.hourlyLimit.unwrap(),
        totalLimit: openLinkLimits.totalLimit.unwrap(),
      })
      .partial(),
    channels: createFields.channels.unwrap(),
    reminderDays: createFields.reminderDays
      .unwrap()
      .refine(
        (d) => d.every((day, i) => i === 0 || day > d[i - 1]!),
        'List reminder days in increasing order, each once.',
      ),
    smsAnswers: z.enum(smsAnswersModes),
    textKeyword,
  })
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'Give at least one field to change.')
  .refine((b) => !b.opensOn || !b.closesOn || b.closesOn >= b.opensOn, {
    message: 'The close date is before the open date.',
    path: ['closesOn'],
  });
export type UpdateCampaignBody = z.infer<typeof updateCampaignBody>;

/** What may still change once invitations are out: the rest is what they were sent for. */
export const editableAfterLaunch = ['name', 'closesOn', 'reminderDays'] as const;

/** The next campaign of a series; without a period, the one after the original's. */
export const duplicateCampaignBody = z
  .object({
    period: z
      .string()
      .regex(periodPattern, 'Use a period such as 2026-Q3, 2026, PY2026 or PY2026-Q1.')
      .optional(),
  })
  .strict();
export type DuplicateCampaignBody = z.infer<typeof duplicateCampaignBody>;

/**
 * Where a campaign stands on the partnership's today: a launched campaign whose open date has not
 * come is `scheduled`; one past its close date is `closed` even before the loop marks it.
 */
export type CampaignState = 'draft' | 'scheduled' | 'open' | 'closed';

/**
 * A row of the campaigns list. `invited` counts personal invitations only: open-link (poster) tickets
 * are nobody's invitation, so their answers are `posterAnswers`, apart, and never in the rate.
 */
export interface CampaignListing extends Campaign {
  state: CampaignState;
  invited: number;
  completed: number;
  /** completed / invited, 0 to 1; null before anyone is invited. */
  responseRate: number | null;
  /**
   * Null while 1 to k - 1: the reviews hide a poster count that small (their channel group), so the
   * list does not show it either.
   */
  posterAnswers: number | null;
}

/** What a duplicate answers: the new draft and, when the template moved on, which version it now uses. */
export interface DuplicatedCampaign {
  campaign: Campaign;
  templateChanged: { from: number; to: number } | null;
}

/** A calendar or program-year quarter: 2027-Q1 or PY2026-Q3. */
export const quarterPattern = /^(PY)?\d{4}-Q[1-4]$/;

/** Quarters are at least 90 days long, so a campaign that fits in 90 days never overlaps the next one. */
export const quarterDays = 90;

/**
 * Repeat every quarter: PUT /api/partnerships/:id/schedules/:templateId. Each quarter from
 * `firstQuarter` (by default the one under way) a campaign of the template opens on day `openDay` of
 * the quarter for `openDays` days, launched by the dispatcher loop or the cron; staff are told
 * `noticeDays` days before (0: no notice). A quarter whose opening day has passed is never back-filled.
 */
export const scheduleBody = z
  .object({
    name: oneLine(120),
    audience: audience.default({}),
    segmentAttributes: z.array(attributeName).max(3).default([]),
    channels: z
      .array(z.enum(['sms', 'email']))
      .min(1, 'Choose at least one way to send.')
      .max(2)
      .default(['sms', 'email']),
    reminderDays: z
      .array(z.number().int().min(1).max(60))
      .max(maxReminders, `At most ${maxReminders} reminders.`)
      .default([])
      .refine(
        (d) => d.every((day, i) => i === 0 || day > d[i - 1]!),
        'List reminder days in increasing order, each once.',
      ),
    openDay: z
      .number()
      .int()
      .min(1, 'The first day of the quarter is day 1.')
      .max(quarterDays - 2)
      .default(1),
    openDays: z.number().int().min(3, 'Keep a campaign open at least 3 days.').max(quarterDays).default(30),
    noticeDays: z.number().int().min(0).max(14).default(3),
    firstQuarter: z.string().regex(quarterPattern, 'Use a quarter such as 2027-Q1 or PY2026-Q3.').optional(),
    active: z.boolean().default(true),
  })
  .strict()
  .refine((b) => b.openDay - 1 + b.openDays <= quarterDays, {
    message: `Opening on that day, the campaign would run into the next quarter: keep day + days open within ${quarterDays + 1}.`,
    path: ['openDays'],
  })
  .refine((b) => b.reminderDays.every((d) => d < b.openDays), {
    message: 'Every reminder must come before the campaign closes.',
    path: ['reminderDays'],
  });
export type ScheduleBody = z.infer<typeof scheduleBody>;

/** One quarter of a schedule as it went: notice, campaign, launch, or why it did not launch. */
export interface ScheduleRun {
  period: string;
  opensOn: string;
  closesOn: string;
  noticeSentAt: string | null;
  noticeRecipients: number | null;
  campaignId: string | null;
  launchedAt: string | null;
  invited: number | null;
  failure: string | null;
  state: 'noticed' | 'launching' | 'launched' | 'failed';
}

/** A quarter still to come: when it opens and when staff hear of it. */
export interface ScheduledQuarter {
  period: string;
  campaignName: string;
  opensOn: string;
  closesOn: string;
  /** The day the notice goes to staff; null with no notice. */
  noticeOn: string | null;
}

export interface QuarterlySchedule {
  id: string;
  partnershipId: string;
  templateId: string;
  name: string;
  audience: Audience;
  segmentAttributes: string[];
  channels: ('sms' | 'email')[];
  reminderDays: number[];
  openDay: number;
  openDays: number;
  noticeDays: number;
  active: boolean;
  /** The first quarter the schedule may create (later than asked when that quarter's day had passed). */
  startsWith: string;
  updatedAt: string;
  /** The next three quarters, soonest first; empty while off. */
  upcoming: ScheduledQuarter[];
  /** How many contacts the next launch would reach today, and by which channel. */
  reach: { sms: number; email: number; none: number };
  runs: ScheduleRun[];
}
