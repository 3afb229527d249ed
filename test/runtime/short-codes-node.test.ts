/**
 * Printed cards' short codes through `npm start` (issue 14), behind a proxy (TRUST_PROXY=1, the
 * client is the last X-Forwarded-For hop): the form with JavaScript off, a right code to the survey,
 * a wrong one, and one address throttled while another is not. Then the forensic read: the database
 * files on disk (main file and WAL) hold no code, in any spelling, nor a plain hash of one, nor an
 * address that typed one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../server/ids.ts';
import { codeTriesPerClientHour } from '../../server/respond/code-tries.ts';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { seedCampaign } from '../helpers/seed.ts';

let server: RunningServer;
let cards: { url: string; code: string }[] = [];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const hourNow = () => new Date().toISOString().slice(0, 13);

beforeAll(async () => {
  server = await startNodeServer({ TRUST_PROXY: '1' });
  const admin = new TestClient((path, init) =>
    fetch(`${server.base}${path}`, { ...init, redirect: 'manual' }),
  );
  await setUpAdmin(admin);
  const seeded = await seedCampaign(admin, { workers: 3, opensOn: day(-1), closesOn: day(30) });
  cards = seeded.links as unknown as { url: string; code: string }[];
}, 60_000);

afterAll(() => server?.stop());

const post = (body: string, forwardedFor: string) =>
  fetch(`${server.base}/c`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor },
    body,
  });

describe('short codes through the real Node server', () => {
  it('takes a code by plain form post and sends the worker to their survey', async () => {
    const form = await fetch(`${server.base}/c`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('name="code"');
    const card = cards[0]!;
    expect(card.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    const res = await post(`code=${encodeURIComponent(card.code.toLowerCase())}`, '192.0.2.1');
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe(`/s/${card.url.split('/s/')[1]}`);
    expect((await fetch(`${server.base}${location}`)).status).toBe(200);
    const direct = await fetch(`${server.base}/c/${card.code.replace(/-/g, ' ')}`, {
      redirect: 'manual',
      headers: { 'x-forwarded-for': '192.0.2.1' },
    });
    expect(direct.headers.get('location')).toBe(location);
  });

  it('throttles an address typing wrong codes, in its language, and not another address', async () => {
    // The count starts over with each hour: try again from a new address if one began meanwhile.
    let statuses: number[] = [];
    let last: Response | null = null;
    for (let attempt = 0; attempt < 2; attempt++) {
      const started = hourNow();
      statuses = [];
      for (let i = 0; i <= codeTriesPerClientHour; i++) {
        last = await post(`code=ABCD-EFGH-J${'KMNPQRSTVWXYZ'[i]}&_lang=es`, `203.0.113.${50 + attempt}`);
        statuses.push(last.status);
      }
      if (hourNow() === started) break;
    }
    expect(statuses).toEqual([...Array(codeTriesPerClientHour).fill(404), 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await last!.text();
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toContain('Se escribieron muchos códigos');
    expect((await post(`code=${cards[1]!.code}`, '198.51.100.9')).status).toBe(303);
  });

  it('leaves no code, no plain hash of one and no address in the database files', async () => {
    const files = readdirSync(server.dir).filter((f) => f.startsWith('survey.db'));
    expect(files).toContain('survey.db');
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(server.dir, f))));
    const text = bytes.toString('latin1');
    for (const { code } of cards) {
      const bare = code.replace(/-/g, '');
      for (const spelling of [code, bare, bare.toLowerCase(), await sha256Hex(bare), await sha256Hex(code)])
        expect(text.includes(spelling), spelling).toBe(false);
    }
    for (const address of ['203.0.113.50', '198.51.100.9', '192.0.2.1']) expect(text).not.toContain(address);
    // The codes are there, as keyed MACs only: one row per card.
    expect(text).toContain('printed_codes');
  });
});
