/**
 * An import over one request's statement budget (D1: 1,000 queries per Worker invocation) is written
 * one atomic part per request; posting the same file again continues it, and nobody is added twice.
 */
import { describe, expect, it } from 'vitest';
import { importContacts } from '../../server/partnerships/import.ts';
import { createPartnership } from '../../server/partnerships/partnerships.ts';
import { makeTestApp, type TestContext } from '../helpers/app.ts';

const roster = (n: number) =>
  'firstName,phone,email,smsConsent\n' +
  Array.from({ length: n }, (_, i) => `Worker${i},+1815555${String(1000 + i)},w${i}@work.example,yes\n`).join(
    '',
  );

const partnership = (ctx: TestContext) =>
  createPartnership(ctx.deps, {
    name: 'RV',
    sector: 'Health',
    region: 'RV',
    timeZone: 'America/Chicago',
    reviewYear: 'program',
    minGroupSize: 5,
  });

describe('an import larger than the statement budget', () => {
  it('writes a part per run and is complete once the same file has been posted enough times', async () => {
    const ctx = makeTestApp();
    const p = await partnership(ctx);
    // 100 new contacts are 13 inserts of up to 8; five statements a run.
    const deps = { ...ctx.deps, statementBudget: 5 };
    const count = () => (ctx.raw.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
    const progress: number[] = [];
    const first = await importContacts(deps, p.id, roster(100), {
      defaultKind: 'worker',
      onProgress: (x) => x.phase === 'writing' && progress.push(x.done),
    });
    expect(first.complete).toBe(false);
    expect(first.summary).toMatchObject({ rows: 100, created: 100 });
    expect(first.notes.at(-1)).toMatch(/post the same file again/);
    expect(first.preview.every((r) => r.contact.id === null)).toBe(true);
    expect(progress).toEqual([0, 5]);
    expect(count()).toBe(40);

    const second = await importContacts(deps, p.id, roster(100), { defaultKind: 'worker' });
    expect(second.summary).toMatchObject({ created: 60, unchanged: 40 });
    expect(count()).toBe(80);
    const third = await importContacts(deps, p.id, roster(100), { defaultKind: 'worker' });
    expect(third).toMatchObject({ complete: true, summary: { created: 20, unchanged: 80 } });
    expect(count()).toBe(100);
    expect(
      (ctx.raw.prepare('SELECT count(DISTINCT phone) AS n FROM contacts').get() as { n: number }).n,
    ).toBe(100);
  });

  it('is one atomic write when it fits, as on SQLite', async () => {
    const ctx = makeTestApp();
    const p = await partnership(ctx);
    const report = await importContacts({ ...ctx.deps, statementBudget: 600 }, p.id, roster(100), {
      defaultKind: 'worker',
    });
    expect(report.complete).toBe(true);
    expect(report.notes.some((n) => /post the same file again/.test(n))).toBe(false);
  });
});
