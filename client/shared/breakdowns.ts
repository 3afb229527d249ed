/**
 * The breakdowns a review shows. A contact attribute and a survey question can name the same thing
 * (the shift on a contact's record, and "Which shift do you work most often?"): two tables of one
 * idea read as a contradiction, so they become one, the workers' own answer, with a word about the
 * record's version (still in the CSV, JSON and workbook).
 */
import type { PublicTemplate } from '../../server/reviews/contract.ts';

type Breakdown = PublicTemplate['breakdowns'][number];

export interface ShownBreakdown extends Breakdown {
  /** The heading's words: "shift", "organization", or the question when no attribute names it. */
  title: string;
  /** The question behind the groups, when they come from an answer. */
  question: string | null;
  /** The contact attribute folded into this one, whose own table is not shown. */
  alsoRecorded: string | null;
  /** Whether any group has a response rate (a breakdown with no denominator has none). */
  hasRate: boolean;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function shownBreakdowns(breakdowns: readonly Breakdown[]): ShownBreakdown[] {
  const keys = new Set(breakdowns.map((b) => b.key));
  const out: ShownBreakdown[] = [];
  for (const b of breakdowns) {
    const fromQuestion = b.key.startsWith('q.');
    if (!fromQuestion && keys.has(`q.${b.key}`)) continue;
    const attribute = fromQuestion ? breakdowns.find((a) => a.key === b.key.slice(2)) : undefined;
    out.push({
      ...b,
      title: attribute ? lower(attribute.label) : fromQuestion ? b.label : lower(b.label),
      question: fromQuestion ? b.label : null,
      alsoRecorded: attribute ? attribute.label : null,
      hasRate: b.groups.some(
        (g) =>
          g.measures.response_rate &&
          (g.measures.response_rate.value !== null || g.measures.response_rate.suppressed),
      ),
    });
  }
  return out;
}
