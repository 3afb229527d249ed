/**
 * What GET /api/partnerships/:id/retention takes and answers: the contacts whose details are due to
 * be erased within the next `days` days, soonest first, a page at a time. Pure: zod only.
 */
import { z } from 'zod';

export const retentionDueQuery = z.object({
  /** 0: due now (the next run erases them); at most a year ahead. */
  days: z.coerce.number().int().min(0).max(366).default(30),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type RetentionDueQuery = z.infer<typeof retentionDueQuery>;

export interface DueContactRow {
  id: string;
  firstName: string;
  lastName: string;
  kind: 'worker' | 'employer' | 'partner';
  /** The day (in the partnership's zone) from which the job erases them. */
  dueOn: string;
}

export interface RetentionDuePage {
  /** The partnership's period in days; null when retention is off (then nothing is ever due). */
  retentionDays: number | null;
  days: number;
  total: number;
  limit: number;
  offset: number;
  contacts: DueContactRow[];
}
