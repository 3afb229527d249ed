/**
 * Review figures that do not mislead, attacked through the API: poster answers never move a response
 * rate (final reviews included), and a live period's changes are never called meaningful. The
 * workbook is attacked in xlsx.test.ts, the reasons for hidden cells in suppression-reasons.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { allQuestions, getTemplate, type Answers } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { testClientHeader } from '../helpers/app.ts';
import { reviewFixture, runCampaign, submit, type Fixture } from './fixture.ts';

const def = getTemplate('worker-voice')!;

/** Valid answers with every agree item set to `agree` (1-5): a period's scores far from another's. */
const answersAt = (agree: number, seed: number): Answers => {
  const a = validAnswers(def, seededRandom(seed));
  for (const q of allQuestions(def)) if (q.type === 'agree5' && q.id in a) a[q.id] = agree;
  return a;
};

const review = async (f: Fixture, period: string) => {
  const res = await f.client.get(`/api/partnerships/${f.partnershipId}/reviews/${period}`);
  expect(res.status, res.text).toBe(200);
  return res.json.review;
};

async function posterAnswers(f: Fixture, campaignId: string, count: number, from: number) {
  const open = ((await f.client.post(`/api/campaigns/${campaignId}/open-link`)).json.url as string).split(
    '/o/',
  )[1]!;
  const tickets: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await f.ctx.app.request(`/o/${open}`, {
      headers: { [testClientHeader]: `10.9.${from + i}.1` },
    });
    expect(res.status).toBe(303);
    tickets.push(/^\/s\/([\w-]+)/.exec(res.headers.get('location')!)![1]!);
  }
  // People take a few minutes over the questions; an answer sent at once is refused as too fast.
  f.ctx.clock.advance(10 * 60_000);
  for (const [i, ticket] of tickets.entries())
    await submit(f, ticket, validAnswers(def, seededRandom(500 + from + i)));
}

describe('poster answers and the response rate', () => {
  it('divides personal responses by personal invitations; poster visits and answers are counted apart', async () => {
    const f = await reviewFixture({ workers: 20 });
    const { campaignId } = await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 10,
      answers: (i) => validAnswers(def, seededRandom(i + 1)),
    });
    const before = (await review(f, 'PY2026-Q1')).templates[0];
    expect(before.overall.measures.response_rate).toMatchObject({ value: 50, n: 20, suppressed: false });

    await posterAnswers(f, campaignId, 8, 0);
    await f.client.post(`/api/campaigns/${campaignId}/release`);
    const after = (await review(f, 'PY2026-Q1')).templates[0];
    expect(after.invitations).toMatchObject({
      invited: 20,
      responses: 18,
      invitedResponses: 10,
      posterVisits: 8,
      posterResponses: 8,
      posterSuppressed: false,
    });
    const byChannel = Object.fromEntries(after.invitations.channels.map((c: any) => [c.channel, c]));
    expect(byChannel.printed.rate).toMatchObject({ value: 50, n: 20 });
    expect(byChannel.open_link).toMatchObject({ invited: 8, responses: 8, rate: null });
    // Breakdowns have no response-rate column: their groups' answers are not all recorded by group.
    for (const b of after.breakdowns)
      for (const g of b.groups) expect(g.measures.response_rate).toBeUndefined();
    // Eight more answers, and not one moves the rate: visits are not invitations.
    expect(after.overall.measures.response_rate).toEqual(before.overall.measures.response_rate);
    expect(after.overall.n).toBe(18);
  });

  it('shows no rate and no poster count when a release could not record how a few were reached', async () => {
    const f = await reviewFixture({ workers: 20 });
    const { campaignId, unused } = await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 0,
      answers: () => ({}),
    });
    // Ten personal answers and two from the poster, released together: the poster's two are a
    // group too small to record, so the release counts them as "not recorded".
    for (const [i, token] of unused.slice(0, 10).entries())
      await submit(f, token, validAnswers(def, seededRandom(i + 1)));
    await posterAnswers(f, campaignId, 2, 0);
    await f.client.post(`/api/campaigns/${campaignId}/close`);
    const t = (await review(f, 'PY2026-Q1')).templates[0];
    expect(t.overall.n).toBe(12);
    expect(t.invitations).toMatchObject({
      invited: 20,
      responses: 12,
      invitedResponses: null,
      posterVisits: 2,
      posterResponses: null,
    });
    // A rate of 10 in 20 beside 12 responses would say that 2 came from the poster.
    expect(t.overall.measures.response_rate).toBeUndefined();
    for (const ch of t.invitations.channels) expect(ch.responses).toBeNull();
  });
});

