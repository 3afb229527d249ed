/**
 * The review as one tidy CSV table: a row per figure (period, template, measure, breakdown, group, n,
 * value, interval, suppressed, changes). Written from the PublicReview only, so it can hold nothing the
 * page does not. UTF-8 with a byte-order mark and CRLF line ends, so spreadsheets open it cleanly.
 */
import { formatCsv, type CsvCell } from '../csv.ts';
import type { PublicChange, PublicReview, PublicStat, SuppressionReason } from './contract.ts';

const header = [
  'period',
  'template',
  'measure',
  'breakdown',
  'group',
  'n',
  'value',
  'interval_low',
  'interval_high',
  'suppressed',
  'previous_period',
  'change_from_previous',
  'meaningful_from_previous',
  'year_before_period',
  'change_from_year_before',
  'meaningful_from_year_before',
  // Added at the end so scripts reading the columns above by position keep working.
  'hidden_reason',
  'provisional',
];

type Cell = CsvCell;

const changeCells = (c: PublicChange | null | undefined): Cell[] => [
  c?.period,
  c?.difference,
  c ? c.meaningful : null,
];

/** A row's last two cells: why it is hidden (small, protects-another, withheld) and whether it may move. */
const tail = (reason: SuppressionReason | null | undefined, provisional: boolean | undefined): Cell[] => [
  reason ?? null,
  provisional ?? false,
];

export function reviewCsv(review: PublicReview): string {
  const rows: Cell[][] = [header];
  const stat = (
    period: string,
    template: string,
    measure: string,
    breakdown: string,
    group: string,
    s: PublicStat,
  ) =>
    rows.push([
      period,
      template,
      measure,
      breakdown,
      group,
      s.n,
      s.value,
      s.low,
      s.high,
      s.suppressed,
      ...changeCells(s.previous),
      ...changeCells(s.yearBefore),
      ...tail(s.reason, s.provisional),
    ]);
  const period = review.period.name;
  for (const t of review.templates) {
    const inv = t.invitations;
    const count = (measure: string, v: number | null, hidden: boolean, reason?: SuppressionReason | null) =>
      rows.push([
        period,
        t.templateId,
        measure,
        '',
        'Everyone',
        v,
        v,
        null,
        null,
        hidden,
        ...Array(6).fill(null),
        ...tail(hidden ? reason : null, t.provisional),
      ]);
    // Personal invitations only: poster visits are counted apart and never divide a response rate.
    count('invitations', inv.invited, false);
    count('invited_responses', inv.invitedResponses, inv.invitedResponses === null, inv.invitedReason);
    count('poster_visits', inv.posterVisits, false);
    count('poster_responses', inv.posterResponses, inv.posterSuppressed, inv.posterReason);
    for (const ch of t.invitations.channels) {
      rows.push([
        period,
        t.templateId,
        `responses_${ch.channel}`,
        'channel',
        ch.channel,
        ch.responses,
        ch.responses,
        null,
        null,
        ch.suppressed,
        ...Array(6).fill(null),
        ...tail(ch.reason, t.provisional),
      ]);
    }
    for (const [m, s] of Object.entries(t.overall.measures)) stat(period, t.templateId, m, '', 'Everyone', s);
    if (t.profile)
      rows.push([
        period,
        t.templateId,
        'factors_at_good',
        '',
        'Everyone',
        t.overall.n,
        t.profile.good,
        null,
        null,
        t.profile.good === null,
      ]);
    for (const b of t.breakdowns) {
      for (const g of b.groups)
        for (const [m, s] of Object.entries(g.measures)) stat(period, t.templateId, m, b.label, g.label, s);
    }
    for (const point of t.trend) {
      for (const [m, s] of Object.entries(point.measures))
        stat(point.period, t.templateId, m, 'quarter', point.period, s);
    }
    for (const q of t.questions) {
      if (q.favorable) stat(period, t.templateId, `${q.id}:favorable`, '', 'Everyone', q.favorable);
      rows.push([
        period,
        t.templateId,
        `${q.id}:mean`,
        '',
        'Everyone',
        q.n,
        q.mean,
        null,
        null,
        q.suppressed,
        ...Array(6).fill(null),
        ...tail(q.reason, t.provisional),
      ]);
      for (const d of q.distribution)
        rows.push([
          period,
          t.templateId,
          `${q.id}=${d.value}`,
          '',
          'Everyone',
          q.n,
          d.count,
          null,
          null,
          q.suppressed,
        ]);
    }
  }
  for (const g of review.goals) {
    rows.push([
      period,
      g.templateId,
      `goal:${g.measure}`,
      'goal',
      g.label,
      null,
      g.value,
      null,
      null,
      g.status === 'not_enough_responses',
    ]);
  }
  // Every row as wide as the header, so the file is one rectangular table.
  // Every row as wide as the header, so short rows read as empty cells, not missing ones.
  return formatCsv(
    rows.map((r) => header.map((_, i) => r[i])),
    { bom: true },
  );
}
