/**
 * The release rule on its own, attacked with random pools: whatever the pool, every group a review
 * can publish moves by 0 or at least k in one release (see server/reviews/release-plan.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRelease, type PoolItem, type ReleasePlan } from '../../server/reviews/release-plan.ts';

const pickFromSeed = (seed: number) => {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
};

/** Every published group's count in a release, named as a review would group it. */
export function publishedGroups(items: PoolItem[], plan: ReleasePlan): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const { index, depth, unrecorded } of plan.released) {
    const item = items[index]!;
    add('everyone');
    item.path.forEach((value, level) => {
      // A breakdown's group: its value when the tag is deep enough, else "not recorded".
      add(`segment${level}=${level < depth ? JSON.stringify(value) : '~'}`);
    });
    // The difference of two nested "not recorded" groups: the tags of one exact length.
    add(`depth=${depth}`);
    item.demo.forEach((value, q) => add(`q${q}=${unrecorded.includes(q) ? '~' : value}`));
  }
  return counts;
}

const pool = fc.array(
  fc.record({
    path: fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', null), fc.constantFrom('day', 'night', null)),
    demo: fc.tuple(fc.constantFrom('x', 'y', 'z', '-'), fc.constantFrom('1', '2', '3', '4', '5', '-')),
  }),
  { maxLength: 80 },
);

describe('planRelease', () => {
  it('moves every published group by none or at least k', () => {
    fc.assert(
      fc.property(pool, fc.integer({ min: 3, max: 8 }), fc.boolean(), fc.integer(), (raw, k, final, seed) => {
        const items: PoolItem[] = raw.map((r) => ({ path: [...r.path], demo: [...r.demo] }));
        const plan = planRelease(items, k, final, pickFromSeed(seed));
        for (const [group, n] of publishedGroups(items, plan)) {
          if (n < k) throw new Error(`${group} moved by ${n} (k = ${k})`);
        }
        const seen = new Set([...plan.released.map((p) => p.index), ...plan.held]);
        expect(seen.size).toBe(items.length);
        expect(plan.released.length + plan.held.length).toBe(items.length);
      }),
      { numRuns: 500 },
    );
  });

  it('releases everything at close once at least k wait, and nothing below k', () => {
    fc.assert(
      fc.property(pool, fc.integer({ min: 3, max: 8 }), fc.integer(), (raw, k, seed) => {
        const items: PoolItem[] = raw.map((r) => ({ path: [...r.path], demo: [...r.demo] }));
        const plan = planRelease(items, k, true, pickFromSeed(seed));
        expect(plan.released.length).toBe(items.length >= k ? items.length : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the finest tag a release allows and holds a lone small group while the campaign is open', () => {
    const item = (org: string, shift: string): PoolItem => ({ path: [org, 'day'], demo: [shift] });
    const items = [...Array.from({ length: 5 }, () => item('A', 'x')), item('B', 'y')];
    const open = planRelease(items, 5, false, pickFromSeed(1));
    expect(open.held).toEqual([5]);
    expect(open.released.map((p) => p.depth)).toEqual([2, 2, 2, 2, 2]);
    const closing = planRelease(items, 5, true, pickFromSeed(1));
    expect(closing.released).toHaveLength(6);
    for (const [group, n] of publishedGroups(items, closing)) expect(n, group).toBeGreaterThanOrEqual(5);
  });

  it('finds the leak when the rule is switched off (every answer released at full detail)', () => {
    const items: PoolItem[] = [
      ...Array.from({ length: 5 }, () => ({ path: ['A', 'day'], demo: ['x'] })),
      { path: ['B', 'night'], demo: ['y'] },
    ];
    const careless: ReleasePlan = {
      released: items.map((_, index) => ({ index, depth: 2, unrecorded: [] })),
      held: [],
    };
    const small = [...publishedGroups(items, careless)].filter(([, n]) => n < 5);
    expect(small.length).toBeGreaterThan(0);
  });
});
