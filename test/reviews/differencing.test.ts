/**
 * Property tests: random response sets and breakdowns go through the real aggregation and the one
 * suppression function; an attacker then takes everything the review publishes, plus every identity
 * that holds for any data (each breakdown adds up to the total, "not recorded" groups nest, a year is
 * its quarters), and solves for hidden cells by differencing. It must never pin down a group of 1 to
 * k-1 people. Ground truth comes from the generated respondents, not from the code under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { responseCells } from '../../server/reviews/response-cells.ts';
import {
  buildPeriodModel,
  type PeriodModel,
  type Source,
  type SourceRow,
} from '../../server/reviews/period-figures.ts';
import { publish } from '../../server/reviews/publish.ts';
import type { PublicReview } from '../../server/reviews/contract.ts';
import type { ReviewModel } from '../../server/reviews/types.ts';
import { getTemplate, type Answers } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';

const def = getTemplate('worker-voice')!;
const orgs = ['o1', 'o2', 'o3', 'o4'];
const occupations = ['welder', 'machinist', 'assembler'];

interface Person {
  level: 0 | 1 | 2;
  org: string;
  occ: string;
  answers: Answers;
}

const person = fc
  .record({
    level: fc.constantFrom(0, 1, 2, 2, 2) as fc.Arbitrary<0 | 1 | 2>,
    org: fc.constantFrom(...orgs),
    occ: fc.constantFrom(...occupations),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    optional: fc.double({ min: 0.2, max: 1, noNaN: true }),
  })
  .map((p): Person => ({
    level: p.level,
    org: p.org,
    occ: p.occ,
    answers: validAnswers(def, seededRandom(p.seed), p.optional),
  }));

const tagOf = (p: Person): Record<string, string> =>
  p.level === 0 ? {} : p.level === 1 ? { organization: p.org } : { organization: p.org, occupation: p.occ };

function periodModel(period: string, people: Person[]): PeriodModel {
  const sums = new Map<string, SourceRow>();
  for (const p of people) {
    for (const [group_key, item, value, total, sumsq] of responseCells(
      def,
      ['occupation'],
      tagOf(p),
      p.answers,
    )) {
      const k = JSON.stringify([group_key, item, value]);
      const r = sums.get(k) ?? { group_key, item, value, n: 0, total: 0, sumsq: 0 };
      ((r.n += 1), (r.total += total), (r.sumsq += sumsq));
      sums.set(k, r);
    }
  }
  const source: Source = {
    campaign: {
      id: `c-${period}`,
      name: period,
      period,
      templateId: def.id,
      segmentAttributes: ['occupation'],
    },
    def,
    rows: [...sums.values()],
    invitations: null,
  };
  return buildPeriodModel(period, people.length ? [source] : [], (_b, v) => v);
}

function review(current: PeriodModel, quarters: PeriodModel[], k: number): PublicReview {
  const model: ReviewModel = {
    partnership: { id: 'p', name: 'P' },
    period: {
      name: current.period,
      kind: quarters.length ? 'year' : 'quarter',
      label: '',
      first: '',
      last: '',
    },
    reviewYear: 'program',
    generatedAt: '',
    current,
    quarters,
    previous: null,
    previousQuarters: [],
    yearBefore: null,
    comments: {},
    late: [],
  };
  return publish(
    model,
    { minGroupSize: k, commentMinSize: 10 },
    { status: 'live', finalizedAt: null, arrivedAfterFinal: 0, goals: [], actions: [] },
  );
}

/** Who counts in a column: everyone for sizes and required-item scores; answerers for the optional NPS. */
const counts = (column: string) => (p: Person) =>
  column === 'nps.recommend_job' ? typeof p.answers.recommend_job === 'number' : true;
const groupOf = (b: string, p: Person): string => {
  if (b === 'organization') return p.level >= 1 ? p.org : '~';
  if (b === 'occupation') return p.level >= 2 ? p.occ : '~';
  const v = p.answers[b.slice(2)];
  return typeof v === 'string' ? v : '-';
};

/** Whether `target` (coefficients on cells) is a combination of the equations, given the known cells. */
function determined(
  equations: Map<string, number>[],
  target: Map<string, number>,
  known: Set<string>,
): boolean {
  const vars = [...new Set([...equations.flatMap((e) => [...e.keys()]), ...target.keys()])].filter(
    (v) => !known.has(v),
  );
  const rows = equations.map((e) => vars.map((v) => e.get(v) ?? 0));
  const goal = vars.map((v) => target.get(v) ?? 0);
  if (goal.every((x) => x === 0)) return true;
  // Row-reduce the equations, then reduce the goal by them: it is determined iff nothing is left.
  const basis: { pivot: number; row: number[] }[] = [];
  const reduce = (r: number[]) => {
    const x = [...r];
    for (const b of basis)
      if (Math.abs(x[b.pivot]!) > 1e-9) {
        const f = x[b.pivot]! / b.row[b.pivot]!;
        for (let i = 0; i < x.length; i++) x[i]! -= f * b.row[i]!;
      }
    return x;
  };
  for (const r of rows) {
    const x = reduce(r);
    const pivot = x.findIndex((v) => Math.abs(v) > 1e-9);
    if (pivot >= 0) basis.push({ pivot, row: x });
  }
  return reduce(goal).every((v) => Math.abs(v) < 1e-9);
}

