/**
 * A poster link flooded on the Worker build (workerd with local D1, migrated by wrangler): the client
 * is CF-Connecting-IP, which Cloudflare's edge sets on every request and which `wrangler dev` passes
 * on from the request as sent, so one test can act as several clients. One address takes its few
 * tickets and is refused; another still gets a ticket; D1 keeps only short hashes with counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientTicketsPerHour } from '../../server/campaigns/open-link-clients.ts';
import { seedWorker } from './seed.ts';
import { queryD1, startLocalWorker, type LocalWorker } from './wrangler.ts';

let worker: LocalWorker;
let open: string;

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-open-');
  const seed = await seedWorker(worker.dev.url, 2);
  const made = await seed.admin.post(`/api/campaigns/${seed.campaignId}/open-link`);
  expect(made.status, made.text).toBe(201);
  open = (made.json.url as string).split('/o/')[1]!;
}, 180_000);

afterAll(() => worker?.stop(), 60_000);

const hourNow = () => new Date().toISOString().slice(0, 13);

async function visit(address: string) {
  const res = await fetch(`${worker.dev.url}/o/${open}`, {
    redirect: 'manual',
    headers: { 'cf-connecting-ip': address, 'accept-language': 'es' },
  });
  return {
    status: res.status,
    ticket: res.headers.get('location')?.match(/^\/s\/([\w-]+)\?lang=es$/)?.[1],
    retryAfter: Number(res.headers.get('retry-after')),
    html: await res.text(),
  };
}

describe('a poster link flooded on the Worker', () => {
  it('gives one address its few tickets and then a 429 page, while another address gets a ticket', async () => {
    // The count starts over with each hour: flood again from a new address if one began meanwhile.
    let visits: Awaited<ReturnType<typeof visit>>[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const started = hourNow();
      visits = [];
      for (let i = 0; i < 20; i++) visits.push(await visit(`203.0.113.${7 + attempt}`));
      if (hourNow() === started) break;
    }
    expect(visits.filter((v) => v.status === 303)).toHaveLength(clientTicketsPerHour);
    const refused = visits[clientTicketsPerHour]!;
    expect(refused.status).toBe(429);
    expect(refused.html).toContain('la misma conexión');
    expect(refused.retryAfter).toBeGreaterThan(0);

    const other = await visit('198.51.100.23');
    expect(other.status).toBe(303);
    const page = await fetch(`${worker.dev.url}/s/${other.ticket}?lang=es`);
    expect(page.status).toBe(200);

    const rows = await queryD1<Record<string, unknown>>(worker.persistTo, 'SELECT * FROM open_link_clients');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.client).toMatch(/^[0-9a-f]{4}$/);
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113|198\.51\.100/);
  }, 120_000);
});
