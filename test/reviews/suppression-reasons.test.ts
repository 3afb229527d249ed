/**
 * Why a cell is hidden, attacked: a reader who takes the published reasons together with the totals
 * must learn nothing more about a small group than "fewer than k", which every hidden cell said before.
 * The reader's knowledge is worked out here by brute force (every count each hidden cell could hold),
 * not by the bounds suppress.ts reasons with.
 */
import { describe, expect, it } from 'vitest';
import { noInvitations, type PeriodModel } from '../../server/reviews/period-figures.ts';
import { publish } from '../../server/reviews/publish.ts';
import { countStat, npsStat } from '../../server/reviews/stats.ts';
import type { PublicGroup } from '../../server/reviews/contract.ts';
import { seededRandom } from '../helpers/answers.ts';

/** `answered[i]` of group i's `sizes[i]` answered the NPS question: a second column, within each group. */
function periodOf(sizes: number[], answered = sizes): PeriodModel {
  const total = sizes.reduce((a, b) => a + b, 0);
  const nps = answered.reduce((a, b) => a + b, 0);
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
        overall: {
          key: '',
          label: 'Everyone',
          n: total,
          measures: { responses: countStat(total), 'nps.recommend': npsStat(nps, 0, 0) },
        },
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
              measures: { responses: countStat(n), 'nps.recommend': npsStat(answered[i]!, 0, 0) },
            })),
          },
        ],
      },
    ],
  };
}

function groupsOf(
  sizes: number[],
  k: number,
  answered = sizes,
): { total: number; nps: number | null; groups: PublicGroup[] } {
  const current = periodOf(sizes, answered);
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
  return {
    total: t.overall.n!,
    nps: t.overall.measures['nps.recommend']!.n,
    groups: t.breakdowns[0]!.groups,
  };
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

/**
 * What a reader can say of each small hidden NPS cell (how many of a group answered the question), with
 * the reasons and without: a shown group size bounds its cell; a hidden group's reason ("small") does too.
 */
function npsExposure(sizes: number[], answered: number[], k: number) {
  const { nps, groups } = groupsOf(sizes, k, answered);
  if (nps === null) return [];
  const hidden = groups
    .map((g, i) => ({ g, s: g.measures['nps.recommend']!, true: answered[i]! }))
    .filter((x) => x.s.suppressed);
  const sum = nps - groups.reduce((a, g) => a + (g.measures['nps.recommend']!.n ?? 0), 0);
  const blind = hidden.map(({ g }): [number, number] => [1, g.suppressed ? sum : Math.min(sum, g.n!)]);
  const told = hidden.map(({ g, s }, i): [number, number] => {
    const [lo, hi] = blind[i]!;
    if (s.reason === 'small') return [lo, Math.min(hi, k - 1)];
    // A hidden group's "protects another" is about its size, not how many answered the question.
    if (s.reason === 'protects-another' && !g.suppressed) return [k, hi];
    return [lo, hi];
  });
  return hidden.map((h, i) => ({
    reason: h.s.reason,
    true: h.true,
    without: feasible(sum, blind, i).filter((v) => v < k),
    with: feasible(sum, told, i),
  }));
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

  it('never lets them narrow a small cell of a measure, where shown group sizes bound the cells too', () => {
    const rand = seededRandom(77);
    let told = 0;
    let cells = 0;
    for (let run = 0; run < 400; run++) {
      const k = rand() < 0.5 ? 3 : 5;
      const sizes = Array.from({ length: 2 + Math.floor(rand() * 4) }, () =>
        rand() < 0.3 ? 1 + Math.floor(rand() * (k - 1)) : k + Math.floor(rand() * 25),
      );
      // Most answer the question; in some groups only a few do.
      const answered = sizes.map((n) => (rand() < 0.3 ? 1 + Math.floor(rand() * Math.min(n, k)) : n));
      if (sizes.reduce((x, y) => x + y, 0) < k) continue;
      for (const c of npsExposure(sizes, answered, k)) {
        cells++;
        if (c.reason !== 'withheld') told++;
        expect(c.with).toContain(c.true);
        if (c.true < k) expect(c.with.filter((v) => v < k)).toEqual(c.without);
      }
    }
    expect(cells).toBeGreaterThan(100);
    expect(told).toBeGreaterThan(cells / 4);
  });

  it('says why a channel is hidden when the channels add up, and hides the rate with the poster count', () => {
    const review = (completed: { sms: number; email: number; open_link: number }, n: number) => {
      const current = periodOf([n]);
      const t = current.templates[0]!;
      t.overall.n = n;
      t.invitations = {
        ...noInvitations(),
        sms: { invited: 50, completed: completed.sms },
        email: { invited: 45, completed: completed.email },
        open_link: { invited: 10, completed: completed.open_link },
      };
      return publish(
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
        { minGroupSize: 5, commentMinSize: 10 },
        { status: 'live', finalizedAt: null, arrivedAfterFinal: 0, goals: [], actions: [] },
      ).templates[0]!;
    };
    // 3 from the poster: hidden as small, and email (the smallest other) hidden to protect it.
    const added = review({ sms: 40, email: 38, open_link: 3 }, 81);
    const reasons = Object.fromEntries(added.invitations.channels.map((c) => [c.channel, c.reason]));
    expect(reasons).toEqual({ sms: null, email: 'protects-another', open_link: 'small' });
    expect(added.invitations).toMatchObject({
      posterResponses: null,
      invitedResponses: null,
      posterReason: 'small',
    });
    // The rate rests on 78 personal answers: it hides to protect the poster's three, and says so.
    expect(added.overall.measures.response_rate).toMatchObject({
      value: null,
      suppressed: true,
      reason: 'protects-another',
    });
    expect(added.invitations.invitedReason).toBe('protects-another');
    // Four answers whose channel no release could record: the channels no longer add up, nothing of
    // them shows, and none says why (a "small" beside the others would point at the small one).
    const apart = review({ sms: 40, email: 38, open_link: 3 }, 85);
    expect(apart.invitations.channels.map((c) => c.reason)).toEqual(['withheld', 'withheld', 'withheld']);
    expect(apart.overall.measures.response_rate).toBeUndefined();
  });
});
