/**
 * Requests refused before the app runs, found by the fuzzer: a request target node-server cannot
 * make a URL of (a backslash in the path, a Host that is no host name) and requests Node's HTTP parser
 * rejects (headers past its limit, a malformed request line). Each gets the JSON envelope and the
 * security headers, as every answer of the app does, instead of a bare status line.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { send } from './send.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startNodeServer();
});
afterAll(() => server?.stop());

function expectRefused(res: Awaited<ReturnType<typeof send>>, status: number, code: string) {
  if (res instanceof Error) throw res;
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(JSON.parse(res.text)).toEqual({ error: { code, message: expect.any(String) } });
  expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
}

/** Writes bytes on a fresh connection and returns what the server wrote back before closing. */
function raw(bytes: string): Promise<string> {
  const { hostname, port } = new URL(server.base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    let got = '';
    socket.on('data', (b) => (got += b.toString('latin1')));
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
  });
}

describe('requests refused before the app runs', () => {
  it('answers a backslash in the path with the 400 envelope and the security headers', async () => {
    expectRefused(
      await send(server.base, { method: 'GET', path: '/api/a\\b', headers: {} }),
      400,
      'BAD_REQUEST',
    );
  });

  it('answers a Host that is no host name with the 400 envelope and the security headers', async () => {
    const req = { method: 'GET', path: '/api/auth/me', headers: { host: 'a b' } };
    expectRefused(await send(server.base, req), 400, 'BAD_REQUEST');
  });

  it('answers headers past the limit with the 431 envelope and the security headers', async () => {
    const req = {
      method: 'GET',
      path: '/api/auth/me',
      headers: { cookie: `sv_session=${'a'.repeat(20_000)}` },
    };
    expectRefused(await send(server.base, req), 431, 'HEADERS_TOO_LARGE');
  });

  it('answers a request line HTTP cannot parse with the 400 envelope', async () => {
    const answer = await raw('GARBAGE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/\r\ncontent-type: application\/json/i);
    expect(answer).toMatch(/\r\nx-frame-options: DENY/i);
    expect(answer).toMatch(/"code":"BAD_REQUEST"/);
  });
});
