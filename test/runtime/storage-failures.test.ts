/**
 * A full disk and a database that cannot be written, through the Node HTTP server (serveNode, as
 * `npm start` serves) and, for start-up, through `npm start`'s entry itself.
 *
 * While it runs: a respondent with JavaScript off gets the page back in their language, 507 or 503,
 * with what they typed still in the form, so the same button works once there is room; staff and the
 * island get the envelope with STORAGE_FULL or STORAGE_UNAVAILABLE. A full disk is SQLite's
 * `max_page_count` on the server's own connection (it is per connection, which is why the server runs
 * in this process over a handle the test holds); a read-only database is `query_only` on it.
 *
 * At start: a read-only file, a folder, or a file that is no database is one line and exit status 1.
 * Tests run as root, which file permissions do not stop, so those starts run as an unprivileged user
 * (uid 65534, as a service account would be); as any other user a plain chmod does the same.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledQuery } from 'kysely';
import { createApp } from '../../server/app.ts';
import { AppError } from '../../server/errors.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { d1Atomic } from '../../server/runtime/d1.ts';
import { nodeDeps } from '../../server/runtime/deps.ts';
import { serveNode } from '../../server/runtime/node-server.ts';
import { openSqlite, type SqliteHandle } from '../../server/runtime/sqlite.ts';
import { fromD1 } from '../../server/runtime/storage-errors.ts';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { root } from '../helpers/cli.ts';
import { runNodeEntry } from '../helpers/node-start.ts';
import { seedCampaign } from '../helpers/seed.ts';

const secrets = {
  LINK_SECRET: 'storage-test-link-secret-0123456789abcdefgh',
  ANSWER_SECRET: 'storage-test-answer-secret-0123456789abcdef',
};
const dir = mkdtempSync(join(tmpdir(), 'sv-storage-'));
let handle: SqliteHandle;
let server: Server;
let base: string;
let admin: TestClient;
let tokens: { es: string[]; en: string[] };
let partnershipId: string;
const logged: string[] = [];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const config = readConfig({ DATABASE_PATH: join(dir, 'survey.db'), ...secrets });
  handle = openSqlite(config.databasePath);
  const deps = nodeDeps(config, handle, {});
  deps.log = { info() {}, error: (msg, f) => void logged.push(`${msg} ${JSON.stringify(f)}`) };
  const app = createApp(() => deps);
  server = await new Promise<Server>((resolve) => {
    const s = serveNode({ fetch: app.fetch, port: 0, preReadBytes: config.maxBodyBytes }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  admin = new TestClient((path, init) => fetch(`${base}${path}`, init));
  await setUpAdmin(admin);
  const seed = await seedCampaign(admin, { workers: 6, opensOn: day(-2), closesOn: day(30) });
  const of = (lang: string) =>
    seed.links.filter((l) => l.language === lang).map((l) => l.url.split('/s/')[1]!);
  tokens = { es: of('es'), en: of('en') };
  partnershipId = seed.partnershipId;
}, 60_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await handle?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Section 1 of the worker survey as a browser posts it, answered "2" throughout. */
const sectionOne = (lang: string) =>
  new URLSearchParams({
    pay_fair: '2',
    pay_enough: '2',
    benefits_useful: '2',
    benefits_time_off: '2',
    _step: '1',
    _lang: lang,
    _action: 'next',
  });

