/**
 * Contacts through `npm start`'s server (issue 14): the paged, searched list and an edit over a real
 * socket with compression and body reading, a selection refused whole, and an erasure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';

let server: RunningServer;
let admin: TestClient;
let pid: string;
const ids: string[] = [];

beforeAll(async () => {
  server = await startNodeServer();
  admin = new TestClient((path, init) => fetch(server.base + path, init));
  await setUpAdmin(admin);
  const p = await admin.post('/api/partnerships', { name: 'River Valley', sector: 'Manufacturing', region: 'RV', timeZone: 'UTC' });
  pid = p.json.partnership.id;
  const people = Array.from({ length: 120 }, (_, i) => ({
    firstName: `Person${String(i).padStart(3, '0')}`,
    lastName: i % 2 ? 'Odd' : 'Even',
    phone: `+1312555${String(1000 + i)}`,
    kind: 'worker',
    language: i % 3 ? 'en' : 'es',
  }));
  const added = await admin.post(`/api/partnerships/${pid}/contacts`, people);
  expect(added.status, added.text).toBe(201);
  for (const c of added.json.created) ids.push(c.id);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('contacts through npm start', () => {
  it('pages the list with a cursor, searches phone digits and filters', async () => {
    const seen = new Set<string>();
    let cursor = '';
    for (let n = 0; n < 10; n++) {
      const res = await admin.get(`/api/partnerships/${pid}/contacts?limit=50${cursor}`);
      expect(res.status).toBe(200);
      expect(res.json.total).toBe(120);
      for (const c of res.json.contacts) seen.add(c.id);
      if (!res.json.nextCursor) break;
      cursor = `&cursor=${encodeURIComponent(res.json.nextCursor)}`;
    }
    expect(seen.size).toBe(120);
    const phone = await admin.get(`/api/partnerships/${pid}/contacts?q=${encodeURIComponent('(312) 555-1007')}`);
    expect(phone.json.contacts.map((c: { firstName: string }) => c.firstName)).toEqual(['Person007']);
    const spanish = await admin.get(`/api/partnerships/${pid}/contacts?language=es&q=odd`);
    expect(spanish.json.total).toBe(20);
    expect((await admin.get(`/api/partnerships/${pid}/contacts?limit=500`)).status).toBe(422);
  }, 30_000);

  it('edits a contact, refuses a bad one and a foreign selection without writing', async () => {
    const path = `/api/partnerships/${pid}/contacts/${ids[7]}`;
    const res = await admin.patch(path, { phone: '312.555.0777', email: 'P7@Example.org', organizationId: null });
    expect(res.status, res.text).toBe(200);
    expect(res.json.contact).toMatchObject({ phone: '+13125550777', email: 'p7@example.org' });
    const bad = await admin.patch(path, { phone: 'call me' });
    expect(bad.status).toBe(422);
    expect(bad.json.error.details[0].path).toBe('phone');
    const broken = await admin.request('PATCH', path, '{"phone":');
    expect(broken.json.error.code).toBe('BAD_JSON');
    expect((await admin.get(path)).json.contact.phone).toBe('+13125550777');
    const foreign = await admin.post(`/api/partnerships/${pid}/contacts/bulk`, { action: 'delete', ids: [ids[0], 'elsewhere'] });
    expect(foreign.status).toBe(404);
    expect((await admin.get(`/api/partnerships/${pid}/contacts`)).json.total).toBe(120);
  }, 30_000);

  it('erases a contact', async () => {
    const res = await admin.del(`/api/partnerships/${pid}/contacts/${ids[8]}`);
    expect(res.status, res.text).toBe(200);
    expect((await admin.get(`/api/partnerships/${pid}/contacts/${ids[8]}`)).status).toBe(404);
    expect((await admin.get(`/api/partnerships/${pid}/contacts`)).json.total).toBe(119);
  }, 30_000);
});
