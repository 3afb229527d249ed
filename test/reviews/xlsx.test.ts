/**
 * The review as an .xlsx workbook, through the API: opened by an independent reader (SheetJS, and
 * Info-ZIP for the zip), checked against the JSON figure by figure, and served to members only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { staffClient, TestClient } from '../helpers/app.ts';
import { reviewFixture, runCampaign, type Fixture } from './fixture.ts';

const def = getTemplate('worker-voice')!;

const review = async (f: Fixture, period: string) => {
  const res = await f.client.get(`/api/partnerships/${f.partnershipId}/reviews/${period}`);
  expect(res.status, res.text).toBe(200);
  return res.json.review;
};

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
    expect(wb.SheetNames).toEqual(['Summary', 'Worker voice', 'Goals', 'Action items', 'Comments']);
    const rows = (name: string) =>
      XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, defval: null });
    const summary = rows('Summary');
    expect(summary).toContainEqual(['Partnership', 'River Valley Advanced Manufacturing', null, null, null]);
    expect(JSON.stringify(summary)).toMatch(/provisional: [^"]*campaigns are still open/);

    const sheet = rows('Worker voice');
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
      expect.stringMatching(/^(met|not met|not enough responses) \(provisional\)$/),
    ]);
    expect(json.goals[0].provisional).toBe(true);
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
