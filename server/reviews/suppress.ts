/**
 * Which figures of a period must be hidden. Used only by `publish` (publish.ts), the one way out for
 * every review figure (API, CSV, page). A cell is one measure of one group of one breakdown (or of
 * everyone), and `count` is how many respondents it rests on. The rules, applied until nothing changes:
 *  1. primary: a cell resting on 1 to k-1 respondents is hidden (k = the partnership's minimum);
 *  2. complementary: in every breakdown and measure, hidden cells number none, or at least two that
 *     together hold at least k respondents; else the smallest shown cell is hidden too, so neither a
 *     hidden cell nor a small union of them can be had by subtraction from the total;
 *  3. a hidden total hides its whole column in every breakdown (the breakdown would add up to it);
 *  4. nesting: a "not recorded" group contains the "not recorded" group of every breakdown recorded
 *     before it (segments are coarsened along a fixed order), so two such shown groups must not differ
 *     by 1 to k-1 respondents;
 *  5. an annual figure minus the same figures shown in its quarterly reviews must not leave 1 to k-1
 *     respondents (the quarters are published too, so subtraction would work across reviews).
 */
import { notRecorded } from './response-cells.ts';
import { reachChannels, type ReachChannel } from './contract.ts';
import type { TemplatePeriod } from './period-figures.ts';

export type CellId = string;
export const cellId = (templateId: string, breakdown: string, group: string, measure: string): CellId =>
  `${templateId}\u0001${breakdown}\u0001${group}\u0001${measure}`;

/** The pseudo-breakdown of responses by how people were reached (SMS, email, printed link, open link). */
export const channelBreakdown = '@channel';
/** Questions are cells of everyone, one per question, resting on those who answered it. */
export const questionBreakdown = '@q';

interface Table {
  breakdown: string;
  column: string;
  cells: { id: CellId; count: number }[];
}

/** The columns of a template: every measure of its overall group (the response rate follows responses). */
export const columnsOf = (t: TemplatePeriod) =>
  Object.keys(t.overall.measures).filter((m) => m !== 'response_rate');

export function channelCounts(t: TemplatePeriod): { channel: ReachChannel; count: number }[] | null {
  const used = reachChannels.filter((c) => t.invitations[c].invited > 0);
  if (used.length < 2) return null;
  return used.map((channel) => ({ channel, count: t.invitations[channel].completed }));
}

/** Every cell of a template with its count, for rule 5 (what the quarterly reviews published). */
export function allCells(t: TemplatePeriod): Map<CellId, number> {
  const out = new Map<CellId, number>();
  for (const m of columnsOf(t)) out.set(cellId(t.templateId, '', '', m), t.overall.measures[m]!.n);
  for (const table of tablesOf(t)) for (const c of table.cells) out.set(c.id, c.count);
  for (const q of t.questions) out.set(cellId(t.templateId, questionBreakdown, q.id, 'n'), q.n);
  return out;
}

function tablesOf(t: TemplatePeriod): Table[] {
  const tables: Table[] = [];
  for (const column of columnsOf(t)) {
    for (const b of t.breakdowns) {
      tables.push({
        breakdown: b.key,
        column,
        cells: b.groups.map((g) => ({
          id: cellId(t.templateId, b.key, g.key, column),
          count: g.measures[column]?.n ?? 0,
        })),
      });
    }
  }
  const channels = channelCounts(t);
  if (channels) {
    tables.push({
      breakdown: channelBreakdown,
      column: 'responses',
      cells: channels.map((c) => ({
        id: cellId(t.templateId, channelBreakdown, c.channel, 'responses'),
        count: c.count,
      })),
    });
  }
  return tables;
}

