/**
 * What the distribution API takes and answers: a campaign's progress and its failed invitations, the
 * launch, the estimate of its texts, printed links, and the development outbox. The routes validate
 * with these schemas and the dashboard checks its forms with them. Pure, so the dashboard may import
 * it: zod and other contracts only.
 */
import { z } from 'zod';
import type { Lang } from '../../surveys/languages.ts';
import type { ContactListing } from '../partnerships/contract.ts';
import type { AnswerRelease } from '../reviews/contract.ts';

type Channel = 'sms' | 'email';

/** Every status of an outbox row, in the order a message moves through them (migrations/0002). */
export const outboxStatuses = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'undelivered',
  'failed',
  'opted_out',
  'skipped',
] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export type StatusCounts = Record<OutboxStatus, number>;

export interface ChannelProgress extends StatusCounts {
  /** Invitations sent (or to be sent) on this channel. */
  invited: number;
  completed: number;
  responseRate: number | null;
}

/** Messages that failed for good or were not delivered, for one reason. */
export interface FailureCount {
  channel: Channel;
  status: 'failed' | 'undelivered';
  code: string | null;
  message: string | null;
  count: number;
}

export interface CampaignProgress {
  invited: number;
  completed: number;
  responseRate: number | null;
  channels: {
    sms: ChannelProgress;
    email: ChannelProgress;
    /** Reached by a printed link only. */ none: { invited: number; completed: number };
  };
  reminders: StatusCounts;
  /** A launch too large for one D1 invocation, while it is being written in parts; null otherwise. */
  launch: { done: number; total: number; finished: boolean } | null;
  /** Answered is not yet in the reviews: answers wait, sealed, for a release (server/reviews/release.ts). */
  answers: AnswerRelease;
  /** Messages that failed for good or were not delivered, grouped by the provider's reason. */
  failures: FailureCount[];
  /** Texts held until the partnership's texting hours open, and when they go; null when none wait. */
  textsWaiting: TextsWaiting | null;
}

/** Queued texts that wait, now, for a partnership's texting hours (server/distribution/send-window.ts). */
export interface TextsWaiting {
  campaignId: string;
  campaignName: string;
  count: number;
  /** The daily hours, 'HH:MM' local (end exclusive), and their IANA time zone. */
  hours: { start: string; end: string; timeZone: string };
  /** When they go: the instant, and its local time ('8:00') and date ('2026-03-09') in the zone. */
  goesAt: string;
  localTime: string;
  localDate: string;
  day: 'today' | 'tomorrow';
}

/** What POST /api/campaigns/:id/launch answers. */
export interface LaunchResult {
  /** Contacts invited (so far, while a chunked launch is under way). */
  invited: number;
  /** Invitation messages queued (so far). */
  queued: number;
  /** Only for a launch written in chunks: how far it has got. */
  launch?: { done: number; total: number; finished: boolean };
}

export interface FailedContact {
  contactId: string;
  firstName: string;
  lastName: string;
  channel: Channel;
  /** The contact's phone (SMS) or email as it is now: the outbox does not keep a copy. */
  address: string | null;
  status: 'failed' | 'undelivered';
  code: string | null;
  reason: string | null;
  attempts: number;
}

type Cursor = [lastName: string, firstName: string, outboxId: string];
const cursorShape = z.tuple([z.string(), z.string(), z.string()]);
const utf8 = { encode: new TextEncoder(), decode: new TextDecoder('utf-8', { fatal: true }) };

/** The position after a row, opaque to callers: base64url of [last name, first name, outbox id]. */
export function encodeCursor(cursor: Cursor): string {
  let bin = '';
  for (const b of utf8.encode.encode(JSON.stringify(cursor))) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(text: string): Cursor | null {
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const json = utf8.decode.decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
    const parsed = cursorShape.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const failuresQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: z
    .string()
    .max(1000)
    .transform((text, ctx) => {
      const cursor = decodeCursor(text);
      if (!cursor) {
        ctx.addIssue({ code: 'custom', message: 'Pass the nextAfter of the previous page, unchanged.' });
        return z.NEVER;
      }
      return cursor;
    })
    .optional(),
});
export type FailuresQuery = z.infer<typeof failuresQuery>;

