/**
 * The review workbook through `npm start`'s server, over the demo partnership: every review a staff
 * member can list downloads as a workbook (through the real socket and its compression) that an
 * independent reader opens, and no number in it is one the JSON review does not show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { sheetName } from '../../server/reviews/review-xlsx.ts';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';

let server: RunningServer;
let admin: TestClient;
let partnershipId = '';
const client = () => new TestClient((path, init) => fetch(server.base + path, init));

beforeAll(async () => {
  server = await startNodeServer();
  admin = await setUpAdmin(client());
  const demo = await admin.post('/api/demo');
  expect(demo.status, demo.text).toBe(201);
  partnershipId = demo.json.partnership.id;
}, 120_000);

afterAll(() => server?.stop());

/** Every number the JSON holds, as the workbook would write it (to one decimal). */
function numbersIn(value: unknown, out = new Set<number>()): Set<number> {
  if (typeof value === 'number') out.add(Math.round(value * 10) / 10);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

describe('review workbooks on the real server', () => {
  it(
    'opens for every review of the demo and shows no number the JSON hides',
    { timeout: 120_000 },
    async () => {
      const listed = (await admin.get(`/api/partnerships/${partnershipId}/reviews`)).json.reviews as {
        period: string;
      }[];
      expect(listed.length).toBeGreaterThan(1);
      let hiddenSeen = 0;
      for (const { period } of listed) {
        const path = `/api/partnerships/${partnershipId}/reviews/${period}`;
        const json = (await admin.get(path)).json.review;
        const res = await fetch(`${server.base}${path}?format=xlsx`, {
          headers: { cookie: admin.cookie, 'accept-encoding': 'gzip' },
        });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
        const wb = XLSX.read(new Uint8Array(await res.arrayBuffer()), { type: 'array' });
        expect(wb.SheetNames).toEqual([
          'Summary',
          ...json.templates.map((t: { kind: string }) => sheetName[t.kind]),
          'Goals',
          'Action items',
          'Comments',
        ]);
        const shown = numbersIn(json);
        for (const name of wb.SheetNames) {
          const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, defval: null });
          for (const row of rows) {
            const text = row.map((c) => String(c ?? '')).join(' ');
            if (/hidden/.test(text)) hiddenSeen++;
            for (const cell of row)
              if (typeof cell === 'number') expect(shown, `${period} ${name}: ${text}`).toContain(cell);
          }
        }
      }
      // The demo has small groups: the check above met hidden figures, not only shown ones.
      expect(hiddenSeen).toBeGreaterThan(0);
    },
  );
});
