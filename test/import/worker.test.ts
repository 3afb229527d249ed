/**
 * The import route on the Worker build: the core CSV reader runs on workerd with no Node APIs, and the
 * accepted rows go to a local D1 in one batch whose statements stay under D1's 100 bound parameters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../workers/client.ts';
import { queryD1, startLocalWorker, type DevServer, type LocalWorker } from '../workers/wrangler.ts';

let worker: LocalWorker;
let persistTo: string;
let dev: DevServer;

beforeAll(async () => {
  worker = await startLocalWorker('sv-import-worker-');
  ({ dev, persistTo } = worker);
}, 180_000);

afterAll(() => worker?.stop(), 60_000);

describe('POST /api/partnerships/:id/contacts/import on Workers + D1', () => {
  it('previews, then writes a 300-row file in one batch, merging a repeated person', async () => {
    const admin = new HttpClient(dev.url);
    await admin.post('/api/setup', {
      email: 'admin@example.org',
      name: 'Ada',
      password: 'correct horse battery',
    });
    const p = await admin.post('/api/partnerships', { name: 'P', sector: 'S', region: 'R', timeZone: 'UTC' });
    const path = `/api/partnerships/${p.json.partnership.id}/contacts/import?kind=worker`;
    const rows = Array.from(
      { length: 300 },
      (_, i) => `Trabajador ${i};+1815555${1000 + i};sí;"línea ${i % 4}"`,
    );
    const csv = `\uFEFFNombre;Celular;Consentimiento SMS;Línea\r\n${rows.join('\r\n')}\r\nOtra vez;815-555-1000;;\r\n`;
    const send = (query: string) => admin.request('POST', path + query, csv, { 'content-type': 'text/csv' });

    const dry = await send('&dryRun=1&preview=1');
    expect(dry.status, dry.text).toBe(200);
    expect(dry.json.summary).toEqual({
      rows: 301,
      created: 300,
      updated: 0,
      unchanged: 0,
      merged: 1,
      rejected: 0,
      blank: 0,
    });
    expect(await queryD1(persistTo, 'SELECT count(*) AS n FROM contacts')).toEqual([{ n: 0 }]);

    const done = await send('');
    expect(done.status, done.text).toBe(201);
    expect(
      await queryD1(
        persistTo,
        "SELECT first_name, last_name, sms_consent, attributes FROM contacts WHERE phone = '+18155551000'",
      ),
    ).toEqual([{ first_name: 'Otra vez', last_name: '', sms_consent: 1, attributes: '{"linea":"línea 0"}' }]);
    expect(await queryD1(persistTo, 'SELECT count(*) AS n, sum(sms_consent) AS c FROM contacts')).toEqual([
      { n: 300, c: 300 },
    ]);
  }, 60_000);
});
