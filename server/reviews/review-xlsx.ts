/**
 * The review as an Excel workbook: a summary, one sheet per template, then goals, action items and the
 * comments released. Written from the PublicReview only (like the CSV and the page), so it can hold no
 * figure the JSON hides: a hidden figure's cells carry the mark that says why, never a number, and a
 * figure that may still move says "provisional".
 */
import type {
  PublicChange,
  PublicReview,
  PublicStat,
  PublicTemplate,
  ProvisionalReason,
  SuppressionReason,
} from './contract.ts';
import { xlsxBytes, type XlsxCell, type XlsxSheet } from './xlsx.ts';

/** The words a hidden figure reads as, in every export. */
export function hiddenMark(reason: SuppressionReason | null | undefined, k: number): string {
  if (reason === 'protects-another') return 'hidden to protect a smaller group';
  if (reason === 'small') return `hidden (fewer than ${k})`;
  return 'hidden (a small group could be worked out)';
}

const provisionalWords: Record<ProvisionalReason, string> = {
  'campaigns-open': 'campaigns are still open',
  'period-not-ended': 'the period has not ended',
  'final-before-close': 'made final while campaigns were open',
};

const head = (v: string): XlsxCell => ({ v, s: 'head' });
const mark = (v: string): XlsxCell => ({ v, s: 'mark' });
const num = (v: number | null | undefined): XlsxCell =>
  v === null || v === undefined ? null : { v: Math.round(v * 10) / 10, s: 'num' };

const figureHeader = [
  'Section',
  'Breakdown',
  'Group',
  'Measure',
  'n',
  'Value',
  'Interval low',
  'Interval high',
  'Note',
  'Previous period',
  'Change from previous',
  'Meaningful (previous)',
  'Year before',
  'Change from year before',
  'Meaningful (year before)',
];

function changeCells(c: PublicChange | null | undefined): XlsxCell[] {
  if (!c) return [null, null, null];
  // A hidden side leaves nothing to compare; a count has no interval, so no change is worked out.
  if (c.difference === null)
    return [c.period, c.value === null ? mark('not comparable (hidden)') : null, null];
  return [c.period, num(c.difference), c.provisional ? mark('provisional') : c.meaningful ? 'yes' : 'no'];
}

function statRow(
  section: string,
  breakdown: string,
  group: string,
  measure: string,
  s: PublicStat,
  k: number,
) {
  if (s.suppressed) {
    const why = hiddenMark(s.reason, k);
    return [section, breakdown, group, measure, mark(why), mark(why), null, null, mark(why)];
  }
  return [
    section,
    breakdown,
    group,
    measure,
    s.n,
    num(s.value),
    num(s.low),
    num(s.high),
    s.provisional ? mark('provisional') : null,
    ...changeCells(s.previous),
    ...changeCells(s.yearBefore),
  ];
}

/** Sheet names are at most 31 characters: a template's title is often longer, its kind never. */
export const sheetName: Record<string, string> = {
  'worker-voice': 'Worker voice',
  'employer-satisfaction': 'Employer satisfaction',
  'partner-roi': 'Partner value and ROI',
};

function templateSheet(t: PublicTemplate, k: number): XlsxSheet {
  const label = (m: string) => t.measureLabels[m] ?? m;
  const rows: XlsxCell[][] = [figureHeader.map(head)];
  const inv = t.invitations;
  const count = (measure: string, v: number | null, hidden: boolean, reason?: SuppressionReason | null) =>
    rows.push(['Reach', '', 'Everyone', measure, hidden ? mark(hiddenMark(reason, k)) : v]);
  count('Personal invitations (SMS, email, printed)', inv.invited, false);
  count('Responses (all)', inv.responses, inv.responses === null, t.overall.reason);
  count(
    'Responses to personal invitations',
    inv.invitedResponses,
    inv.invitedResponses === null,
    inv.invitedReason,
  );
  count('Poster visits (not invitations)', inv.posterVisits, false);
  count('Poster responses', inv.posterResponses, inv.posterSuppressed, inv.posterReason);
  for (const ch of inv.channels) {
    count(`Responses by ${ch.channel.replace('_', ' ')}`, ch.responses, ch.suppressed, ch.reason);
    if (ch.rate) rows.push(statRow('Reach', '', 'Everyone', `Response rate by ${ch.channel}`, ch.rate, k));
  }
  for (const [m, s] of Object.entries(t.overall.measures))
    rows.push(statRow('Overall', '', 'Everyone', label(m), s, k));
  for (const b of t.breakdowns)
    for (const g of b.groups)
      for (const [m, s] of Object.entries(g.measures))
        rows.push(statRow('Breakdown', b.label, g.label, label(m), s, k));
  for (const point of t.trend)
    for (const [m, s] of Object.entries(point.measures))
      rows.push(statRow('Trend', 'Quarter', point.period, label(m), s, k));
  for (const q of t.questions) {
    if (q.suppressed) {
      const why = mark(hiddenMark(q.reason, k));
      rows.push(['Question', q.id, 'Everyone', q.text, why, why, null, null, why]);
      continue;
    }
    if (q.favorable)
      rows.push(statRow('Question', q.id, 'Everyone', `${q.text} (favorable %)`, q.favorable, k));
    if (q.mean !== null) rows.push(['Question', q.id, 'Everyone', `${q.text} (mean)`, q.n, num(q.mean)]);
    for (const d of q.distribution) rows.push(['Answer', q.id, d.label, q.text, q.n, d.count]);
  }
  return {
    name: sheetName[t.kind] ?? t.title,
    rows,
    widths: [11, 22, 26, 44, 8, 9, 9, 9, 30, 12, 10, 12, 12, 10, 12],
  };
}