async function postForm(token: string, form: URLSearchParams) {
  const res = await fetch(`${base}/s/${token}`, {
    method: 'POST',
    body: form,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  const html = await res.text();
  return { status: res.status, html, text: html.replace(/<style>.*?<\/style>/s, '').slice(0, 800) };
}

/** The page holds the typed answers in its form: each "2" is the checked radio, and it posts back. */
function expectAnswersKept(html: string, token: string) {
  expect(html).toContain(`<form method="post" action="/s/${token}">`);
  for (const q of ['pay_fair', 'pay_enough', 'benefits_useful', 'benefits_time_off']) {
    expect(html).toMatch(new RegExp(`<input type="radio" name="${q}" value="2"[^>]*checked`));
  }
}

/** Fills every free page, then lets the file grow no further: SQLITE_FULL for the next page needed. */
function fillTheDisk() {
  const { raw } = handle;
  raw.exec('CREATE TABLE IF NOT EXISTS test_filler (b BLOB)');
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.pragma(`max_page_count = ${(raw.pragma('page_count', { simple: true }) as number) + 8}`);
  const insert = raw.prepare('INSERT INTO test_filler VALUES (zeroblob(?))');
  for (;;) {
    try {
      insert.run(pageSize);
    } catch (err) {
      expect((err as { code: string }).code).toBe('SQLITE_FULL');
      return;
    }
  }
}

function freeTheDisk() {
  handle.raw.exec('DROP TABLE test_filler');
  handle.raw.pragma('max_page_count = 1073741823');
}

describe('a full disk (SQLITE_FULL) while the server runs', () => {
  beforeAll(fillTheDisk);
  afterAll(freeTheDisk);

  it('gives a Spanish respondent with JavaScript off a 507 page in Spanish with their answers kept', async () => {
    const token = tokens.es[0]!;
    const page = await postForm(token, sectionOne('es'));
    expect(page.status, page.text).toBe(507);
    expect(page.html).toContain('<html lang="es" dir="ltr">');
    expect(page.html).toContain('nuestro servidor se quedó sin espacio');
    expectAnswersKept(page.html, token);
    expect(page.html).not.toMatch(/SQLITE|STORAGE_FULL|"error":/);
    expect(logged.join('\n')).not.toContain('unhandled error');
  });

  it('gives staff and the island the envelope with STORAGE_FULL', async () => {
    // Enough rows that they cannot fit in what is left of the pages already there.
    const people = Array.from({ length: 300 }, (_, i) => ({
      firstName: `Person ${i}`,
      email: `person${i}@mail.example`,
      kind: 'worker',
    }));
    const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, people);
    expect(added.status, added.text).toBe(507);
    expect(added.json.error.code).toBe('STORAGE_FULL');
    expect(added.json.error.message).not.toMatch(/SQLITE|disk is full/);
    const draft = await fetch(`${base}/s/${tokens.en[0]}/draft`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { pay_fair: 2 } }),
    });
    expect(draft.status).toBe(507);
    expect((await draft.json()).error.code).toBe('STORAGE_FULL');
  });

  it('takes the same page, sent again, once there is room', async () => {
    const token = tokens.es[1]!;
    expect((await postForm(token, sectionOne('es'))).status).toBe(507);
    freeTheDisk();
    try {
      const again = await postForm(token, sectionOne('es'));
      expect(again.status, again.text).toBe(303);
    } finally {
      fillTheDisk();
    }
  });
});

describe('a database that cannot be written while the server runs', () => {
  beforeAll(() => void handle.raw.pragma('query_only = 1'));
  afterAll(() => void handle.raw.pragma('query_only = 0'));

  it('gives the respondent a 503 page in their language with their answers kept', async () => {
    const token = tokens.en[1]!;
    const page = await postForm(token, sectionOne('en'));
    expect(page.status, page.text).toBe(503);
    expect(page.html).toContain('<html lang="en" dir="ltr">');
    expect(page.html).toContain('our server cannot save answers at the moment');
    expectAnswersKept(page.html, token);
  });

  it('gives staff the envelope with STORAGE_UNAVAILABLE', async () => {
    const made = await admin.post('/api/partnerships', {
      name: 'Lakeside',
      sector: 'Health care',
      region: 'Lakeside',
      timeZone: 'UTC',
    });
    expect(made.status, made.text).toBe(503);
    expect(made.json.error.code).toBe('STORAGE_UNAVAILABLE');
    expect(made.json.error.message).not.toMatch(/SQLITE|readonly/);
  });
});

