/**
 * The review's workbook on the Worker build: workerd with a local D1 draws the review and writes the
 * .xlsx with the same code as Node (fflate, no Node API). Staff answer through real links, close the
 * campaign (its release), and download the file as a browser would, with the session cookie.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { HttpClient } from './client.ts';
import { fullAnswers, seedWorker, type WorkerSeed } from './seed.ts';
import { startLocalWorker, type LocalWorker } from './wrangler.ts';

let worker: LocalWorker;
let seed: WorkerSeed;

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-xlsx-');
  seed = await seedWorker(worker.dev.url, 7);
}, 240_000);

afterAll(() => worker?.stop(), 60_000);

describe('GET /api/partnerships/:id/reviews/:period?format=xlsx on the Worker', { timeout: 120_000 }, () => {
  it('downloads a workbook that holds what the JSON shows, and marks what it hides', async () => {
    for (const token of seed.tokens.slice(0, 6)) {
      const res = await new HttpClient(worker.dev.url).post(`/s/${token}/submit`, {
        answers: fullAnswers(seed.template),
      });
      expect(res.status, res.text).toBe(200);
    }
    expect((await seed.admin.post(`/api/campaigns/${seed.campaignId}/close`)).status).toBe(200);
    const path = `/api/partnerships/${seed.partnershipId}/reviews/PY2026-Q2`;
    const json = (await seed.admin.get(path)).json.review;
    expect(json.templates[0].overall.n).toBe(6);

    const res = await fetch(`${worker.dev.url}${path}?format=xlsx`, {
      headers: { cookie: seed.admin.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    const dir = mkdtempSync(join(tmpdir(), 'sv-worker-xlsx-'));
    writeFileSync(join(dir, 'review.xlsx'), bytes);
    expect(execFileSync('unzip', ['-t', join(dir, 'review.xlsx')]).toString()).toMatch(/No errors detected/);

    const wb = XLSX.read(bytes, { type: 'array' });
    expect(wb.SheetNames).toEqual(['Summary', 'Worker voice', 'Goals', 'Action items', 'Comments']);
    const sheet = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Worker voice']!, {
      header: 1,
      defval: null,
    });
    const responses = sheet.find((r) => r[0] === 'Overall' && r[3] === 'Responses')!;
    expect(responses[4]).toBe(6);
    // One organization and six answers: every breakdown group below the total is too small or would
    // give one away, and reads as hidden, never as a number.
    for (const r of sheet.filter((x) => x[0] === 'Breakdown' && x[5] !== null && typeof x[5] !== 'number'))
      expect(String(r[5])).toMatch(/^hidden/);
    const hiddenInJson = json.templates[0].breakdowns.flatMap((b: any) =>
      b.groups.flatMap((g: any) => Object.values(g.measures).filter((s: any) => s.suppressed)),
    ).length;
    expect(sheet.filter((r) => r[0] === 'Breakdown' && String(r[5]).startsWith('hidden'))).toHaveLength(
      hiddenInJson,
    );

    // Another partnership's review, and no session: the same refusals as JSON.
    const other = await fetch(`${worker.dev.url}/api/partnerships/nope/reviews/PY2026-Q2?format=xlsx`, {
      headers: { cookie: seed.admin.cookie },
    });
    expect(other.status).toBe(404);
    expect((await other.json()).error.code).toBe('NOT_FOUND');
    const anonymous = await fetch(`${worker.dev.url}${path}?format=xlsx`);
    expect(anonymous.status).toBe(401);
  });
});
