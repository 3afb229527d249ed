/**
 * The fuzzer in the suite: a bounded, seeded run of generated bad requests against every route of
 * `npm start` (see property.ts for what each answer must satisfy). `npm run fuzz -- --cases N` runs
 * more with the same generators. A failure prints its seed; FUZZ_SEED=<seed> replays the run.
 *
 * Below it, the property's own checks, each shown to fail on the answer it exists to catch.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';
import { changedTables, excusedTables, openDigester } from './digest.ts';
import { check, formatReport, fuzzServerEnv, runFuzz } from './property.ts';
import type { RawRequest, RawResponse } from './send.ts';

const cases = 500;
const seed = Number(process.env.FUZZ_SEED ?? 20261203);

describe('every route through npm start, fuzzed', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startNodeServer(fuzzServerEnv);
  });
  afterAll(() => server?.stop());

  it(`answers ${cases} generated bad requests, as nobody and each role, with and without CSRF, without a 5xx, a stack, a missing header or a write`, async () => {
    const report = await runFuzz({
      base: server.base,
      databasePath: server.databasePath,
      cases,
      seed,
      serverLog: server.output,
    });
    expect(report.cases).toBe(cases);
    // One line per class in the diff; the message carries each class's smallest request.
    const classes = report.failures.map((f) => `${f.kind} (status ${f.status}, ${f.count} cases)`);
    expect(classes, `replay with FUZZ_SEED=${seed}\n${formatReport(report)}`).toEqual([]);
  }, 300_000);
});

const secure = {
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};
const req = (method: string, path: string): RawRequest => ({ method, path, headers: {} });
const res = (status: number, text: string, headers: Record<string, string> = {}): RawResponse => ({
  status,
  text,
  headers: { 'content-type': 'application/json', ...secure, ...headers },
});
const kinds = (r: RawRequest, s: RawResponse | Error, changed: string[] = []) =>
  check(r, s, changed).map((v) => v.kind);
const envelope = JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such thing.' } });

describe("the fuzzer's property", () => {
  it('passes a clean 4xx envelope with the security headers', () => {
    expect(kinds(req('GET', '/api/nothing'), res(404, envelope))).toEqual([]);
  });

  it('flags a 5xx and a request that got no answer', () => {
    expect(kinds(req('POST', '/s/x'), res(500, '{}'))).toContain('500');
    expect(kinds(req('POST', '/s/x'), new Error('socket hang up'))).toEqual(['no answer']);
  });

  it('flags an /api error that is not the JSON envelope, but not a page outside /api', () => {
    const plain = res(404, '404 Not Found', { 'content-type': 'text/plain' });
    expect(kinds(req('GET', '/api/nothing'), plain)).toEqual(['api error not the JSON envelope']);
    expect(kinds(req('GET', '/s/../api/x'), plain)).toEqual(['api error not the JSON envelope']);
    expect(kinds(req('GET', '/api/x'), res(400, '{"error":"BAD"}'))).toEqual([
      'api error not the JSON envelope',
    ]);
    expect(
      kinds(req('GET', '/s/nope'), res(404, '<p>Not found</p>', { 'content-type': 'text/html' })),
    ).toEqual([]);
  });

  it('flags a stack trace and internal names, unless the request itself carried them', () => {
    const leak = (text: string) => kinds(req('GET', '/s/x'), res(400, text));
    expect(leak('TypeError: x is undefined\n    at load (/work/main/server/app.ts:10:3)')).toEqual(
      expect.arrayContaining(['leaks stack frame', 'leaks error class', 'leaks file path']),
    );
    expect(leak('SqliteError: no such column: x')).toEqual(
      expect.arrayContaining(['leaks SQLite error', 'leaks SQL']),
    );
    expect(leak('near "SELECT * FROM users"')).toEqual(['leaks SQL']);
    expect(leak('at node_modules/kysely/dist/index.js')).toEqual(
      expect.arrayContaining(['leaks node_modules', 'leaks kysely']),
    );
    const echoed = JSON.stringify({
      error: { code: 'NOT_FOUND', message: 'No route for GET /api/SELECT x.' },
    });
    expect(kinds(req('GET', '/api/SELECT%20x'), res(404, echoed))).toEqual([]);
  });

  it('flags each missing security header', () => {
    const bare = { status: 400, text: envelope, headers: { 'content-type': 'application/json' } };
    expect(kinds(req('GET', '/api/x'), bare)).toEqual([
      'missing content-security-policy',
      'missing x-content-type-options',
      'missing x-frame-options',
    ]);
  });

  it('lets only the survey preview be framed, and only by this origin', () => {
    const framed = {
      'content-security-policy': "default-src 'self'; frame-ancestors 'self'",
      'x-frame-options': 'SAMEORIGIN',
    };
    expect(kinds(req('GET', '/preview/surveys/x'), res(200, '<html></html>', framed))).toEqual([]);
    expect(kinds(req('GET', '/s/token'), res(200, '<html></html>', framed))).toEqual([
      'missing content-security-policy',
      'missing x-frame-options',
    ]);
    expect(kinds(req('GET', '/preview/surveys/x'), res(200, '<html></html>'))).toEqual([
      'missing content-security-policy',
      'missing x-frame-options',
    ]);
    // Refused before the app (a malformed request line): never framed is stricter, and fine.
    expect(kinds(req('GET', '/preview/surveys/x'), res(400, envelope))).toEqual([]);
    expect(kinds(req('GET', '/preview/surveys/x'), res(400, envelope, framed))).toEqual([]);
  });

  it('flags a rejected request that wrote, and lets a successful one write', () => {
    expect(kinds(req('POST', '/api/x'), res(422, envelope), ['contacts'])).toEqual([
      'rejected request wrote',
    ]);
    expect(kinds(req('POST', '/api/x'), res(201, '{}'), ['contacts'])).toEqual([]);
  });
});

describe("the fuzzer's database digest", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sv-fuzz-digest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the table a write changed, WITHOUT ROWID ones too, and skips the excused tables', () => {
    const path = join(dir, 'd.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    const throttle = [...excusedTables().keys()][0]!;
    db.exec(`CREATE TABLE a (id TEXT PRIMARY KEY, v TEXT);
      CREATE TABLE b (id TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
      CREATE TABLE "${throttle}" (k TEXT);
      CREATE TABLE api_tokens (id TEXT PRIMARY KEY, last_used_on TEXT);
      INSERT INTO api_tokens VALUES ('t', NULL);`);
    const digester = openDigester(path);
    const before = digester.digest();
    db.exec(`INSERT INTO "${throttle}" VALUES ('x'); UPDATE api_tokens SET last_used_on = '2026-12-03'`);
    expect(changedTables(before, digester.digest())).toEqual([]);
    db.exec(`INSERT INTO b VALUES ('1', 'x')`);
    const afterB = digester.digest();
    expect(changedTables(before, afterB)).toEqual(['b']);
    db.exec(`UPDATE b SET v = 'y'; INSERT INTO a VALUES ('1', 'x')`);
    expect(changedTables(afterB, digester.digest())).toEqual(['a', 'b']);
    digester.close();
    db.close();
  });
});