describe('npm start over a database it cannot use', () => {
  const asRoot = process.getuid?.() === 0;
  // uid and gid of "nobody": file permissions apply to it, as they do to a service account.
  const unprivileged = asRoot ? { uid: 65534, gid: 65534 } : {};

  // mkdtemp made the test's folder for its owner alone; the unprivileged user must reach inside it,
  // and reach the project's code too: a fresh clone in a mktemp folder is 0700 all the same, so the
  // folders above the project get the bit that lets others pass through (never read or write).
  beforeAll(() => {
    chmodSync(dir, 0o755);
    if (!asRoot) return;
    for (let folder = root; folder !== dirname(folder); folder = dirname(folder)) {
      const mode = statSync(folder).mode;
      if ((mode & 0o001) === 0) chmodSync(folder, (mode & 0o7777) | 0o001);
    }
  });

  /** A migrated database file in a folder of its own, for one start. */
  async function databaseIn(name: string): Promise<string> {
    const folder = join(dir, name);
    mkdirSync(folder);
    const path = join(folder, 'survey.db');
    await openSqlite(path).close();
    return path;
  }

  async function refusal(path: string): Promise<string> {
    const run = await runNodeEntry({ DATABASE_PATH: path, ...secrets }, unprivileged);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at |SqliteError|node:internal/);
    const lines = run.stderr.trim().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    return lines[0]!;
  }

  it('says in one line that a read-only file is read-only', async () => {
    const path = await databaseIn('read-only-file');
    chmodSync(path, 0o444);
    // The folder stays writable: SQLite may make its -wal and -shm files, only the database is locked.
    chmodSync(join(dir, 'read-only-file'), 0o777);
    expect(await refusal(path)).toBe(
      `Cannot write the database at ${path}: the file is read-only. Check its permissions.`,
    );
  });

  it('says in one line that a read-only folder is read-only', async () => {
    const path = await databaseIn('read-only-folder');
    chmodSync(path, 0o666);
    chmodSync(join(dir, 'read-only-folder'), 0o555);
    expect(await refusal(path)).toBe(
      `Cannot write the database at ${path}: its folder is read-only (SQLite writes ${path}-wal and ${path}-shm beside it). Check the folder's permissions.`,
    );
  });

  it('says in one line that the path is a folder, or a file that is no database', async () => {
    const folder = join(dir, 'a-folder.db');
    mkdirSync(folder, { mode: 0o777 });
    expect(await refusal(folder)).toBe(
      `Cannot open the database at ${folder}: it is a folder. Set DATABASE_PATH to a file.`,
    );
    const notDb = join(dir, 'not-a-database', 'survey.db');
    mkdirSync(join(dir, 'not-a-database'), { mode: 0o777 });
    writeFileSync(notDb, 'name,email\nAna,ana@example.org\n'.repeat(200), { mode: 0o666 });
    expect(await refusal(notDb)).toBe(
      `The file at ${notDb} is not a SQLite database. Set DATABASE_PATH to the right file, or move this one away.`,
    );
  });

  it('still starts over a database it may write', async () => {
    const path = await databaseIn('writable');
    chmodSync(path, 0o666);
    chmodSync(join(dir, 'writable'), 0o777);
    const run = await runNodeEntry({ DATABASE_PATH: path, ...secrets }, unprivileged);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBeNull();
    expect(run.stdout).toContain('Sector Voice is running');
  });
});

describe('D1’s storage failures', () => {
  // D1 gives only messages; these are the ones Cloudflare documents (and the one it sends when a
  // database reaches its plan's size limit). A batch that fails so is the app's error too.
  const failingBatch = (message: string) =>
    d1Atomic({
      batch: () => Promise.reject(new Error(message)),
      prepare: () => ({ bind: () => ({}) }),
    } as never);
  const insert = CompiledQuery.raw('INSERT INTO t VALUES (1)');

  it('maps a full database to STORAGE_FULL and D1 overloaded or restarting to STORAGE_UNAVAILABLE', async () => {
    for (const [message, code] of [
      ['D1_ERROR: Exceeded maximum DB size', 'STORAGE_FULL'],
      ['D1_ERROR: D1 DB is overloaded. Too many requests queued.', 'STORAGE_UNAVAILABLE'],
      ['D1_ERROR: Network connection lost.', 'STORAGE_UNAVAILABLE'],
      ['D1_ERROR: D1 DB reset because its code was updated.', 'STORAGE_UNAVAILABLE'],
      ['D1_ERROR: attempt to write a readonly database: SQLITE_READONLY', 'STORAGE_UNAVAILABLE'],
    ] as const) {
      await expect(failingBatch(message)([insert]), message).rejects.toMatchObject({ code });
    }
  });

  it('retries a batch D1 could not start (locked, busy, overloaded), and nothing that may have applied', async () => {
    const batchFailing = (messages: string[]) => {
      let calls = 0;
      const atomic = d1Atomic({
        batch: () => {
          const message = messages[calls++];
          return message
            ? Promise.reject(new Error(message))
            : Promise.resolve([{ results: [], meta: { changes: 1 } }]);
        },
        prepare: () => ({ bind: () => ({}) }),
      } as never);
      return { atomic, calls: () => calls };
    };
    const locked = batchFailing([
      'D1_ERROR: database is locked: SQLITE_BUSY',
      'D1_ERROR: D1 DB is overloaded.',
    ]);
    expect(await locked.atomic([insert])).toEqual([{ numChangedRows: 1 }]);
    expect(locked.calls()).toBe(3);
    const busy = batchFailing(Array(3).fill('D1_ERROR: database is locked'));
    await expect(busy.atomic([insert])).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    expect(busy.calls()).toBe(3);
    const lost = batchFailing(['D1_ERROR: Network connection lost.']);
    await expect(lost.atomic([insert])).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    expect(lost.calls()).toBe(1);
  });

  it('leaves every other error as it is', async () => {
    const message = 'D1_ERROR: UNIQUE constraint failed: users.email: SQLITE_CONSTRAINT';
    await expect(failingBatch(message)([insert])).rejects.toThrow(message);
    expect(fromD1(new Error('D1_TYPE_ERROR: Type undefined not supported'))).not.toBeInstanceOf(AppError);
  });
});
