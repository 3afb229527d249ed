/**
 * Review figures that do not mislead, attacked through the API: poster answers never move a response
 * rate, a live period's changes are never called meaningful, and the workbook export holds no figure
 * the JSON hides.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { allQuestions, getTemplate, type Answers } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { staffClient, TestClient, testClientHeader } from '../helpers/app.ts';
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
    // Not a single change anywhere in the live review is flagged.
    expect(JSON.stringify(live)).not.toMatch(/"meaningful":true/);

    // The same answers, the campaign closed and the quarter over: now they are findings.
    await f.client.post(`/api/campaigns/${q2.campaignId}/close`);
    f.ctx.clock.set('2027-01-05T15:00:00Z');
    const settled = await review(f, 'PY2026-Q2');
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
});

describe('GET /api/partnerships/:id/reviews/:period?format=xlsx', () => {
  it('is a workbook an independent reader opens: a sheet per template, goals, actions, comments, marks for every hidden figure', async () => {
    const f = await reviewFixture({ workers: 40, employers: 0 });
    await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 23,
      answers: (i) => validAnswers(def, seededRandom(i + 7)),
    });
    await f.client.post(`/api/partnerships/${f.partnershipId}/goals`, {
      label: 'Job quality at least 70',
      templateId: 'worker-voice',
      measure: 'index.jqi',
      target: 70,
    });
    await f.client.post(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q1/actions`, {
      heard: 'Shift notice is short',
      action: '=HYPERLINK("http://evil.example") two weeks of notice',
    });
    const json = await review(f, 'PY2026-Q1');
    const res = await f.ctx.app.request(
      `/api/partnerships/${f.partnershipId}/reviews/PY2026-Q1?format=xlsx`,
      {
        headers: { authorization: `Bearer ${f.client.token}` },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="review-PY2026-Q1.xlsx"');
    const bytes = new Uint8Array(await res.arrayBuffer());

    // The zip itself, checked by Info-ZIP's own reader.
    const dir = mkdtempSync(join(tmpdir(), 'sv-xlsx-'));
    writeFileSync(join(dir, 'r.xlsx'), bytes);
    expect(execFileSync('unzip', ['-t', join(dir, 'r.xlsx')]).toString()).toMatch(/No errors detected/);

    const wb = XLSX.read(bytes, { type: 'array' });
    expect(wb.SheetNames).toEqual(['Summary', json.templates[0].title, 'Goals', 'Action items', 'Comments']);
    const rows = (name: string) =>
      XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, defval: null });
    const summary = rows('Summary');
    expect(summary).toContainEqual(['Partnership', 'River Valley Advanced Manufacturing', null, null, null]);
    expect(JSON.stringify(summary)).toMatch(/provisional: [^"]*campaigns are still open/);

    const sheet = rows(json.templates[0].title);
    const t = json.templates[0];
    const overall = sheet.find((r) => r[0] === 'Overall' && r[3] === 'Job quality index')!;
    expect(overall[4]).toBe(t.overall.measures['index.jqi'].n);
    expect(overall[5]).toBeCloseTo(t.overall.measures['index.jqi'].value, 1);
    expect(overall[8]).toBe('provisional');

    // Every figure the JSON hides is a mark in the workbook, and no hidden row holds a number.
    const hiddenInJson = t.breakdowns.flatMap((b: any) =>
      b.groups.flatMap((g: any) => Object.values(g.measures).filter((s: any) => s.suppressed)),
    ).length;
    const breakdownRows = sheet.filter((r) => r[0] === 'Breakdown');
    const marked = breakdownRows.filter((r) => typeof r[5] === 'string' && String(r[5]).startsWith('hidden'));
    expect(hiddenInJson).toBeGreaterThan(0);
    expect(marked).toHaveLength(hiddenInJson);
    for (const r of marked) expect(r.slice(4, 8).some((c) => typeof c === 'number')).toBe(false);
    for (const r of sheet.slice(1))
      if (String(r[8] ?? '').startsWith('hidden'))
        expect(r.slice(4, 8).some((c) => typeof c === 'number')).toBe(false);
    expect(JSON.stringify(sheet)).not.toMatch(/fewer than 5"[^\]]*protect/);

    expect(rows('Goals')[1]).toEqual([
      'Job quality at least 70',
      'worker-voice',
      'index.jqi',
      'at least',
      70,
      expect.anything(),
      expect.stringMatching(/met|not met|not enough responses/),
    ]);
    // A formula-looking text stays text: no cell of the workbook is a formula.
    const actionCell = wb.Sheets['Action items']!.B2!;
    expect(actionCell).toMatchObject({ t: 's', v: '=HYPERLINK("http://evil.example") two weeks of notice' });
    expect(actionCell.f).toBeUndefined();
    const comments = rows('Comments');
    expect(comments[0]).toEqual(['Template', 'Comment']);
    expect(comments.slice(1).map((r) => r[1])).toEqual(t.comments.items);

    // The CSV says the same: a reason on every hidden row and no number in it, provisional throughout.
    const csv = (await f.client.get(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q1?format=csv`))
      .text;
    const csvRows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(csvRows[0]!.slice(-2)).toEqual(['hidden_reason', 'provisional']);
    const hiddenRows = csvRows.filter((r) => r[9] === 'true');
    expect(hiddenRows.length).toBeGreaterThan(0);
    for (const r of hiddenRows) {
      expect(['small', 'protects-another', 'withheld']).toContain(r[16]);
      expect(r.slice(5, 7)).toEqual(['', '']);
    }
    expect(csvRows.find((r) => r[2] === 'index.jqi' && r[3] === '')![17]).toBe('true');
    expect(csvRows.find((r) => r[2] === 'poster_visits')!.slice(5, 7)).toEqual(['0', '0']);

    // The same review gives the same bytes (nothing in the file says when it was fetched).
    const again = await f.ctx.app.request(
      `/api/partnerships/${f.partnershipId}/reviews/PY2026-Q1?format=xlsx`,
      {
        headers: { authorization: `Bearer ${f.client.token}` },
      },
    );
    expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('who may download the workbook', () => {
  const xlsxText = async (res: Response) => {
    const wb = XLSX.read(new Uint8Array(await res.arrayBuffer()), { type: 'array' });
    return wb.SheetNames.map((n) =>
      JSON.stringify(XLSX.utils.sheet_to_json(wb.Sheets[n]!, { header: 1 })),
    ).join('\n');
  };

  it('gives members theirs (an employer only their own organization), and refuses everyone else with the envelope', async () => {
    const f = await reviewFixture({ workers: 45 });
    await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 45,
      answers: (i) => validAnswers(def, seededRandom(i + 3)),
      close: true,
    });
    const other = await f.client.post('/api/partnerships', {
      name: 'Lakeshore Health Careers',
      sector: 'Healthcare',
      region: 'Lakeshore',
      timeZone: 'America/Chicago',
      reviewYear: 'program',
    });
    const path = (id: string, q = '?format=xlsx') => `/api/partnerships/${id}/reviews/PY2026-Q1${q}`;
    const admin = new TestClient(f.ctx);
    await admin.post('/api/auth/login', { email: 'admin@example.org', password: 'correct horse battery' });
    const viewer = await staffClient(f.ctx, admin, 'viewer', [f.partnershipId]);
    const outsider = await staffClient(f.ctx, admin, 'analyst', [other.json.partnership.id]);
    const made = await f.client.post('/api/users', {
      email: 'hr@employer2.example',
      name: 'Employer Two HR',
      password: 'correct horse battery',
      role: 'viewer',
      memberships: [{ partnershipId: f.partnershipId, organizationId: f.orgIds[1] }],
    });
    expect(made.status, made.text).toBe(201);
    const employer = new TestClient(f.ctx);
    await employer.post('/api/auth/login', {
      email: 'hr@employer2.example',
      password: 'correct horse battery',
    });

    const raw = (client: TestClient, url: string) =>
      f.ctx.app.request(url, { headers: { cookie: client.cookie } });
    const asViewer = await raw(viewer, path(f.partnershipId));
    expect(asViewer.status).toBe(200);
    expect(await xlsxText(asViewer)).toContain('Employer 1');

    const asEmployer = await raw(employer, path(f.partnershipId));
    expect(asEmployer.status).toBe(200);
    const text = await xlsxText(asEmployer);
    expect(text).toContain('Employer 2');
    for (const hidden of ['Employer 1', 'Employer 3', 'welder']) expect(text).not.toContain(hidden);

    for (const [res, status, code] of [
      [await outsider.get(path(f.partnershipId)), 404, 'NOT_FOUND'],
      [await f.client.get(path('nope')), 404, 'NOT_FOUND'],
      [await f.client.get(path(f.partnershipId, '?format=xls')), 422, 'VALIDATION_FAILED'],
      [
        await f.client.get(`/api/partnerships/${f.partnershipId}/reviews/2026-Q9?format=xlsx`),
        422,
        'VALIDATION_FAILED',
      ],
      [await new TestClient(f.ctx).get(path(f.partnershipId)), 401, 'UNAUTHENTICATED'],
    ] as const) {
      expect(res.status).toBe(status);
      if (code) expect(res.json.error.code).toBe(code);
    }
  });
});