function summarySheet(r: PublicReview): XlsxSheet {
  const k = r.suppression.minGroupSize;
  const rows: XlsxCell[][] = [
    [head('Review'), head('')],
    ['Partnership', r.partnership.name],
    ['Period', `${r.period.name} (${r.period.label})`],
    ['Status', r.status],
    [
      'Provisional',
      r.provisional
        ? mark(`provisional: ${r.provisional.reasons.map((x) => provisionalWords[x]).join('; ')}`)
        : 'no',
    ],
    ['Generated', r.generatedAt],
    ['Minimum group size', k],
    [],
    [head('What the marks mean'), head('')],
    [mark(hiddenMark('small', k)), `fewer than ${k} people: too few to show`],
    [mark(hiddenMark('protects-another', k)), 'big enough, hidden so a smaller group cannot be worked out'],
    [mark(hiddenMark('withheld', k)), 'hidden; saying why would narrow down a small group'],
    [mark('provisional'), 'may still change: no change from another period is called meaningful yet'],
    [],
    [head('Template'), head('Invited'), head('Responses'), head('Response rate %'), head('Poster responses')],
  ];
  for (const t of r.templates) {
    const rate = t.overall.measures.response_rate;
    rows.push([
      t.title,
      t.invitations.invited,
      t.invitations.responses === null ? mark(hiddenMark(t.overall.reason, k)) : t.invitations.responses,
      !rate ? null : rate.suppressed ? mark(hiddenMark(rate.reason, k)) : num(rate.value),
      t.invitations.posterSuppressed
        ? mark(hiddenMark(t.invitations.posterReason, k))
        : t.invitations.posterResponses,
    ]);
  }
  return { name: 'Summary', rows, widths: [36, 40, 12, 16, 16] };
}

export function reviewXlsx(r: PublicReview): Uint8Array<ArrayBuffer> {
  const k = r.suppression.minGroupSize;
  const goals: XlsxSheet = {
    name: 'Goals',
    rows: [
      ['Goal', 'Template', 'Measure', 'Comparison', 'Target', 'Value', 'Status'].map(head),
      ...r.goals.map((g): XlsxCell[] => [
        g.label,
        g.templateId,
        g.measure,
        g.comparison === 'at_least' ? 'at least' : 'at most',
        g.target,
        g.value === null ? mark('not enough responses to judge') : num(g.value),
        g.status.replace(/_/g, ' ') + (g.provisional ? ' (provisional)' : ''),
      ]),
    ],
    widths: [36, 20, 20, 12, 8, 10, 22],
  };
  const actions: XlsxSheet = {
    name: 'Action items',
    rows: [
      ['What we heard', 'What we will do', 'Owner', 'Due', 'Status', 'Carried forward', 'Closed'].map(head),
      ...r.actions.map((a): XlsxCell[] => [
        a.heard,
        a.action,
        a.owner,
        a.dueOn,
        a.status.replace('_', ' '),
        a.carriedForward ? 'yes' : 'no',
        a.closedOn,
      ]),
    ],
    widths: [48, 48, 20, 12, 12, 14, 12],
  };
  const comments: XlsxSheet = {
    name: 'Comments',
    rows: [
      ['Template', 'Comment'].map(head),
      ...r.templates.flatMap((t): XlsxCell[][] => [
        ...t.comments.items.map((c): XlsxCell[] => [t.title, c]),
        ...(t.comments.heldBack
          ? [
              [
                t.title,
                mark(
                  `${t.comments.heldBack} campaign(s) had fewer than ${t.comments.minimum} answers: comments held back`,
                ),
              ],
            ]
          : []),
      ]),
    ],
    widths: [28, 100],
  };
  return xlsxBytes([
    summarySheet(r),
    ...r.templates.map((t) => templateSheet(t, k)),
    goals,
    actions,
    comments,
  ]);
}