describe('a review made final before poster visits left the rate', () => {
  it('keeps its frozen counts and figures, and derives its rate from them by the rule of today', async () => {
    const f = await reviewFixture({ workers: 20 });
    const { campaignId } = await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 10,
      answers: (i) => validAnswers(def, seededRandom(i + 1)),
    });
    await posterAnswers(f, campaignId, 8, 0);
    await f.client.post(`/api/campaigns/${campaignId}/close`);
    f.ctx.clock.set('2026-10-05T15:00:00Z');
    expect((await f.client.post(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q1/final`)).status).toBe(
      201,
    );
    const fresh = (await review(f, 'PY2026-Q1')).templates[0];

    // As the old rule froze it: 18 answers over 20 invitations and 8 poster visits.
    const row = f.ctx.raw.prepare('SELECT model FROM review_finals').get() as { model: string };
    const model = JSON.parse(row.model);
    const t = model.current.templates[0];
    t.overall.measures.response_rate = {
      ...t.overall.measures.response_rate,
      value: (18 / 28) * 100,
      n: 28,
      successes: 18,
    };
    f.ctx.raw.prepare('UPDATE review_finals SET model = ?').run(JSON.stringify(model));

    const old = (await review(f, 'PY2026-Q1')).templates[0];
    expect(old.overall.measures.response_rate).toMatchObject({ value: 50, n: 20 });
    expect(old.overall).toEqual(fresh.overall);
    expect(old.invitations).toEqual(fresh.invitations);
    expect(old.invitations).toMatchObject({
      invited: 20,
      responses: 18,
      posterVisits: 8,
      posterResponses: 8,
    });
  });
});

describe('a live period is provisional', () => {
  it('calls no change meaningful while its campaign is open, and the same figures are findings once closed and over', async () => {
    const f = await reviewFixture({ workers: 40 });
    await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 36,
      answers: (i) => answersAt(1, i + 1),
      close: true,
    });
    const q2 = await runCampaign(f, {
      period: 'PY2026-Q2',
      opensOn: '2026-10-01',
      closesOn: '2026-12-20',
      answering: 10,
      answers: (i) => answersAt(5, i + 100),
    });
    const live = await review(f, 'PY2026-Q2');
    expect(live.status).toBe('live');
    expect(live.provisional).toEqual({
      reasons: expect.arrayContaining(['period-not-ended', 'campaigns-open']),
      openCampaigns: 1,
      periodEnds: '2026-12-31',
    });
    const t = live.templates[0];
    expect(t.provisional).toBe(true);
    for (const m of ['response_rate', 'index.jqi']) {
      expect(t.overall.measures[m].provisional).toBe(true);
      expect(t.overall.measures[m].previous).toMatchObject({ provisional: true, meaningful: false });
      expect(Math.abs(t.overall.measures[m].previous.difference)).toBeGreaterThan(30);
    }
    const listed = async () =>
      Object.fromEntries(
        (await f.client.get(`/api/partnerships/${f.partnershipId}/reviews`)).json.reviews.map(
          (r: { period: string; provisional: boolean }) => [r.period, r.provisional],
        ),
      );
    expect(await listed()).toMatchObject({ 'PY2026-Q2': true, 'PY2026-Q1': false, PY2026: true });
    // Not a single change anywhere in the live review is flagged.
    expect(JSON.stringify(live)).not.toMatch(/"meaningful":true/);

    // The same answers, the campaign closed and the quarter over: now they are findings.
    await f.client.post(`/api/campaigns/${q2.campaignId}/close`);
    f.ctx.clock.set('2027-01-05T15:00:00Z');
    const settled = await review(f, 'PY2026-Q2');
    expect(await listed()).toMatchObject({ 'PY2026-Q2': false, PY2026: true });
    expect(settled.provisional).toBeNull();
    const s = settled.templates[0];
    expect(s.overall.measures['index.jqi'].value).toBe(t.overall.measures['index.jqi'].value);
    expect(s.overall.measures.response_rate.previous).toMatchObject({ provisional: false, meaningful: true });
    expect(s.overall.measures['index.jqi'].previous).toMatchObject({ provisional: false, meaningful: true });

    // A review made final while a campaign is open says so for good.
    const f2 = await reviewFixture({ workers: 20 });
    await runCampaign(f2, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-10-31',
      answering: 10,
      answers: (i) => validAnswers(def, seededRandom(i + 1)),
    });
    f2.ctx.clock.set('2026-10-05T15:00:00Z');
    expect(
      (await f2.client.post(`/api/partnerships/${f2.partnershipId}/reviews/PY2026-Q1/final`)).status,
    ).toBe(201);
    const final = await review(f2, 'PY2026-Q1');
    expect(final.provisional).toMatchObject({ reasons: ['final-before-close'] });
  });

  it('is settled once its campaign has passed its close date and the quarter is over, with no "close now"', async () => {
    const f = await reviewFixture({ workers: 40 });
    await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 36,
      answers: (i) => answersAt(1, i + 1),
      close: true,
    });
    await runCampaign(f, {
      period: 'PY2026-Q2',
      opensOn: '2026-10-01',
      closesOn: '2026-12-20',
      answering: 10,
      answers: (i) => answersAt(5, i + 100),
    });
    // Nobody pressed "close now": the campaign ended on its date, which is what most campaigns do.
    f.ctx.clock.set('2027-01-05T15:00:00Z');
    const settled = await review(f, 'PY2026-Q2');
    expect(settled.provisional).toBeNull();
    const t = settled.templates[0];
    expect(t.provisional).toBe(false);
    expect(t.overall.measures['index.jqi'].previous).toMatchObject({ provisional: false, meaningful: true });
    const listed = (await f.client.get(`/api/partnerships/${f.partnershipId}/reviews`)).json.reviews;
    expect(listed.find((r: { period: string }) => r.period === 'PY2026-Q2').provisional).toBe(false);

    // A final review made after that close date does not claim it was made while the campaign was open.
    const made = await f.client.post(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q2/final`);
    expect(made.status, made.text).toBe(201);
    expect((await review(f, 'PY2026-Q2')).provisional).toBeNull();
  });
});
