/**
 * Built scripts as `npm start` serves them: a browser that takes br gets the copy the build
 * compressed at the best level (content-encoding br, and Vary so a cache keeps both), one that takes
 * only gzip gets gzip from the compression middleware, and one that takes neither the file itself;
 * all three are the same bytes once decoded. A `.br` file is never served as a file of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/cli.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startNodeServer();
}, 60_000);
afterAll(() => server?.stop());

/** A GET with exactly this Accept-Encoding (fetch would add its own and decode). */
function get(path: string, acceptEncoding: string) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request(
      `${server.base}${path}`,
      { headers: { 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const decode = (r: { headers: Record<string, unknown>; body: Buffer }) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

const respondJs = () =>
  (JSON.parse(readFileSync(join(root, 'dist/assets/manifest.json'), 'utf8')) as { respondJs: string })
    .respondJs;
const adminEntry = () => readdirSync(join(root, 'dist/admin/assets')).find((f) => /^index-.*\.js$/.test(f))!;

describe('built scripts from the real Node server', () => {
  for (const [what, path, file] of [
    ['the respondent island', () => `/assets/${respondJs()}`, () => join(root, 'dist/assets', respondJs())],
    [
      'the admin entry',
      () => `/admin/assets/${adminEntry()}`,
      () => join(root, 'dist/admin/assets', adminEntry()),
    ],
  ] as const) {
    it(`answers ${what} in brotli, gzip or as it is, as the browser takes, always the same script`, async () => {
      const original = readFileSync(file());
      const br = await get(path(), 'gzip, deflate, br');
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers['content-security-policy']).toBeTruthy();
      const gzip = await get(path(), 'gzip, br;q=0');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      const plain = await get(path(), 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      for (const r of [br, gzip, plain]) expect(decode(r).equals(original), what).toBe(true);
      // Compressed once at the best level, the copy is smaller than what the middleware makes.
      expect(br.body.length).toBeLessThan(gzip.body.length);
    });
  }

  it('never serves a .br file by its own name', async () => {
    expect((await get(`/assets/${respondJs()}.br`, 'br')).status).toBe(404);
    expect((await get(`/admin/assets/${adminEntry()}.br`, 'br')).status).toBe(404);
  });
});
