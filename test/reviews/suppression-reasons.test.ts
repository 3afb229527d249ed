/**
 * Why a cell is hidden, attacked: a reader who takes the published reasons together with the totals
 * must learn nothing more about a small group than "fewer than k", which every hidden cell said before.
 * The reader's knowledge is worked out here by brute force (every count each hidden cell could hold),
 * not by the bounds suppress.ts reasons with.
 */
import { describe, expect, it } from 'vitest';
import { noInvitations, type PeriodModel } from '../../server/reviews/period-figures.ts';
import { publish } from '../../server/reviews/publish.ts';
import { countStat } from '../../server/reviews/stats.ts';
import type { PublicGroup } from '../../server/reviews/contract.ts';
import { seededRandom } from '../helpers/answers.ts';

function periodOf(sizes: number[]): PeriodModel {
  const total = sizes.reduce((a, b) => a + b, 0);
  return {
    period: 'PY2026-Q1',
    templates: [
      {
        templateId: 'employer-satisfaction',
        kind: 'employer-satisfaction',
        title: 'Employers',
        campaigns: [],
        chains: [['organization']],
        invitations: noInvitations(),
        overall: { key: '', label: 'Everyone', n: total, measures: { responses: countStat(total) } },
        measureLabels: {},
        questions: [],
        breakdowns: [
          {
            key: 'organization',
            label: 'Organization',
            groups: sizes.map((n, i) => ({
              key: `o${i}`,
              label: `Org ${i}`,
              n,
              measures: { responses: countStat(n) },
            })),
          },
        ],
      },
    ],
  };
}

function groupsOf(sizes: number[], k: number): { total: number; groups: PublicGroup[] } {
  const current = periodOf(sizes);
  const r = publish(
    {
      partnership: { id: 'p', name: 'P' },
      period: { name: 'PY2026-Q1', kind: 'quarter', label: '', first: '', last: '' },
      reviewYear: 'program',
      generatedAt: '',
      current,
      quarters: [],
      previous: null,
      previousQuarters: [],
      yearBefore: null,
      comments: {},
      late: [],
    },
    { minGroupSize: k, commentMinSize: 10 },
    { status: 'live', finalizedAt: null, arrivedAfterFinal: 0, goals: [], actions: [] },
  );
  const t = r.templates[0]!;
  return { total: t.overall.n!, groups: t.breakdowns[0]!.groups };
}

/** Every count hidden cell `i` can hold, given the hidden cells' sum and each one's allowed range. */
function feasible(sum: number, ranges: [number, number][], i: number): number[] {
  // Sums the other cells can reach, by dynamic programming over their ranges.
  let reach = new Set([0]);
  ranges.forEach(([lo, hi], j) => {
    if (j === i) return;
    const next = new Set<number>();
    for (const s of reach) for (let v = lo; v <= hi && s + v <= sum; v++) next.add(s + v);
    reach = next;
  });
  const out: number[] = [];
  for (let v = ranges[i]![0]; v <= ranges[i]![1]; v++) if (reach.has(sum - v)) out.push(v);
  return out;
}

/** What a reader can say of each small hidden group, with the published reasons and without them. */
function exposure(sizes: number[], k: number) {
  const { total, groups } = groupsOf(sizes, k);
  const hidden = groups.map((g, i) => ({ g, true: sizes[i]! })).filter((x) => x.g.suppressed);
  const sum = total - groups.filter((g) => !g.suppressed).reduce((a, g) => a + g.n!, 0);
  const blind = hidden.map((): [number, number] => [1, sum]);
  const told = hidden.map(({ g }): [number, number] =>
    g.reason === 'small' ? [1, k - 1] : g.reason === 'protects-another' ? [k, sum] : [1, sum],
  );
  return hidden.map((h, i) => ({
    reason: h.g.reason,
    true: h.true,
    // Without reasons, "fewer than k" was printed beside every hidden cell: a small one is known no
    // better than that.
    without: feasible(sum, blind, i).filter((v) => v < k),
    with: feasible(sum, told, i),
  }));
}

describe('reasons for hidden cells', () => {
  it('withholds the reason where "protects another" beside "fewer than k" would pin a group down', () => {
    // Org 0 has 1 person, org 1 has 5: hidden together they sum to 6, so "5 or more" would give 1.
    const cells = exposure([1, 5, 30, 40], 5);
    expect(cells.map((c) => c.reason)).toEqual(['withheld', 'withheld']);
    expect(cells[0]!.with).toEqual([1, 2, 3, 4, 5]);
  });

  it('says which is which where that narrows nothing: "hidden to protect a smaller group" next to 40', () => {
    const cells = exposure([3, 40, 45, 60], 5);
    expect(cells.map((c) => [c.true, c.reason])).toEqual([
      [3, 'small'],
      [40, 'protects-another'],
    ]);
    expect(cells[0]!.with).toEqual(cells[0]!.without);
  });

  it('never lets the reasons narrow a small group, over many tables', () => {
    const rand = seededRandom(20261203);
    let told = 0;
    for (let run = 0; run < 400; run++) {
      const k = rand() < 0.5 ? 3 : 5;
      const sizes = Array.from({ length: 2 + Math.floor(rand() * 5) }, () =>
        rand() < 0.4 ? 1 + Math.floor(rand() * (k - 1)) : k + Math.floor(rand() * (rand() < 0.5 ? 4 : 40)),
      );
      if (sizes.reduce((x, y) => x + y, 0) < k) {
        // Too few for the template as a whole: nothing of it shows, and "fewer than k" is all it says.
        expect(groupsOf(sizes, k).groups.map((g) => g.reason)).toEqual(sizes.map(() => 'small'));
        continue;
      }
      for (const c of exposure(sizes, k)) {
        if (c.reason !== 'withheld') told++;
        // The truth is always among what the reader thinks possible (the reasons never lie)...
        expect(c.with).toContain(c.true);
        // ...and for a small group, the reasons leave every count "fewer than k" left open.
        if (c.true < k) expect(c.with.filter((v) => v < k)).toEqual(c.without);
      }
    }
    // Not a test that passes by withholding everything: most hidden cells do get their reason.
    expect(told).toBeGreaterThan(100);
  });
});
