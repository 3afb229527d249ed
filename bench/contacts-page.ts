/**
 * contacts_page_ms: one page of 50 of a partnership's 100,000 contacts, filtered by kind and
 * organization, as the dashboard asks for it (GET /api/partnerships/:id/contacts through the app, with
 * a session), median of 30 after a warm-up, on a SQLite file. contacts_search_ms is the same page
 * searched by part of a name, contacts_phone_search_ms by a phone's digits, contacts_deep_page_ms the
 * page after the 99,000th row by cursor. Each includes counting every match.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app.ts';
import { TestClient } from '../test/helpers/app.ts';
import { seededRandom } from '../test/helpers/answers.ts';
import { benchDeps } from './seed.ts';
import type { Figure } from './run.ts';

const contacts = 100_000;
const firstNames = ['María', 'José', 'Ana', 'Luis', 'James', 'Mary', 'Robert', 'Linda', 'DeShawn', 'Fatima', 'Kwame'];
const lastNames = ['García', 'Rodríguez', 'López', 'Smith', 'Johnson', 'Williams', "O'Brien", 'Nguyen', 'Kowalski'];

async function median(times: number, run: () => Promise<void>) {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return Math.round(ms[Math.floor(ms.length / 2)]! * 10) / 10;
}

export async function contactsPageBench(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sv-contacts-page-'));
  try {
    const { deps } = benchDeps(dir);
    const app = createApp(() => deps);
    const client = new TestClient({ app });
    await client.post('/api/setup', { email: 'bench@example.org', name: 'Bench', password: 'bench password 123' });
    const p = await client.post('/api/partnerships', {
      name: 'Bench', sector: 'Manufacturing', region: 'Valley', timeZone: 'UTC',
    });
    const pid = p.json.partnership.id as string;
    const orgs: string[] = [];
    for (let i = 0; i < 20; i++) {
      const o = await client.post(`/api/partnerships/${pid}/organizations`, { name: `Employer ${i}`, kind: 'employer' });
      orgs.push(o.json.organization.id);
    }
    // Written straight into the file: the import has its own figure (import_100k_s).
    const rand = seededRandom(14);
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
    const raw = deps.sqlite.raw;
    const insert = raw.prepare(`INSERT INTO contacts (id, partnership_id, organization_id, kind, first_name,
      last_name, email, phone, language, attributes, sms_consent, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, '2026-01-01T00:00:00Z')`);
    raw.transaction(() => {
      for (let i = 0; i < contacts; i++) {
        insert.run(
          `c${String(i).padStart(6, '0')}`, pid, pick(orgs), i % 10 === 0 ? 'employer' : 'worker',
          pick(firstNames), pick(lastNames), i % 3 === 0 ? null : `p${i}@bench.example`,
          `+1312${String(5_000_000 + i).padStart(7, '0')}`, i % 4 === 0 ? 'es' : 'en', i % 2,
        );
      }
    })();
    raw.exec('ANALYZE');
    const base = `/api/partnerships/${pid}/contacts`;
    const page = async (query: string) => {
      const res = await client.get(`${base}?${query}`);
      if (res.status !== 200 || res.json.contacts.length === 0) throw new Error(`${query}: ${res.status} ${res.text}`);
      return res.json;
    };
    let cursor = '';
    for (let n = 0; n < 99_000 / 100; n++) {
      const json = await page(`limit=100${cursor}`);
      cursor = `&cursor=${encodeURIComponent(json.nextCursor)}`;
      if (n === 0) continue;
    }
    return [
      { name: 'contacts_page_ms', value: await median(30, () => page(`kind=worker&organization=${orgs[3]}&limit=50`).then(() => {})), unit: 'ms' },
      { name: 'contacts_search_ms', value: await median(30, () => page('q=garc&limit=50').then(() => {})), unit: 'ms' },
      { name: 'contacts_phone_search_ms', value: await median(30, () => page('q=555%2012&limit=50').then(() => {})), unit: 'ms' },
      { name: 'contacts_deep_page_ms', value: await median(30, () => page(`limit=50${cursor}`).then(() => {})), unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
