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
 *     respondents (the quarters are published too, so subtraction would work across reviews);
 *  6. a breakdown group whose size is hidden takes every measure with it (publish shows none of them),
 *     so the measures' tables count those cells as hidden too.
 * `suppressionReasons` then says why each hidden cell is hidden, only where saying so narrows no small
 * group (see there).
 */
import { notRecorded } from './response-cells.ts';
import { reachChannels, type ReachChannel, type SuppressionReason } from './contract.ts';
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
    for (const b of t.breakdowns) {
      for (const g of b.groups) {
        if (!hidden.has(cellId(t.templateId, b.key, g.key, 'responses'))) continue;
        for (const column of columns) hide(cellId(t.templateId, b.key, g.key, column));
      }
    }
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

/**
 * Why each hidden cell is hidden. A cell resting on 1 to k-1 people is `small`; one hidden though it
 * holds k or more `protects-another`. Saying so is not free: "protects another" tells that the cell
 * holds at least k, and the hidden cells of a table add up to a known sum (the shown total minus the
 * shown cells), so a small cell beside it could be pinned down ("fewer than 5" plus "5 or more" in a
 * hidden pair summing to 6 gives 1 and 5). So, per table, the reasons are given only if, for every small
 * cell, the range a reader can work out with them is the same as without them (knowing only that the
 * cell is fewer than k, which "fewer than k" always said); else every hidden cell of the table is
 * `withheld`. Where the table's sum is not known to a reader (its column total is hidden, or the
 * channels, which need not add up), only `small` is kept. A cell of k or more hidden by nesting or by an
 * annual review's quarters protects a difference from a shown cell of k or more, whose range "k or more"
 * does not narrow; it reads `protects-another` unless its table withholds.
 */
export function suppressionReasons(
  t: TemplatePeriod,
  k: number,
  hidden: Set<CellId>,
): Map<CellId, SuppressionReason> {
  const counts = allCells(t);
  const reasons = new Map<CellId, SuppressionReason>();
  const own = (id: CellId): SuppressionReason => {
    const n = counts.get(id) ?? 0;
    return n < k ? 'small' : 'protects-another';
  };
  for (const id of hidden) reasons.set(id, t.overall.n < k ? 'small' : own(id));
  if (t.overall.n < k) return reasons;
  const total = (column: string) => cellId(t.templateId, '', '', column);
  for (const table of tablesOf(t)) {
    const off = table.cells.filter((c) => hidden.has(c.id));
    if (off.length === 0) continue;
    const channelsApart =
      table.breakdown === channelBreakdown && table.cells.reduce((a, c) => a + c.count, 0) !== t.overall.n;
    if (channelsApart || hidden.has(total(table.column))) {
      // A sum the reader cannot see (a hidden column, channels that do not add up to the responses).
      // Under a small total every cell is small and says so; else none says why, since "small" on some
      // and nothing on the others would tell which are which.
      const small = !channelsApart && (counts.get(total(table.column)) ?? 0) < k;
      for (const c of off) reasons.set(c.id, small ? 'small' : 'withheld');
      continue;
    }
    const sizeOf = (c: { id: CellId }) =>
      cellId(t.templateId, table.breakdown, c.id.split('\u0001')[2]!, 'responses');
    // A measure of a group whose size is hidden shows the size's reason (publish.ts), which bounds
    // the measure only when it says "small".
    const shownBy = (c: { id: CellId }) =>
      table.column !== 'responses' && hidden.has(sizeOf(c)) ? sizeOf(c) : c.id;
    const live = off.filter((c) => c.count > 0);
    const sum = live.reduce((a, c) => a + c.count, 0);
    // What a reader knows of each hidden cell without reasons: at least 1, at most the sum and the
    // group's shown size.
    const blind = live.map((c): [number, number] => {
      const size =
        table.column === 'responses' || hidden.has(sizeOf(c)) ? sum : (counts.get(sizeOf(c)) ?? sum);
      return [1, Math.min(sum, size)];
    });
    const told = live.map((c, i): [number, number] => {
      const [lo, hi] = blind[i]!;
      const reason = reasons.get(shownBy(c));
      if (reason === 'small') return [lo, Math.min(hi, k - 1)];
      if (reason === 'protects-another' && shownBy(c) === c.id) return [Math.max(lo, k), hi];
      return [lo, hi];
    });
    const range = (ranges: [number, number][], i: number, cap: number): [number, number] => {
      let lo = 0;
      let hi = 0;
      ranges.forEach(([a, b], j) => j !== i && ((lo += a), (hi += b)));
      return [Math.max(ranges[i]![0], sum - hi), Math.min(ranges[i]![1], cap, sum - lo)];
    };
    const safe = live.every((c, i) => {
      if (c.count >= k) return true;
      const [a, b] = range(told, i, k - 1);
      const [x, y] = range(blind, i, k - 1);
      return a === x && b === y;
    });
    if (!safe)
      for (const c of off) {
        reasons.set(c.id, 'withheld');
        if (shownBy(c) !== c.id) reasons.set(shownBy(c), 'withheld');
      }
  }
  return reasons;
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
