/**
 * Security headers and the error envelope as `npm start` serves them: every kind of response (JSON,
 * page, asset, error, 404, redirect, one that sets a cookie), compressed and not. The in-process app
 * always had them; the real server lost them on JSON and HTML answers once compression rebuilt the
 * response, and answered unknown /api paths with a plain-text 404 from the root it was mounted under.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader } from '../../server/security.ts';
import { setUpAdmin, testAdmin, TestClient } from '../helpers/app.ts';
import { root } from '../helpers/cli.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { seedCampaign } from '../helpers/seed.ts';

let server: RunningServer;
let admin: TestClient;
let token: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startNodeServer();
  admin = new TestClient((path, init) => fetch(`${server.base}${path}`, { ...init, redirect: 'manual' }));
  await setUpAdmin(admin);
  const seeded = await seedCampaign(admin, { workers: 2, opensOn: day(-1), closesOn: day(30) });
  token = seeded.tokens[0]!;
}, 60_000);

afterAll(() => server?.stop());

function expectSecured(res: Response, what: string) {
  expect(res.headers.get('content-security-policy'), what).toBe(cspHeader());
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
}

const respondJs = () =>
  (JSON.parse(readFileSync(join(root, 'dist/assets/manifest.json'), 'utf8')) as { respondJs: string })
    .respondJs;

describe('the real Node server', () => {
  const kinds = (): [string, string, RequestInit, number][] => [
    ['JSON', '/healthz', {}, 200],
    ['JSON error', '/api/auth/me', {}, 401],
    [
      'bad JSON',
      '/api/auth/login',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' },
      400,
    ],
    ['unknown /api path', '/api/nothing', {}, 404],
    ['unknown /api path with a slash', '/api/users/', {}, 404],
    ['unknown path', '/nothing/here', {}, 404],
    ['dashboard page', '/admin', {}, 200],
    ['respondent page', `/s/${'A'.repeat(24)}`, {}, 404],
    ['asset', `/assets/${respondJs()}`, {}, 200],
    ['missing asset', '/assets/none.js', {}, 404],
  ];

  for (const encoding of ['gzip, deflate, br', 'identity']) {
    it(`secures every kind of response (accept-encoding: ${encoding})`, async () => {
      for (const [what, path, init, status] of kinds()) {
        const res = await fetch(`${server.base}${path}`, {
          ...init,
          redirect: 'manual',
          headers: { ...(init.headers as Record<string, string>), 'accept-encoding': encoding },
        });
        expect(res.status, what).toBe(status);
        expectSecured(res, what);
        await res.arrayBuffer();
      }
    });
  }

  it('secures a redirect and a response that sets a cookie', async () => {
    const page = await fetch(`${server.base}/s/${token}`);
    expect(page.status).toBe(200);
    expectSecured(page, 'survey page');
    await page.text();
    // The plain form (JavaScript off) going back from the second section is sent on with a 303.
    const posted = await fetch(`${server.base}/s/${token}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.base },
      body: new URLSearchParams({ _step: '2', _action: 'back' }).toString(),
    });
    expect(posted.status).toBe(303);
    expectSecured(posted, 'form post');

    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: testAdmin.email, password: testAdmin.password }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).toBeTruthy();
    expectSecured(login, 'login');
  });

  it('answers every /api miss with the JSON envelope', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing'],
      ['GET', '/api/users/'],
      ['POST', '/api/nothing'],
      ['DELETE', '/api/partnerships'],
      ['GET', '/api/partnerships/x/y/z'],
    ] as const) {
      const res = await admin.request(method, path, method === 'POST' ? {} : undefined);
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect(res.headers.get('content-type'), `${method} ${path}`).toMatch(/^application\/json/);
      expect(res.json?.error?.code, `${method} ${path}`).toEqual(expect.any(String));
    }
  });
});
