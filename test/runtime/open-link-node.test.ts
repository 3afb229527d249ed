/**
 * A poster link flooded through `npm start` behind a proxy (TRUST_PROXY=1): each client is the last
 * X-Forwarded-For hop. One address takes its few tickets and is refused; a second address still gets
 * a ticket. The real server runs on the real clock, so answers stored after the 20 s floor are
 * checked in process (test/api/open-link.test.ts); here the floor still refuses a quick submit.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientTicketsPerHour } from '../../server/campaigns/open-link-clients.ts';
import { getTemplate } from '../../surveys/index.ts';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { seedCampaign } from '../helpers/seed.ts';

let server: RunningServer;
let open: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const hourNow = () => new Date().toISOString().slice(0, 13);

beforeAll(async () => {
  server = await startNodeServer({ TRUST_PROXY: '1' });
  const admin = new TestClient((path, init) =>
    fetch(`${server.base}${path}`, { ...init, redirect: 'manual' }),
  );
  await setUpAdmin(admin);
  const seeded = await seedCampaign(admin, { workers: 2, opensOn: day(-1), closesOn: day(30) });
  const made = await admin.post(`/api/campaigns/${seeded.campaignId}/open-link`);
  expect(made.status, made.text).toBe(201);
  open = (made.json.url as string).split('/o/')[1]!;
}, 60_000);

afterAll(() => server?.stop());

/** A phone with no cookie opening the poster link, seen by the proxy as `forwardedFor`. */
async function visit(forwardedFor: string) {
  const res = await fetch(`${server.base}/o/${open}`, {
    redirect: 'manual',
    headers: { 'x-forwarded-for': forwardedFor, 'accept-language': 'es' },
  });
  return {
    status: res.status,
    ticket: res.headers.get('location')?.match(/^\/s\/([\w-]+)\?lang=es$/)?.[1],
    retryAfter: Number(res.headers.get('retry-after')),
    html: await res.text(),
  };
}

/**
 * Thirty visits from one client, the i-th seen as `forwardedFor(attempt, i)`. The hour is read before
 * and after: the count starts over with each hour, so the flood runs again (from a new address) if
 * an hour began in between.
 */
async function flood(forwardedFor: (attempt: number, i: number) => string) {
  for (let attempt = 0; ; attempt++) {
    const started = hourNow();
    const visits = [];
    for (let i = 0; i < 30; i++) visits.push(await visit(forwardedFor(attempt, i)));
    if (hourNow() === started || attempt > 0) return visits;
  }
}

describe('a poster link flooded through the real Node server', () => {
  it('gives one address its few tickets and then a 429 page, while a second address gets a ticket', async () => {
    const visits = await flood((attempt) => `203.0.113.${7 + attempt}`);
    const given = visits.filter((v) => v.status === 303);
    expect(given).toHaveLength(clientTicketsPerHour);
    expect(new Set(given.map((v) => v.ticket)).size).toBe(clientTicketsPerHour);
    const refused = visits[clientTicketsPerHour]!;
    expect(refused.status).toBe(429);
    expect(refused.html).toContain('<html lang="es" dir="ltr">');
    expect(refused.html).toContain('la misma conexión');
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(24 * 3600);

    const other = await visit('198.51.100.23');
    expect(other.status).toBe(303);
    const page = await fetch(`${server.base}/s/${other.ticket}?lang=es`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Parte 1 de');
    // The 20 s floor holds on the real clock: an instant submit is refused and stores nothing.
    const quick = await fetch(`${server.base}/s/${other.ticket}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: validAnswers(getTemplate('worker-voice')!, seededRandom(1)) }),
    });
    expect(quick.status).toBe(429);
  });

  it('counts the hop the proxy appended, so addresses made up in front of it do not help', async () => {
    // The client writes its own X-Forwarded-For, different each time; the proxy appends the address
    // it saw, which the server reads (TRUST_PROXY=1).
    const visits = await flood((attempt, i) => `10.0.${i}.1, 172.16.${i}.4, 192.0.2.${40 + attempt}`);
    expect(visits.filter((v) => v.status === 303)).toHaveLength(clientTicketsPerHour);
    expect(visits.slice(clientTicketsPerHour).every((v) => v.status === 429)).toBe(true);
  });

  it('stores no address in the database, only short hashes with counts', () => {
    const db = new Database(server.databasePath, { readonly: true });
    try {
      const rows = db.prepare('SELECT * FROM open_link_clients').all() as Record<string, unknown>[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.client).toMatch(/^[0-9a-f]{4}$/);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[];
      for (const { name } of tables) {
        const dump = JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all());
        for (const address of ['203.0.113.7', '198.51.100.23', '192.0.2.40']) {
          expect(dump, name).not.toContain(address);
        }
      }
    } finally {
      db.close();
    }
  });
});
