/**
 * What the campaigns API takes and answers: a new campaign (the routes validate with createCampaignBody,
 * the dashboard's form checks with it before sending), a campaign as stored, and its open link. Pure,
 * so the dashboard may import it: zod, surveys/ and other contracts only.
 */
import { z } from 'zod';
import type { SurveyKind } from '../../surveys/index.ts';
import { isoDay, oneLine } from '../fields/contract.ts';
import { attributeName, audience, type Audience } from '../partnerships/contract.ts';

/** 2026-Q3, 2026, PY2026 or PY2026-Q1 (program year quarters count from July). */
export const periodPattern = /^(PY)?\d{4}(-Q[1-4])?$/;

/** More reminders than this wear out the goodwill a survey needs. */
export const maxReminders = 3;

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
  })
  .refine((b) => b.closesOn >= b.opensOn, {
    message: 'The close date is before the open date.',
    path: ['closesOn'],
  });
/** What the API validated; callers inside the server may leave channels and reminders to their defaults. */
export type CreateCampaignBody = Omit<z.infer<typeof createCampaignBody>, 'channels' | 'reminderDays'> &
  Partial<Pick<z.infer<typeof createCampaignBody>, 'channels' | 'reminderDays'>>;

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
  posterAnswers: number;
}

/** What a duplicate answers: the new draft and, when the template moved on, which version it now uses. */
export interface DuplicatedCampaign {
  campaign: Campaign;
  templateChanged: { from: number; to: number } | null;
}