/** A page of failed invitations; `nextAfter` asks for the next one, null after the last. */
export interface FailurePage {
  failures: FailedContact[];
  nextAfter: string | null;
}

export const skipReasons = ['completed', 'delivered_by_sms', 'delivered_by_email', 'not_invited'] as const;
export type SkipReason = (typeof skipReasons)[number];

/** A person a printed link is for, as the list of people shows them. */
export type PrintableContact = ContactListing;

export const printableQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PrintableQuery = z.infer<typeof printableQuery>;

/** The most links one request issues. */
export const mostLinksPerRequest = 500;

/** The contacts a staff member picked for printed links: only these are re-keyed. */
export const issueLinksBody = z.object({
  contactIds: z
    .array(z.string().min(1).max(64))
    .min(1, 'Pick at least one person.')
    .max(mostLinksPerRequest, `Print at most ${mostLinksPerRequest} links at a time.`),
});
export type IssueLinksBody = z.infer<typeof issueLinksBody>;

export interface SkippedContact {
  contactId: string;
  /** Empty for `not_invited`: an id that is not an invitee of this campaign gets no name back. */
  firstName: string;
  lastName: string;
  reason: SkipReason;
}

/** What POST /api/campaigns/:id/links answers: each fresh link once, and who got none, and why. */
export interface IssuedLinks {
  /** `url` opens the survey (the card's QR code); `shortUrl` and `code` are what a person types. */
  /** `cardLanguage` is the invitation's page language (the partnership's fallback for some). */
  links: (PrintableContact & { url: string; shortUrl: string; code: string; cardLanguage: string })[];
  skipped: SkippedContact[];
}

/** One language of a campaign's texts before launch (GET /api/campaigns/:id/sms-estimate). */
export interface SmsEstimateLanguage {
  lang: Lang;
  /** Its name in itself, and in English. */
  name: string;
  english: string;
  /** GSM-7: 160 characters a segment; UCS-2: 70. */
  encoding: 'GSM-7' | 'UCS-2';
  /**
   * Segments of the invitation and of one reminder as they would go with a 15-character first name,
   * the partnership's name and a real link; null when no text with such a link fits the budget at
   * all (PUBLIC_URL is too long), which sending would refuse too.
   */
  invitationSegments: number | null;
  reminderSegments: number | null;
  /** People in the audience who would be texted in this language. */
  people: number;
  /** Their invitations and every reminder, as if nobody answered: the most it can come to. */
  segments: number | null;
}

/** A campaign's texts by language, were it launched now. */
export interface SmsEstimate {
  /** Reminders each person would get: those due after the close date are never sent. */
  reminders: number;
  languages: SmsEstimateLanguage[];
  people: number;
  segments: number | null;
}

/** GET /api/dev/outbox: one campaign's messages or everyone's, newest first. */
export const devOutboxQuery = z.object({
  campaignId: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type DevOutboxQuery = z.infer<typeof devOutboxQuery>;

/** A message the development senders "sent", as it would have gone out. */
export interface DevOutboxMessage {
  id: string;
  campaignId: string;
  channel: Channel;
  purpose: 'invitation' | 'reminder';
  status: OutboxStatus;
  to: string;
  /** Emails only. */
  subject?: string;
  body: string;
}

/** POST /api/dev/outbox/reply: a worker's text, typed in the dev outbox as if it came from their phone. */
export const devReplyBody = z.object({
  from: z.string().regex(/^\+[1-9]\d{6,14}$/, 'A phone number in E.164 form, such as +13095550123.'),
  // The longest text Twilio takes in one message (ten segments).
  body: z.string().trim().min(1).max(1600),
});
export type DevReplyBody = z.infer<typeof devReplyBody>;

/** One text of a development conversation: ours ('out') or the worker's ('in'), in the order they went. */
export interface DevText {
  seq: number;
  direction: 'in' | 'out';
  body: string;
}

/** What the development SMS sender remembers of one phone: every text both ways, oldest first. */
export interface DevConversation {
  phone: string;
  texts: DevText[];
}