/** Pairs [inner, outer] of breakdowns whose "not recorded" groups nest: every chain records inner first. */
function nestedPairs(t: TemplatePeriod): [string, string][] {
  const names = [...new Set(t.chains.flat())];
  const pairs: [string, string][] = [];
  for (const inner of names) {
    for (const outer of names) {
      if (inner === outer) continue;
      const nests = t.chains.every(
        (c) => !c.includes(outer) || (c.includes(inner) && c.indexOf(inner) < c.indexOf(outer)),
      );
      if (nests) pairs.push([inner, outer]);
    }
  }
  return pairs;
}

/**
 * The hidden cells of one template of one period. `published` (annual reviews only) gives, per cell,
 * the respondents the same cell already shows in the year's quarterly reviews.
 */
export function hiddenCells(t: TemplatePeriod, k: number, published?: Map<CellId, number>): Set<CellId> {
  const hidden = new Set<CellId>();
  const counts = allCells(t);
  if (t.overall.n < k) {
    // Too few respondents for the template as a whole: nothing of it is shown.
    for (const id of counts.keys()) hidden.add(id);
    return hidden;
  }
  // Responses by channel that do not add up to the responses: a release could not record how some
  // people were reached (too few in their channel), so no channel's count is shown.
  const channels = channelCounts(t);
  if (channels && channels.reduce((a, c) => a + c.count, 0) !== t.overall.n) {
    for (const c of channels) hidden.add(cellId(t.templateId, channelBreakdown, c.channel, 'responses'));
  }
  for (const [id, count] of counts) {
    if (count > 0 && count < k) hidden.add(id);
    const elsewhere = published ? count - (published.get(id) ?? 0) : 0;
    if (elsewhere > 0 && elsewhere < k) hidden.add(id);
  }
  const tables = tablesOf(t);
  const pairs = nestedPairs(t);
  const columns = columnsOf(t);
  for (let changed = true; changed;) {
    changed = false;
    const hide = (id: CellId) => {
      if (!hidden.has(id)) (hidden.add(id), (changed = true));
    };
    for (const table of tables) {
      if (hidden.has(cellId(t.templateId, '', '', table.column))) {
        for (const c of table.cells) hide(c.id);
        continue;
      }
      for (;;) {
        const live = table.cells.filter((c) => c.count > 0);
        const off = live.filter((c) => hidden.has(c.id));
        const held = off.reduce((a, c) => a + c.count, 0);
        if (off.length === 0 || (off.length >= 2 && held >= k)) break;
        const shown = live
          .filter((c) => !hidden.has(c.id))
          .sort((a, b) => a.count - b.count || (a.id < b.id ? -1 : 1));
        if (shown.length === 0) break;
        hide(shown[0]!.id);
      }
    }
    for (const [inner, outer] of pairs) {
      for (const column of columns) {
        const a = cellId(t.templateId, inner, notRecorded, column);
        const b = cellId(t.templateId, outer, notRecorded, column);
        const diff = (counts.get(b) ?? 0) - (counts.get(a) ?? 0);
        if (!hidden.has(a) && !hidden.has(b) && diff > 0 && diff < k) hide(b);
      }
    }
  }
  return hidden;
}

const masks: [RegExp, string][] = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  [
    /\b(?:https?:\/\/|www\.)[^\s,;]*[^\s,;.!?)]|\b[a-z0-9-]+\.(?:com|org|net|edu|gov|io|us|co)(?:\/\S*)?\b/gi,
    '[link]',
  ],
  // Seven or more digits with the usual separators, from the first digit (or its bracket) to the last.
  [/\+?\(?\d(?:[\s.\-()]*\d){6,}/g, '[number]'],
  // Five or more digits (IDs, ZIP codes, badge numbers); four are left so years stay readable.
  [/\d{5,}/g, '[number]'],
];

/**
 * A comment with emails, links, phone numbers and long digit runs masked, then names (`maskNames`, from
 * mask-names.ts, built once per review): in that order, so an address made of a name goes whole.
 */
export function maskComment(text: string, maskNames?: (text: string) => string): string {
  const masked = masks.reduce((s, [re, by]) => s.replace(re, by), text);
  return (maskNames ? maskNames(masked) : masked).trim();
}
