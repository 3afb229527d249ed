/**
 * Printed cards' short codes on the Worker build (workerd with local D1, migrated by wrangler): a
 * code typed at /c opens the card's survey, answers through it, and then says "used" as /s/ does;
 * wrong codes from one address (CF-Connecting-IP) are throttled while another address goes on; D1
 * holds only MACs of codes and short hashes of addresses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeTriesPerClientHour } from '../../server/respond/code-tries.ts';
import { fullAnswers, seedWorker, type WorkerSeed } from './seed.ts';
import { queryD1, startLocalWorker, type LocalWorker } from './wrangler.ts';

let worker: LocalWorker;
let seed: WorkerSeed;
let card: { url: string; code: string };

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-codes-');
  seed = await seedWorker(worker.dev.url, 2);
  // A new card for the first worker: its code and the link it opens.
  const res = await seed.admin.post(`/api/campaigns/${seed.campaignId}/links`, {
    contactIds: [seed.contactIds[0]],
  });
  expect(res.status, res.text).toBe(200);
  card = res.json.links[0];
}, 180_000);

afterAll(() => worker?.stop(), 60_000);

const hourNow = () => new Date().toISOString().slice(0, 13);
const typed = (code: string, address: string) =>
  fetch(`${worker.dev.url}/c/${encodeURIComponent(code)}`, {
    redirect: 'manual',
    headers: { 'cf-connecting-ip': address, 'accept-language': 'es' },
  });

describe('short codes on the Worker', () => {
  it('opens the card’s survey from its code, and says "used" once it is answered, as /s/ does', async () => {
    const token = card.url.split('/s/')[1]!;
    const res = await typed(card.code.toLowerCase().replace(/-/g, ' '), '192.0.2.30');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/s/${token}`);
    expect((await fetch(`${worker.dev.url}/s/${token}`)).status).toBe(200);
    const submitted = await fetch(`${worker.dev.url}/s/${token}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: fullAnswers(seed.template) }),
    });
    expect(submitted.status, await submitted.clone().text()).toBe(200);
    const viaLink = await fetch(`${worker.dev.url}/s/${token}`, { headers: { 'accept-language': 'es' } });
    const viaCode = await typed(card.code, '192.0.2.30');
    expect(viaCode.status).toBe(viaLink.status);
    expect(await viaCode.text()).toBe(await viaLink.text());
  }, 60_000);

  it('throttles an address typing wrong codes with a 429 page, and not another address', async () => {
    let statuses: number[] = [];
    let last: Response | null = null;
    for (let attempt = 0; attempt < 2; attempt++) {
      const started = hourNow();
      statuses = [];
      for (let i = 0; i <= codeTriesPerClientHour; i++) {
        last = await typed(`ABCD-EFGH-J${'KMNPQRSTVWXYZ'[i]}`, `203.0.113.${60 + attempt}`);
        statuses.push(last.status);
      }
      if (hourNow() === started) break;
    }
    expect(statuses).toEqual([...Array(codeTriesPerClientHour).fill(404), 429]);
    expect(await last!.text()).toContain('Se escribieron muchos códigos');
    expect((await typed('ABCD-EFGH-JZ', '198.51.100.61')).status).toBe(404);

    const codes = await queryD1<Record<string, unknown>>(worker.persistTo, 'SELECT * FROM printed_codes');
    expect(codes.length).toBeGreaterThanOrEqual(2);
    const tries = await queryD1<Record<string, unknown>>(worker.persistTo, 'SELECT * FROM code_tries');
    for (const row of tries) expect(row.client).toMatch(/^([0-9a-f]{4}|\*)$/);
    const dump = JSON.stringify([codes, tries]);
    const bare = card.code.replace(/-/g, '');
    for (const s of [card.code, bare, '203.0.113', '198.51.100', '192.0.2']) expect(dump).not.toContain(s);
  }, 60_000);
});
