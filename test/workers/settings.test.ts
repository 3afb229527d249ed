/**
 * The Worker with settings it cannot use, under workerd (`wrangler dev --var`): it cannot refuse to
 * start as `npm start` does, so every request gets a 500 envelope naming the variables and what they
 * want, the log says it once, and no request reaches the app half configured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalWorker, type LocalWorker } from './wrangler.ts';

let worker: LocalWorker;
let printed = '';

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-settings-', {
    vars: { SESSION_HOURS: 'x', MAX_BODY_BYTES: 'lots' },
    onOutput: (text) => void (printed += text),
    // Up as soon as it answers at all: with these settings it never answers 2xx.
    ready: (res) => res.status === 500,
  });
}, 180_000);

afterAll(() => worker?.stop(), 60_000);

const expected =
  'The server cannot start: MAX_BODY_BYTES must be a size in bytes from 1024 to 1073741824, such as 262144, 256kb or 1mb (got "lots"); SESSION_HOURS must be a number of hours from 0.1 to 8760, such as 12 (got "x")';

describe('the Worker with SESSION_HOURS=x and MAX_BODY_BYTES=lots', () => {
  it('answers every request with a 500 envelope naming the variables', async () => {
    for (const [method, path] of [
      ['GET', '/healthz'],
      ['POST', '/api/auth/login'],
      ['GET', '/s/abcdefghijklmnopqrstuvwx'],
    ] as const) {
      const res = await fetch(`${worker.dev.url}${path}`, { method });
      expect(res.status, path).toBe(500);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.json()).toEqual({ error: { code: 'INTERNAL_ERROR', message: expected } });
    }
  });

  it('says what is wrong in the log, once', async () => {
    const said = printed.split('\n').filter((line) => line.includes('cannot start: MAX_BODY_BYTES'));
    expect(said, worker.dev.output()).toHaveLength(1);
  });
});
