/** Nothing half-imported: bad files write nothing, good files are written in one atomic call or not at all. */
import type { Compilable, CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Atomic, Deps } from '../../server/deps.ts';
import { importContacts } from '../../server/partnerships/import.ts';
import { createPartnership } from '../../server/partnerships/partnerships.ts';
import { makeTestApp } from '../helpers/app.ts';
import { refusal } from './refusal.ts';

async function setup(wrapAtomic?: (atomic: Atomic, deps: Deps) => Atomic) {
  const ctx = makeTestApp();
  const deps: Deps = { ...ctx.deps };
  if (wrapAtomic) deps.atomic = wrapAtomic(ctx.deps.atomic, ctx.deps);
  const p = await createPartnership(deps, {
    name: 'River Valley',
    sector: 'Healthcare',
    region: 'River Valley',
    timeZone: 'America/Chicago',
    reviewYear: 'program',
    minGroupSize: 5,
  });
  const count = () => (ctx.raw.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
  const run = (csv: string | Uint8Array, dryRun = false) =>
    importContacts(deps, p.id, csv, { defaultKind: 'worker', dryRun });
  return { ctx, run, count };
}

/** A roster of `n` distinct workers, enough rows for many insert statements. */
const roster = (n: number, from = 0) =>
  'firstName,phone,smsConsent\n' +
  Array.from({ length: n }, (_, i) => `Worker${from + i},+1815555${String(1000 + from + i)},yes\n`).join('');

describe('a file that cannot be read writes nothing', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    [
      'an unclosed quote',
      roster(5) + 'Zed,"+18155559999,yes\nAmy,+18155559998,no\n',
      /line 7: a quoted field opens here and is never closed/,
    ],
    [
      'bytes that are not UTF-8',
      new Uint8Array([...new TextEncoder().encode(roster(3)), 0x4a, 0x6f, 0x73, 0xe9, 0x0a]),
      /not UTF-8/,
    ],
    ['an empty file', '', /The file is empty/],
    ['a header with no rows', 'firstName,phone\r\n\r\n', /no rows below it/],
    ['no header, only data', 'Ana,+18155550101,yes\nBo,+18155550102,no\n', /first row looks like data/],
    ['no email or phone column', 'firstName,lastName\nAna,Ruiz\n', /no email or phone column/],
  ];
  for (const [what, file, message] of cases) {
    it(`refuses ${what} with BAD_CSV`, async () => {
      const { run, count } = await setup();
      const err = await refusal(run(file));
      expect([err.code, err.status]).toEqual(['BAD_CSV', 400]);
      expect(err.message).toMatch(message);
      expect(count()).toBe(0);
    });
  }
});

describe('writing', () => {
  it('writes every accepted row in one atomic call of statements under 100 parameters each', async () => {
    const calls: CompiledQuery[][] = [];
    const { run, count } = await setup((atomic) => (statements) => {
      calls.push(statements.map((s) => ('compile' in s ? (s as Compilable<unknown>).compile() : s)));
      return atomic(statements);
    });
    await run(roster(30));
    const report = await run(roster(45, 20).replace(/,yes\n/g, ',no\n'));
    expect(report.summary).toMatchObject({ created: 35, updated: 10 });
    expect(calls).toHaveLength(2);
    const all = calls.flat();
    expect(Math.max(...all.map((q) => q.parameters.length))).toBeLessThan(100);
    expect(calls[1]!.filter((q) => /^insert/i.test(q.sql))).toHaveLength(5); // 35 rows, 8 a statement
    expect(calls[1]!.filter((q) => /^update/i.test(q.sql))).toHaveLength(10);
    expect(count()).toBe(65);
  });

  it('stores nothing when any statement of the write fails', async () => {
    const { ctx, run, count } = await setup();
    await run(roster(10));
    ctx.raw.exec(
      "CREATE TRIGGER refuse_one BEFORE INSERT ON contacts WHEN NEW.first_name = 'Worker42' BEGIN SELECT RAISE(ABORT, 'disk said no'); END",
    );
    // Updates the first ten (consent yes to no) and adds forty more, one of which the trigger refuses.
    await expect(run(roster(50).replace(/,yes\n/g, ',no\n'))).rejects.toThrow(/disk said no/);
    expect(count()).toBe(10);
    expect(ctx.raw.prepare('SELECT DISTINCT sms_consent FROM contacts').all()).toEqual([{ sms_consent: 1 }]);
  });

  it('answers CONFLICT and stores nothing when a contact appears between the read and the write', async () => {
    const { ctx, run, count } = await setup((atomic, deps) => async (statements) => {
      // Another request adds one of the file's people while the import is checking its rows.
      await deps.db
        .insertInto('contacts')
        .values({
          id: 'other',
          partnership_id: (await deps.db.selectFrom('partnerships').select('id').executeTakeFirstOrThrow())
            .id,
          kind: 'worker',
          first_name: 'Early',
          phone: '+18155551003',
          created_at: '2026-08-15',
        })
        .execute();
      return atomic(statements);
    });
    const err = await refusal(run(roster(20)));
    expect([err.code, err.status]).toEqual(['CONFLICT', 409]);
    expect(count()).toBe(1);
    expect(ctx.raw.prepare('SELECT id FROM contacts').get()).toEqual({ id: 'other' });
  });
});

describe('dry run', () => {
  it('reports exactly what the import would do and writes nothing', async () => {
    const { run, count } = await setup();
    await run(roster(3));
    const file = roster(6).replace('Worker1,', 'Renamed,') + 'Bad,555-12,yes\n';
    const preview = await run(file, true);
    expect(count()).toBe(3);
    expect(preview.dryRun).toBe(true);
    expect(preview.preview.map((p) => [p.row, p.action, p.contact.firstName, p.contact.id === null])).toEqual(
      [
        [2, 'unchanged', 'Worker0', false],
        [3, 'update', 'Renamed', false],
        [4, 'unchanged', 'Worker2', false],
        [5, 'create', 'Worker3', true],
        [6, 'create', 'Worker4', true],
        [7, 'create', 'Worker5', true],
      ],
    );
    const done = await run(file);
    expect({ ...done, dryRun: true, preview: [] }).toEqual({ ...preview, preview: [] });
    expect(done.preview.every((p) => typeof p.contact.id === 'string')).toBe(true);
    expect(count()).toBe(6);
  });
});
