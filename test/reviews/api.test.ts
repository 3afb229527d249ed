import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { TestClient } from '../helpers/app.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { reviewFixture, runCampaign, submit, type Fixture } from './fixture.ts';

const def = getTemplate('worker-voice')!;

/** Q1 answered by 20 (its campaign stays open into October), then Q1 made final, 2 late answers, Q2 by 25. */
async function twoQuarters(): Promise<Fixture & { late: string[]; q1: string }> {
  const f = await reviewFixture({ workers: 45 });
  const rand = seededRandom(9);
  const q1 = await runCampaign(f, {
    period: 'PY2026-Q1',
    opensOn: '2026-07-01',
    closesOn: '2026-10-31',
    answering: 20,
    answers: () => validAnswers(def, rand),
  });
  return { ...f, late: q1.unused, q1: q1.campaignId };
}

const review = (f: Fixture, period: string, query = '') =>
  f.client.get(`/api/partnerships/${f.partnershipId}/reviews/${period}${query}`);

describe('GET /api/partnerships/:id/reviews/:period', () => {
  it('shows measures with intervals, breakdowns with small groups hidden, and the same in CSV and on the page', async () => {
    const f = await twoQuarters();
    const res = await review(f, '2026-Q3');
    expect(res.status).toBe(200);
    const r = res.json.review;
    expect(r.period).toMatchObject({ name: 'PY2026-Q1', first: '2026-07-01', last: '2026-09-30' });
    const t = r.templates[0];
    expect(t.invitations).toMatchObject({ invited: 45, responses: 20 });
    expect(t.overall.measures['index.jqi']).toMatchObject({ n: 20, suppressed: false });
    expect(t.overall.measures['index.jqi'].low).toBeLessThan(t.overall.measures['index.jqi'].value);
    expect(t.profile).toMatchObject({ of: 8, threshold: 75 });
    const groups = t.breakdowns.flatMap((b: any) => b.groups);
    // Releases move every group by 0 or at least 5, so a small group can only be the remainder that
    // complementary suppression hides with it; whatever is shown rests on at least 5.
    for (const g of groups) {
      if (g.suppressed) expect([g.n, g.measures['index.jqi'].value]).toEqual([null, null]);
      else expect(g.n).toBeGreaterThanOrEqual(5);
    }
    expect(groups.some((g: any) => !g.suppressed && g.key === '~')).toBe(true);
    expect(t.comments).toMatchObject({ shown: true, minimum: 10 });

    const csv = await review(f, 'PY2026-Q1', '?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'period,template,measure,breakdown,group,n,value,interval_low,interval_high,suppressed,previous_period,change_from_previous,meaningful_from_previous,year_before_period,change_from_year_before,meaningful_from_year_before,hidden_reason,provisional',
    );
    const raw = await f.ctx.app.request(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q1?format=csv`, {
      headers: { authorization: `Bearer ${f.client.token}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const hidden = lines.filter((l) => l.includes(',true,') && l.includes('Organization'));
    for (const l of lines.slice(1)) expect(l.split(',').length).toBeGreaterThanOrEqual(16);
    for (const l of hidden) expect(l.split(',').slice(5, 7)).toEqual(['', '']);

    const page = await f.client.get(`/reviews/${f.partnershipId}/PY2026-Q1?paper=a4`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<svg');
    expect(page.text).toContain('fewer than 5');
    expect(page.text).toContain('size:A4');
    expect(page.text).not.toContain('<script');
    expect(page.text).not.toMatch(/(src|href)="https?:/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('freezes a final review; late answers count in the next review and both say so', async () => {
    const f = await twoQuarters();
    f.ctx.clock.set('2026-10-05T15:00:00Z');
    const before = (await review(f, 'PY2026-Q1')).json.review;
    expect((await f.client.post(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q1/final`)).status).toBe(
      201,
    );
    expect((await f.client.post(`/api/partnerships/${f.partnershipId}/reviews/2026-Q3/final`)).status).toBe(
      409,
    );
    // Late answers wait like any other, and count once released (at least five together).
    for (const [i, token] of f.late.slice(0, 5).entries()) {
      await submit(f, token, validAnswers(def, seededRandom(100 + i)));
    }
    expect((await review(f, 'PY2026-Q1')).json.review.late.arrivedAfterFinal).toBe(0);
    await f.client.post(`/api/campaigns/${f.q1}/release`);
    const frozen = (await review(f, 'PY2026-Q1')).json.review;
    expect(frozen.status).toBe('final');
    expect(frozen.templates[0].overall).toEqual(before.templates[0].overall);
    expect(frozen.late.arrivedAfterFinal).toBe(5);

    const rand = seededRandom(10);
    await runCampaign(f, {
      period: 'PY2026-Q2',
      opensOn: '2026-10-06',
      closesOn: '2026-12-31',
      answering: 25,
      answers: () => validAnswers(def, rand),
    });
    const next = (await review(f, 'PY2026-Q2')).json.review;
    expect(next.late.included).toEqual([
      { period: 'PY2026-Q1', campaign: 'worker-voice PY2026-Q1', responses: 5 },
    ]);
    expect(next.templates[0].overall.n).toBe(30);
    const jqi = next.templates[0].overall.measures['index.jqi'];
    expect(jqi.previous).toMatchObject({
      period: 'PY2026-Q1',
      value: before.templates[0].overall.measures['index.jqi'].value,
    });
    expect(typeof jqi.previous.meaningful).toBe('boolean');
    expect(
      (await f.client.post(`/api/partnerships/${f.partnershipId}/reviews/PY2026/final`)).json.error.code,
    ).toBe('CONFLICT');
    expect((await f.client.post(`/api/partnerships/${f.partnershipId}/reviews/PY2027-Q1/final`)).status).toBe(
      409,
    );

    const year = (await review(f, 'PY2026')).json.review;
    expect(year.templates[0].trend.map((p: any) => [p.period, p.n])).toEqual([
      ['PY2026-Q1', 20],
      ['PY2026-Q2', 30],
      ['PY2026-Q3', null],
      ['PY2026-Q4', null],
    ]);
    expect(year.templates[0].overall.n).toBe(50);
  });

  it('judges goals and carries open action items forward until they are closed', async () => {
    const f = await twoQuarters();
    const base = `/api/partnerships/${f.partnershipId}`;
    const goal = await f.client.post(`${base}/goals`, {
      label: 'Job quality at least 70',
      templateId: 'worker-voice',
      measure: 'index.jqi',
      target: 70,
    });
    expect(goal.status).toBe(201);
    await f.client.post(`${base}/goals`, {
      label: 'Response rate 35%',
      templateId: 'worker-voice',
      measure: 'response_rate',
      target: 35,
      periods: ['PY2026-Q1'],
    });
    await f.client.post(`${base}/goals`, {
      label: 'Employer NPS 30',
      templateId: 'employer-satisfaction',
      measure: 'nps.recommend',
      target: 30,
    });
    const item = await f.client.post(`${base}/reviews/PY2026-Q1/actions`, {
      heard: 'Schedules come too late',
      action: 'Two weeks notice pilot',
      owner: 'Board',
      dueOn: '2026-12-15',
    });
    expect(item.status).toBe(201);
    const q1 = (await review(f, 'PY2026-Q1')).json.review;
    const status = Object.fromEntries(q1.goals.map((g: any) => [g.label, g.status]));
    // Random answers average near the middle of the scale, below 70; nobody answered the employer survey.
    expect(status).toEqual({
      'Job quality at least 70': 'not_met',
      'Response rate 35%': 'met',
      'Employer NPS 30': 'not_enough_responses',
    });
    const q2 = (await review(f, 'PY2026-Q2')).json.review;
    expect(q2.goals).toHaveLength(2);
    expect(q2.actions).toEqual([
      expect.objectContaining({ heard: 'Schedules come too late', carriedForward: true, status: 'open' }),
    ]);
    f.ctx.clock.set('2026-11-20T15:00:00Z');
    const done = await f.client.patch(`${base}/actions/${item.json.action.id}`, { status: 'done' });
    expect(done.json.action).toMatchObject({ status: 'done', closedOn: '2026-11-20' });
    expect((await review(f, 'PY2026-Q2')).json.review.actions).toHaveLength(1);
    expect((await review(f, 'PY2026-Q3')).json.review.actions).toEqual([]);
    const list = await f.client.get(`${base}/goals`);
    expect(list.json.goals).toHaveLength(3);
    expect(list.json.measures['worker-voice']['index.jqi']).toBe('Job quality index');
    expect(
      (await f.client.patch(`${base}/goals/${goal.json.goal.id}`, { target: 65 })).json.goal.target,
    ).toBe(65);
    // A change of one field leaves the others as they were, defaults included.
    const rate = list.json.goals.find((g: any) => g.label === 'Response rate 35%');
    await f.client.patch(`${base}/goals/${rate.id}`, { comparison: 'at_most' });
    const renamed = await f.client.patch(`${base}/goals/${rate.id}`, { label: 'Response rate at most 35%' });
    expect(renamed.json.goal).toMatchObject({ comparison: 'at_most', periods: ['PY2026-Q1'], target: 35 });
    expect((await f.client.get(`${base}/goals`)).json.goals).toContainEqual(renamed.json.goal);
    expect((await f.client.del(`${base}/goals/${goal.json.goal.id}`)).status).toBe(200);
    const reviews = await f.client.get(`${base}/reviews`);
    expect(reviews.json.reviews.map((r: any) => r.period)).toEqual(['PY2026', 'PY2026-Q1']);
  });
});

describe('who may see and change reviews', () => {
  async function people(f: Fixture) {
    const made: Record<string, TestClient> = {};
    for (const [role, member] of [
      ['viewer', true],
      ['analyst', true],
      ['outsider', false],
    ] as const) {
      const email = `${role}@example.org`;
      await f.client.post('/api/users', {
        email,
        name: role,
        password: 'correct horse battery',
        role: role === 'outsider' ? 'analyst' : role,
        partnershipIds: member ? [f.partnershipId] : [],
      });
      const c = new TestClient(f.ctx);
      await c.post('/api/auth/login', { email, password: 'correct horse battery' });
      made[role] = c;
    }
    return made;
  }

  it('lets viewers read but not change, hides the partnership from non-members, and asks strangers to sign in', async () => {
    const f = await twoQuarters();
    const { viewer, analyst, outsider } = await people(f);
    const base = `/api/partnerships/${f.partnershipId}`;
    const goal = { label: 'JQI', templateId: 'worker-voice', measure: 'index.jqi', target: 70 };
    expect((await viewer!.get(`${base}/reviews/PY2026-Q1`)).status).toBe(200);
    expect((await viewer!.get(`/reviews/${f.partnershipId}/PY2026-Q1`)).status).toBe(200);
    expect((await viewer!.post(`${base}/goals`, goal)).status).toBe(403);
    expect(
      (await viewer!.post(`${base}/reviews/PY2026-Q1/actions`, { heard: 'a', action: 'b' })).status,
    ).toBe(403);
    expect((await viewer!.post(`${base}/reviews/PY2026-Q1/final`)).status).toBe(403);
    expect((await viewer!.patch(`${base}/review-settings`, { commentMinSize: 12 })).status).toBe(403);
    expect((await analyst!.post(`${base}/goals`, goal)).status).toBe(201);
    expect(
      (await analyst!.patch(`${base}/review-settings`, { commentMinSize: 12 })).json.settings.commentMinSize,
    ).toBe(12);
    expect((await outsider!.get(`${base}/reviews/PY2026-Q1`)).status).toBe(404);
    expect((await outsider!.get(`/reviews/${f.partnershipId}/PY2026-Q1`)).status).toBe(404);
    const stranger = new TestClient(f.ctx);
    expect((await stranger.get(`${base}/reviews/PY2026-Q1`)).json.error.code).toBe('UNAUTHENTICATED');
    const page = await stranger.get(`/reviews/${f.partnershipId}/PY2026-Q1`);
    expect(page.status).toBe(401);
    expect(page.text).toContain('Sign in');
  });

  it('answers every mistake with a 4xx and the error envelope', async () => {
    const f = await twoQuarters();
    const base = `/api/partnerships/${f.partnershipId}`;
    const cases: [Promise<{ status: number; json: any }>, number, string][] = [
      [review(f, '2026-Q9'), 422, 'VALIDATION_FAILED'],
      [review(f, '2026'), 422, 'VALIDATION_FAILED'],
      [review(f, 'PY2026-Q1', '?format=xml'), 422, 'VALIDATION_FAILED'],
      [f.client.get('/api/partnerships/nope/reviews/PY2026-Q1'), 404, 'NOT_FOUND'],
      [f.client.post('/api/partnerships/nope/reviews/PY2026-Q1/final'), 404, 'NOT_FOUND'],
      [
        f.client.request('POST', `${base}/goals`, '{"label":', { 'content-type': 'application/json' }),
        400,
        'BAD_JSON',
      ],
      [
        f.client.post(`${base}/goals`, {
          label: 'x',
          templateId: 'worker-voice',
          measure: 'index.nope',
          target: 1,
        }),
        422,
        'VALIDATION_FAILED',
      ],
      [
        f.client.post(`${base}/goals`, { label: 'x', templateId: 'nope', measure: 'index.jqi', target: 1 }),
        422,
        'VALIDATION_FAILED',
      ],
      [
        f.client.post(`${base}/goals`, {
          label: 'x',
          templateId: 'worker-voice',
          measure: 'index.jqi',
          target: 500,
        }),
        422,
        'VALIDATION_FAILED',
      ],
      [
        f.client.post(`${base}/goals`, {
          label: 'x',
          templateId: 'worker-voice',
          measure: 'index.jqi',
          target: 1,
          periods: ['soon'],
        }),
        422,
        'VALIDATION_FAILED',
      ],
      [f.client.patch(`${base}/goals/nope`, { target: 1 }), 404, 'NOT_FOUND'],
      [f.client.del(`${base}/goals/nope`), 404, 'NOT_FOUND'],
      [
        f.client.post(`${base}/reviews/PY2026-Q1/actions`, { heard: '', action: 'b' }),
        422,
        'VALIDATION_FAILED',
      ],
      [f.client.post(`${base}/reviews/bad/actions`, { heard: 'a', action: 'b' }), 422, 'VALIDATION_FAILED'],
      [f.client.patch(`${base}/actions/nope`, { status: 'done' }), 404, 'NOT_FOUND'],
      [f.client.patch(`${base}/actions/nope`, { status: 'finished' }), 422, 'VALIDATION_FAILED'],
      [f.client.patch(`${base}/review-settings`, { commentMinSize: 2 }), 422, 'VALIDATION_FAILED'],
      // Below the partnership's minimum group size (5): refused, not stored and silently raised.
      [f.client.patch(`${base}/review-settings`, { commentMinSize: 4 }), 422, 'VALIDATION_FAILED'],
      [
        f.client.request('POST', `${base}/goals`, 'label=x', {
          'content-type': 'application/x-www-form-urlencoded',
        }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
    ];
    for (const [res, status, code] of cases) {
      const r = await res;
      expect([r.status, r.json?.error?.code]).toEqual([status, code]);
    }
    expect((await f.client.get(`/reviews/${f.partnershipId}/2026-Q9`)).status).toBe(422);
  });
});
