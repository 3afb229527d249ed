/**
 * What the audit API takes and answers. Pure (zod and other contracts only), so the dashboard builds
 * its filters from the same lists the server checks.
 */
import { z } from 'zod';
import { isoDay } from '../fields/contract.ts';

/** The kinds of action, the first part of an action's name ('campaign' of 'campaign.launch'). */
export const auditKinds = [
  'auth',
  'user',
  'membership',
  'token',
  'partnership',
  'organization',
  'contact',
  'campaign',
  'schedule',
  'links',
  'survey',
  'review',
  'goal',
  'action_item',
  'backup',
  'retention',
  'audit',
  'demo',
] as const;
export type AuditKind = (typeof auditKinds)[number];

/** A real calendar day (2026-02-30 is refused, not rolled into March). */
const day = z
  .string()
  .regex(isoDay, 'Use a date such as 2026-10-31.')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, 'No such day.');
const id = z.string().min(1).max(64);

/** Filters shared by the list and the CSV: unknown names are refused, so a typo never means "all". */
const auditFilterFields = {
  /** A users.id: what that person did (and failed sign-ins to their account). */
  person: id.optional(),
  kind: z.enum(auditKinds).optional(),
  partnership: id.optional(),
  /** Days in UTC, both included. */
  from: day.optional(),
  to: day.optional(),
};

const fromNotAfterTo = (q: { from?: string | undefined; to?: string | undefined }) =>
  !q.from || !q.to || q.from <= q.to;
const fromNotAfterToIssue = { message: 'The first day comes after the last.', path: ['from'] };

export const auditExportQuery = z.strictObject(auditFilterFields).refine(fromNotAfterTo, fromNotAfterToIssue);
export type AuditExportQuery = z.infer<typeof auditExportQuery>;

export const auditQuery = z
  .strictObject({
    ...auditFilterFields,
    /** Keyset paging: entries older than this seq (the `next` of the page before). */
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine(fromNotAfterTo, fromNotAfterToIssue);
export type AuditQuery = z.infer<typeof auditQuery>;

export interface AuditEntryView {
  seq: number;
  at: string;
  actorId: string | null;
  actor: string;
  action: string;
  objectKind: string | null;
  objectId: string | null;
  partnershipId: string | null;
  detail: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Pass as `before` for the next (older) page; null on the last. */
  next: number | null;
}
