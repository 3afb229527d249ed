/**
 * Which waiting answers a release may carry, and how finely each is recorded. Pure, so the rule can
 * be tested (and attacked) on its own. The rule: a release moves every group any review can publish by
 * none or by at least k answers, k being the partnership's minimum group size. Then the difference
 * between any two outputs fetched at any two moments, a sum of releases, does the same.
 *
 * The groups a review publishes are, per campaign (reviews add campaigns up, which keeps the rule):
 *  - everyone: the release as a whole, so a release carries nothing or at least k answers;
 *  - segment breakdowns (organization, then the campaign's attributes, coarsened along that order):
 *    each response is tagged with a prefix of its segment. When every tag CLASS (the exact prefix)
 *    holds 0 or at least k answers of the release, so does every published group, since each is a
 *    union of classes: `organization=A` (classes under A), an attribute's value, its "not recorded"
 *    group (the classes too short to name it), and the difference of two nested "not recorded" groups
 *    (the classes of one exact length). Complementary protection follows: a total minus the other
 *    groups of a breakdown is again a union of classes.
 *  - demographic questions (q.<id>=<answer>): every answer's group, "no answer" included, holds 0 or
 *    at least k. While the campaign is open, the answers of a group that is too small wait for the next
 *    release (their group may grow). The final release, at close, records them as "not recorded" for
 *    that question instead, topping that group up to k from the largest groups if it needs to. How
 *    people were reached (responses by channel) is planned the same way, as one more such question.
 * Whatever cannot go (fewer than k answers left) stays sealed in the pool, and staff see how many.
 */

export interface PoolItem {
  /** Segment values in the campaign's order: organization first, then each attribute. */
  path: (string | null)[];
  /** One value per demographic question, in plan order ('-' when left blank). */
  demo: string[];
}

export interface Placement {
  /** Index into the items given. */
  index: number;
  /** How many segment values the response's tag keeps (0 = none). */
  depth: number;
  /** Demographic positions recorded as "not recorded" for this response. */
  unrecorded: number[];
}

export interface ReleasePlan {
  released: Placement[];
  /** Indexes of the answers that stay in the pool. */
  held: number[];
}

/** A uniform integer in [0, n), from the caller's CSPRNG (the choice of who tops a group up). */
export type Pick = (n: number) => number;

const groupBy = <T>(list: T[], key: (item: T) => string): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const g = out.get(k);
    if (g) g.push(item);
    else out.set(k, [item]);
  }
  return out;
};

function takeRandom<T>(list: T[], n: number, pick: Pick): T[] {
  const taken: T[] = [];
  for (let i = 0; i < n; i++) taken.push(list.splice(pick(list.length), 1)[0]!);
  return taken;
}

/**
 * Splits `groups` into the members that keep their group (every kept group at least k) and a rest
 * of none or at least k: the small groups, topped up from the big ones when they hold 1 to k-1. It
 * tops up from the largest group when that keeps it at k or more, else gives up whole groups from the
 * smallest. Needs at least k members in all, which every caller guarantees.
 */
function splitSmall<T>(groups: T[][], k: number, pick: Pick): { kept: T[][]; rest: T[] } {
  const kept = groups.filter((g) => g.length >= k).sort((a, b) => a.length - b.length);
  const rest = groups.filter((g) => g.length < k).flat();
  while (rest.length > 0 && rest.length < k) {
    const need = k - rest.length;
    const largest = kept[kept.length - 1]!;
    if (largest.length >= k + need) rest.push(...takeRandom(largest, need, pick));
    else rest.push(...kept.shift()!);
  }
  return { kept, rest };
}

/** Tags: each member stops at the depth where its class would fall under k (see the header). */
function assignDepths(
  members: number[],
  items: PoolItem[],
  depth: number,
  k: number,
  pick: Pick,
  out: Map<number, number>,
) {
  const width = items[members[0]!]!.path.length;
  if (depth === width) {
    for (const m of members) out.set(m, depth);
    return;
  }
  const byValue = groupBy(members, (m) => JSON.stringify(items[m]!.path[depth] ?? null));
  const { kept, rest } = splitSmall([...byValue.values()], k, pick);
  for (const m of rest) out.set(m, depth);
  for (const group of kept) assignDepths(group, items, depth + 1, k, pick, out);
}

/** Open campaigns: drops the answers whose demographic group is under k until every group holds. */
function holdSmallGroups(members: number[], items: PoolItem[], k: number): number[] {
  const questions = items[0]?.demo.length ?? 0;
  let current = members;
  for (let changed = true; changed;) {
    changed = false;
    for (let q = 0; q < questions; q++) {
      const groups = groupBy(current, (m) => items[m]!.demo[q]!);
      const small = new Set([...groups.values()].filter((g) => g.length < k).flat());
      if (small.size > 0) {
        current = current.filter((m) => !small.has(m));
        changed = true;
      }
    }
  }
  return current;
}

/** The final release: small demographic groups become "not recorded", so nobody has to wait. */
function coarsenSmallGroups(
  members: number[],
  items: PoolItem[],
  k: number,
  pick: Pick,
): Map<number, number[]> {
  const unrecorded = new Map<number, number[]>(members.map((m) => [m, []]));
  const questions = items[0]?.demo.length ?? 0;
  for (let q = 0; q < questions; q++) {
    const groups = groupBy(members, (m) => items[m]!.demo[q]!);
    const { rest } = splitSmall(
      [...groups.values()].map((g) => [...g]),
      k,
      pick,
    );
    for (const m of rest) unrecorded.get(m)!.push(q);
  }
  return unrecorded;
}

/**
 * Plans one release of a campaign's waiting answers for minimum group size `k`. `coarsen` records
 * too-small demographic groups as "not recorded" (the release at close, or one staff ask for before a
 * review) instead of holding them back. Every published group moves by 0 or at least k (see the header).
 */
export function planRelease(items: PoolItem[], k: number, coarsen: boolean, pick: Pick): ReleasePlan {
  const all = items.map((_, i) => i);
  const members = coarsen ? all : holdSmallGroups(all, items, k);
  if (members.length < k) return { released: [], held: all };
  const unrecorded = coarsen ? coarsenSmallGroups(members, items, k, pick) : null;
  const depths = new Map<number, number>();
  assignDepths(members, items, 0, k, pick, depths);
  const going = new Set(members);
  return {
    released: members.map((index) => ({
      index,
      depth: depths.get(index)!,
      unrecorded: unrecorded?.get(index) ?? [],
    })),
    held: all.filter((i) => !going.has(i)),
  };
}
