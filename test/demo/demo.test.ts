import { beforeAll, describe, expect, it } from 'vitest';
import { listUsers } from '../../server/auth/users.ts';
import { ensureDemoAdmin } from '../../server/demo/admin.ts';
import { loadDemo, type DemoResult } from '../../server/demo/demo.ts';
import { dimensionScores, getTemplate, validateAnswers, type SurveyDefinition } from '../../surveys/index.ts';
import { makeTestApp, type TestContext } from '../helpers/app.ts';

const pastPeriods = ['PY2025-Q2', 'PY2025-Q3', 'PY2025-Q4', 'PY2026-Q1'];

interface StoredResponse {
  period: string;
  template_id: string;
  template_version: number;
  submitted_on: string;
  segment: string;
  answers: string;
  opens_on: string;
  closes_on: string;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('the demo partnership', () => {
  let ctx: TestContext;
  let demo: DemoResult;
  let responses: StoredResponse[];
  let orgByName: Map<string, string>;
  let seconds: number;

  beforeAll(async () => {
    ctx = makeTestApp({ now: '2026-11-21T17:00:00Z' });
    const started = performance.now();
    demo = await loadDemo(ctx.deps, { seed: 1 });
    seconds = (performance.now() - started) / 1000;
    responses = ctx.raw
      .prepare(
        `SELECT c.period, r.template_id, r.template_version, r.submitted_on, r.segment, r.answers, c.opens_on, c.closes_on
         FROM responses r JOIN campaigns c ON c.id = r.campaign_id`,
      )
      .all() as StoredResponse[];
    const orgs = ctx.raw.prepare('SELECT id, name FROM organizations').all() as {
      id: string;
      name: string;
    }[];
    orgByName = new Map(orgs.map((o) => [o.name, o.id]));
  });

  it('has nine organizations: board, college, community group and six employers', () => {
    const kinds = ctx.raw.prepare('SELECT kind, count(*) AS n FROM organizations GROUP BY kind').all();
    expect(kinds).toEqual(
      expect.arrayContaining([
        { kind: 'employer', n: 6 },
        { kind: 'workforce_board', n: 1 },
        { kind: 'education', n: 1 },
        { kind: 'community', n: 1 },
      ]),
    );
    expect(demo.organizations).toBe(9);
    expect(demo.partnership).toMatchObject({
      reviewYear: 'program',
      timeZone: 'America/Chicago',
      minGroupSize: 5,
    });
  });

  it('has about 200 workers, about a third preferring Spanish, spread unevenly over the employers', () => {
    const workers = ctx.raw
      .prepare("SELECT organization_id, language, phone, attributes FROM contacts WHERE kind = 'worker'")
      .all() as { organization_id: string; language: string; phone: string | null; attributes: string }[];
    expect(workers.length).toBeGreaterThanOrEqual(180);
    expect(workers.length).toBeLessThanOrEqual(220);
    const spanish = workers.filter((w) => w.language === 'es').length / workers.length;
    expect(spanish).toBeGreaterThan(0.28);
    expect(spanish).toBeLessThan(0.42);
    const perEmployer = new Map<string, number>();
    for (const w of workers)
      perEmployer.set(w.organization_id, (perEmployer.get(w.organization_id) ?? 0) + 1);
    expect(perEmployer.size).toBe(6);
    expect(Math.max(...perEmployer.values())).toBeGreaterThan(2 * Math.min(...perEmployer.values()));
    for (const w of workers) {
      if (w.phone) expect(w.phone).toMatch(/^\+1\d{3}55501\d{2}$/);
      expect(Object.keys(JSON.parse(w.attributes)).sort()).toEqual(['occupation', 'shift', 'site']);
    }
    const employerContacts = ctx.raw
      .prepare("SELECT count(*) AS n FROM contacts WHERE kind = 'employer'")
      .get() as { n: number };
    expect(employerContacts.n).toBeGreaterThanOrEqual(12);
    expect(employerContacts.n).toBeLessThanOrEqual(18);
  });

  it('closed a campaign per template in each of the last four quarters, each answered by 40-75% of invitees', () => {
    const past = demo.campaigns.filter((c) => c.status === 'closed');
    expect(past).toHaveLength(12);
    for (const period of pastPeriods) {
      expect(
        past
          .filter((c) => c.period === period)
          .map((c) => c.templateId)
          .sort(),
      ).toEqual(['employer-satisfaction', 'partner-roi', 'worker-voice']);
    }
    for (const c of past) {
      const share = c.responses / c.invited;
      expect(share, `${c.name}`).toBeGreaterThanOrEqual(c.templateId === 'worker-voice' ? 0.4 : 0.25);
      expect(share, `${c.name}`).toBeLessThanOrEqual(c.templateId === 'worker-voice' ? 0.72 : 0.9);
    }
    const stored = ctx.raw.prepare('SELECT status, count(*) AS n FROM campaigns GROUP BY status').all();
    expect(stored).toEqual(
      expect.arrayContaining([
        { status: 'closed', n: 12 },
        { status: 'open', n: 2 },
      ]),
    );
    // The open quarter's answers wait for their release; every other answer is a response by now.
    const waiting = (ctx.raw.prepare('SELECT count(*) AS n FROM pending_answers').get() as { n: number }).n;
    expect(responses.length + waiting).toBe(demo.responses);
    expect(waiting).toBeLessThan(demo.responses / 10);
  });

  it('stores only responses that pass validation, dated inside their campaign', () => {
    for (const r of responses) {
      const def = getTemplate(r.template_id, r.template_version)!;
      const answers = JSON.parse(r.answers) as Record<string, unknown>;
      expect(validateAnswers(def, answers).ok).toBe(true);
      expect(r.submitted_on >= r.opens_on && r.submitted_on <= r.closes_on).toBe(true);
    }
    expect(responses.every((r) => r.submitted_on <= '2026-11-21')).toBe(true);
  });

  it('has free-text comments in both languages, some with a phone number or email to mask', () => {
    const comments = responses
      .map((r) => (JSON.parse(r.answers) as { comment?: string }).comment)
      .filter(Boolean) as string[];
    expect(comments.length).toBeGreaterThan(20);
    expect(comments.some((c) => /[áéíóúñ¿]/.test(c))).toBe(true);
    expect(comments.some((c) => /\d{3}[ -)]*555[ -]01\d\d/.test(c))).toBe(true);
    expect(comments.some((c) => /@[a-z.]+\.example/.test(c))).toBe(true);
  });

  const workerPay = (employer: string, periods: string[]) => {
    const def = getTemplate('worker-voice') as SurveyDefinition;
    const id = orgByName.get(employer);
    return mean(
      responses
        .filter((r) => r.template_id === 'worker-voice' && periods.includes(r.period))
        .filter((r) => (JSON.parse(r.segment) as { organization?: string }).organization === id)
        .map((r) => dimensionScores(def, JSON.parse(r.answers)).pay!),
    );
  };

  it('shows pay that differs by employer', () => {
    const pay = ['Prairie Precision Machining', 'Riverbend Plastics', 'Lakeside Electronics Assembly'].map(
      (e) => workerPay(e, pastPeriods),
    );
    expect(pay.every(Number.isFinite)).toBe(true);
    expect(pay[0]! - pay[1]!).toBeGreaterThan(25);
    expect(pay[2]! - pay[1]!).toBeGreaterThan(15);
  });

  it('shows one employer improving pay after mid-year', () => {
    const before = workerPay('Heartland Metal Fabrication', pastPeriods.slice(0, 2));
    const after = workerPay('Heartland Metal Fabrication', pastPeriods.slice(2));
    expect(after - before).toBeGreaterThan(20);
  });

  it('shows employer NPS rising over the year', () => {
    const npsOf = (periods: string[]) => {
      const scores = responses
        .filter((r) => r.template_id === 'employer-satisfaction' && periods.includes(r.period))
        .map((r) => (JSON.parse(r.answers) as { recommend: number }).recommend);
      return (
        (100 * (scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length)) / scores.length
      );
    };
    expect(npsOf(pastPeriods.slice(2))).toBeGreaterThan(npsOf(pastPeriods.slice(0, 2)) + 20);
  });

  it('leaves the current quarter open and partly answered, with links to click', () => {
    const open = demo.campaigns.filter((c) => c.status === 'open');
    expect(open.map((c) => [c.templateId, c.period])).toEqual([
      ['worker-voice', 'PY2026-Q2'],
      ['employer-satisfaction', 'PY2026-Q2'],
    ]);
    for (const c of open) {
      const pending = ctx.raw
        .prepare('SELECT count(*) AS n FROM invitations WHERE campaign_id = ? AND completed = 0')
        .get(c.id) as { n: number };
      expect(pending.n).toBe(c.invited - c.responses);
      expect(pending.n).toBeGreaterThan(c.invited / 2);
    }
    expect(open[0]!.responses / open[0]!.invited).toBeGreaterThan(0.1);
    // Workers reading Vietnamese and Arabic are among them, each link opening in its reader's language.
    expect(demo.workerLinks).toHaveLength(7);
    expect(demo.workerLinks.map((l) => l.language)).toEqual(['en', 'en', 'en', 'es', 'es', 'vi', 'ar']);
    for (const l of [...demo.workerLinks, demo.employerLink!])
      expect(l.url).toMatch(/^http:\/\/survey\.test\/s\/[\w-]{24}$/);
  });

  it('hands out links that open the survey', async () => {
    const res = await ctx.app.request(new URL(demo.workerLinks[0]!.url).pathname);
    expect(res.status).toBe(200);
  });

  it('loads well within a minute', () => {
    expect(seconds).toBeLessThan(60);
  });

  it('refuses a second copy unless forced, which adds a numbered one', async () => {
    await expect(loadDemo(ctx.deps)).rejects.toMatchObject({ code: 'CONFLICT' });
    const copy = await loadDemo(ctx.deps, { force: true, seed: 2 });
    expect(copy.partnership.name).toBe('River Valley Advanced Manufacturing Partnership (2)');
  });

  it('creates one admin with a printed password only when there is none', async () => {
    const first = await ensureDemoAdmin(ctx.deps);
    expect(first).toMatchObject({ created: true, email: 'admin@example.org' });
    expect(first.created && first.password.length).toBeGreaterThanOrEqual(12);
    expect(await ensureDemoAdmin(ctx.deps)).toEqual({ created: false, emails: ['admin@example.org'] });
    expect(await listUsers(ctx.deps)).toHaveLength(1);
  });
});