/** Every small group the attacker can pin down in one template's review; empty when safe. */
function attack(r: PublicReview, people: Person[], k: number): string[] {
  const t = r.templates[0];
  if (!t) return [];
  const leaks: string[] = [];
  for (const column of ['responses', 'index.jqi', 'dim.pay', 'nps.recommend_job']) {
    const inColumn = people.filter(counts(column));
    const known = new Set<string>();
    if (!t.overall.measures[column]?.suppressed) known.add('total');
    const equations: Map<string, number>[] = [];
    const truth = new Map<string, number>();
    for (const b of t.breakdowns) {
      const eq = new Map<string, number>([['total', -1]]);
      for (const g of b.groups) {
        const id = `${b.key}=${g.key}`;
        eq.set(id, 1);
        truth.set(id, inColumn.filter((p) => groupOf(b.key, p) === g.key).length);
        const s = g.measures[column];
        if (s && !s.suppressed) {
          known.add(id);
          if (s.n !== null && s.n > 0 && s.n < k) leaks.push(`${column} ${id} shown with n=${s.n}`);
        }
      }
      equations.push(eq);
    }
    // Unions of hidden cells of one breakdown, and the nesting difference of the "not recorded" groups.
    for (const b of t.breakdowns) {
      const hidden = b.groups.map((g) => `${b.key}=${g.key}`).filter((id) => !known.has(id));
      for (let mask = 1; mask < 1 << Math.min(hidden.length, 10); mask++) {
        const set = hidden.filter((_, i) => mask & (1 << i));
        const size = set.reduce((a, id) => a + truth.get(id)!, 0);
        if (size > 0 && size < k && determined(equations, new Map(set.map((id) => [id, 1])), known))
          leaks.push(`${column} ${set.join('+')} (${size})`);
      }
    }
    const diff = inColumn.filter((p) => p.level === 1).length;
    if (
      diff > 0 &&
      diff < k &&
      determined(
        equations,
        new Map([
          ['occupation=~', 1],
          ['organization=~', -1],
        ]),
        known,
      )
    )
      leaks.push(`${column} nesting (${diff})`);
  }
  return leaks;
}

describe('no hidden cell can be recovered by differencing', () => {
  it('within one review: totals, breakdowns and nested "not recorded" groups', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 45 }), fc.constantFrom(3, 5), (people, k) => {
        const leaks = attack(review(periodModel('PY2026-Q1', people), [], k), people, k);
        expect(leaks).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('across an annual review and its published quarterly reviews', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(person, { maxLength: 14 }), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(3, 5),
        (byQuarter, k) => {
          const quarters = byQuarter.map((people, i) => periodModel(`PY2026-Q${i + 1}`, people));
          const all = byQuarter.flat();
          const year = review(periodModel('PY2026', all), quarters, k);
          const quarterly = quarters.map((q) => review(q, [], k));
          const yt = year.templates[0];
          if (!yt) return;
          // Annual minus every quarter that shows the same cell: what is left must be 0 or at least k.
          const cells = [
            { b: '', g: '' },
            ...yt.breakdowns.flatMap((b) => b.groups.map((g) => ({ b: b.key, g: g.key }))),
          ];
          for (const { b, g } of cells) {
            for (const column of ['responses', 'index.jqi', 'nps.recommend_job']) {
              const find = (r: PublicReview) => {
                const t = r.templates[0];
                const grp =
                  b === ''
                    ? t?.overall
                    : t?.breakdowns.find((x) => x.key === b)?.groups.find((x) => x.key === g);
                return grp?.measures[column];
              };
              const annual = find(year);
              if (!annual || annual.suppressed) continue;
              const rest = byQuarter
                .filter((_, i) => !(find(quarterly[i]!) && !find(quarterly[i]!)!.suppressed))
                .flat();
              const left = rest.filter(counts(column)).filter((p) => b === '' || groupOf(b, p) === g).length;
              expect(left === 0 || left >= k, `${column} ${b}=${g} leaves ${left}`).toBe(true);
            }
          }
          expect(attack(year, all, k)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('a group hidden for its size', () => {
  // Its measures go with it, empty ones included: `n: 0` on an optional item would say that nobody
  // in the group answered it, which is a fact about people the group's suppression promised to hide.
  it('publishes none of its measures', () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 30 }), fc.constantFrom(3, 5), (people, k) => {
        const t = review(periodModel('PY2026-Q1', people), [], k).templates[0];
        for (const g of t?.breakdowns.flatMap((b) => b.groups) ?? []) {
          if (!g.suppressed) continue;
          for (const [name, stat] of Object.entries(g.measures)) {
            seen++;
            expect({ name, n: stat.n, suppressed: stat.suppressed }).toEqual({
              name,
              n: null,
              suppressed: true,
            });
          }
        }
      }),
      { numRuns: 150 },
    );
    expect(seen).toBeGreaterThan(0);
  });
});
