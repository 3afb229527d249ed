/**
 * The Worker build, run for real: wrangler bundles server/runtime/worker.ts with no Node APIs, then
 * `wrangler dev` serves it on workerd over a local D1 migrated by `wrangler d1 migrations apply`,
 * and respondents answer through it over HTTP.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openD1 } from '../../server/runtime/d1.ts';
import { cspHeader } from '../../server/security.ts';
import { HttpClient } from './client.ts';
import { fullAnswers, seedWorker, type Template, type WorkerSeed } from './seed.ts';
import {
  queryD1,
  root,
  runWrangler,
  startLocalWorker,
  type DevServer,
  type LocalWorker,
} from './wrangler.ts';

const manifestPath = join(root, 'dist/assets/manifest.json');

let worker: LocalWorker;
let persistTo: string;
let dev: DevServer;

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-');
  ({ dev, persistTo } = worker);
}, 180_000);

afterAll(() => worker?.stop(), 60_000);

/** Answers waiting for a release, and responses (none until a release: test/workers/releases.test.ts). */
const counts = async () =>
  (
    await queryD1<{ waiting: number; responses: number }>(
      persistTo,
      `SELECT (SELECT count(*) FROM pending_answers) AS waiting, (SELECT count(*) FROM responses) AS responses`,
    )
  )[0];

/** Walks the no-JavaScript form section by section, as a browser would; returns the last redirect. */
async function answerByForm(token: string, template: Template): Promise<string> {
  const answers = fullAnswers(template);
  const pageUrl = `${dev.url}/s/${token}`;
  let step = 1;
  for (let posts = 0; posts <= template.sections.length; posts++) {
    const form = new URLSearchParams({ _step: String(step), _action: 'next' });
    for (const q of template.sections[step - 1]!.questions) {
      for (const v of [answers[q.id] ?? []].flat()) form.append(q.id, String(v));
    }
    const res = await fetch(pageUrl, { method: 'POST', body: form, redirect: 'manual' });
    expect(res.status, `section ${step}: ${await res.text()}`).toBe(303);
    const location = new URL(res.headers.get('location')!, pageUrl);
    if (location.pathname === '/s/thanks') return location.href;
    step = Number(location.searchParams.get('step'));
  }
  throw new Error('the form never reached the thank-you page');
}

describe('Worker build', () => {
  it('bundles with wrangler and no Node-only module', async () => {
    const outdir = join(persistTo, '..', 'bundle');
    const { stdout, stderr } = await runWrangler(['deploy', '--dry-run', '--outdir', outdir], {
      timeoutMs: 180_000,
    });
    // Without nodejs_compat wrangler only warns about a node:* import and leaves it in the bundle,
    // where it fails at deploy time; this makes it fail here instead.
    expect(stdout + stderr).not.toMatch(/built into node|nodejs_compat/);
    const file = readdirSync(outdir).find((f) => f.endsWith('.js'));
    expect(file).toBeDefined();
    const code = readFileSync(join(outdir, file!), 'utf8');
    expect(code).not.toMatch(/["'`]node:[\w/]+["'`]|better-sqlite3/);
  }, 180_000);
});

describe('D1 dialect', () => {
  it('refuses interactive transactions with a pointer to deps.atomic', async () => {
    const { db } = openD1({} as D1Database);
    await expect(db.transaction().execute(async () => {})).rejects.toThrow(/deps\.atomic/);
  });
});

describe('Worker on workerd with local D1', () => {
  it('answers GET /healthz with JSON', async () => {
    const res = await fetch(`${dev.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('lists the three templates', async () => {
    const res = await new HttpClient(dev.url).get('/api/templates');
    expect(res.status).toBe(200);
    expect(res.json.templates.map((t: { id: string }) => t.id).sort()).toEqual([
      'employer-satisfaction',
      'partner-roi',
      'worker-voice',
    ]);
  });

  it('serves the built island from the assets layer', async () => {
    const { respondJs } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { respondJs: string };
    const res = await fetch(`${dev.url}/assets/${respondJs}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${dev.url}/assets/missing-file.js`)).status).toBe(404);
  });
});

/** A link answered by the respondent tests below (a form post to it is sent to the thank-you page). */
let answeredToken = '';

describe('Respondent path on the Worker', () => {
  let seed: WorkerSeed;

  beforeAll(async () => {
    seed = await seedWorker(dev.url, 4);
    answeredToken = seed.tokens[0]!;
  }, 60_000);

  it('hands out links on the configured public origin', () => {
    expect(seed.linkUrls).toHaveLength(4);
    for (const url of seed.linkUrls) expect(url.startsWith(`${dev.url}/s/`)).toBe(true);
  });

  it('seals one answer in the pool for a JSON submit, and a retry adds nothing more', async () => {
    const token = seed.tokens[0]!;
    const respondent = new HttpClient(dev.url);
    const first = await respondent.post(`/s/${token}/submit`, { answers: fullAnswers(seed.template) });
    expect(first.status, first.text).toBe(200);
    const again = await respondent.post(`/s/${token}/submit`, { answers: fullAnswers(seed.template) });
    expect(again.status, again.text).toBe(200);
    const draft = await respondent.post(`/s/${token}/draft`, { answers: {} });
    expect(draft.status).toBe(410);
    expect(draft.json.error.code).toBe('LINK_USED');
    const used = await fetch(`${dev.url}/s/${token}`);
    expect(used.status).toBe(410);
    expect(used.headers.get('content-type')).toMatch(/text\/html/);

    expect(await counts()).toEqual({ waiting: 1, responses: 0 });
    const [pooled] = await queryD1(persistTo, 'SELECT * FROM pending_answers');
    const invitations = await queryD1<{ id: string; token_hash: string }>(
      persistTo,
      'SELECT id, token_hash FROM invitations',
    );
    const secrets = [
      token,
      createHash('sha256').update(token).digest('hex'),
      ...seed.contactIds,
      ...invitations.flatMap((i) => [i.id, i.token_hash]),
    ];
    for (const value of Object.values(pooled!)) {
      for (const secret of secrets) expect(String(value)).not.toContain(secret);
    }
  }, 60_000);

  it('serves the respondent page and takes answers from the plain form', async () => {
    const token = seed.tokens[1]!;
    const page = await fetch(`${dev.url}/s/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    // The page loads the island under the hashed name the Worker read from the manifest.
    const { respondJs } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { respondJs: string };
    expect(await page.text()).toContain(respondJs);

    expect(await answerByForm(token, seed.template)).toMatch(/\/s\/thanks\b/);
    expect(await counts()).toEqual({ waiting: 2, responses: 0 });
  }, 60_000);

  it('seals exactly one answer when two submits race on one link', async () => {
    const before = (await counts())!.waiting;
    const token = seed.tokens[2]!;
    const raced = await Promise.all(
      [1, 2].map(() =>
        new HttpClient(dev.url).post(`/s/${token}/submit`, { answers: fullAnswers(seed.template) }),
      ),
    );
    expect(raced.map((r) => r.status)).toEqual([200, 200]);
    expect(await counts()).toEqual({ waiting: before + 1, responses: 0 });
    const [completed] = await queryD1<{ n: number }>(
      persistTo,
      'SELECT count(*) AS n FROM invitations WHERE completed = 1',
    );
    expect(completed?.n).toBe(before + 1);
  }, 60_000);
});

describe('the admin app on Workers', () => {
  it('serves the app shell at /admin and for deep links into it', async () => {
    const shell = await fetch(`${dev.url}/admin/`);
    expect(shell.status).toBe(200);
    // Served by the assets layer, not the Worker: dist/_headers gives it the app's policy.
    expect(shell.headers.get('content-security-policy')).toBe(cspHeader());
    const html = await shell.text();
    expect(html).toMatch(/<script type="module"[^>]+src="\/admin\/assets\/[\w.-]+\.js"/);
    // No file has this name: the assets layer passes it to the Worker, which answers the same shell.
    const deep = await fetch(`${dev.url}/admin/campaigns/some-campaign`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-type')).toMatch(/text\/html/);
    expect(deep.headers.get('content-security-policy')).toBe(cspHeader());
    expect(await deep.text()).toBe(html);
  }, 60_000);
});

describe('security headers and the envelope on Workers', () => {
  const secured = (res: Response, what: string) => {
    expect(res.headers.get('content-security-policy'), what).toBe(cspHeader());
    expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  };

  it('secures what the Worker answers: JSON, errors, pages, misses, redirects and a broken form', async () => {
    const cases: [string, string, RequestInit, number][] = [
      ['JSON', '/healthz', {}, 200],
      ['JSON error', '/api/auth/me', {}, 401],
      [
        'bad JSON',
        '/api/auth/login',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' },
        400,
      ],
      [
        'not JSON at a validated route',
        '/api/auth/login',
        { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' },
        415,
      ],
      [
        'invalid field at a validated route',
        '/api/auth/login',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":7}' },
        422,
      ],
      ['unknown /api path', '/api/nothing', {}, 404],
      ['unknown /api path with a slash', '/api/users/', {}, 404],
      ['respondent page', '/s/thanks', {}, 200],
      ['unknown link', `/s/${'A'.repeat(24)}`, {}, 404],
      [
        'redirect',
        `/s/${answeredToken}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: '_step=2&_action=back',
        },
        303,
      ],
      [
        'broken form body',
        `/s/${answeredToken}`,
        {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=X' },
          body: '--X\r\nbroken',
        },
        400,
      ],
    ];
    for (const [what, path, init, status] of cases) {
      const res = await fetch(`${dev.url}${path}`, { ...init, redirect: 'manual' });
      expect(res.status, what).toBe(status);
      secured(res, what);
      if (path.startsWith('/api') && status >= 400) {
        expect(res.headers.get('content-type'), what).toMatch(/^application\/json/);
        expect(((await res.json()) as { error: { code: string } }).error.code, what).toEqual(
          expect.any(String),
        );
      } else await res.arrayBuffer();
    }
    // The island comes from the assets layer, with dist/_headers' rules.
    const { respondJs } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { respondJs: string };
    const asset = await fetch(`${dev.url}/assets/${respondJs}`);
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    await asset.arrayBuffer();
  }, 60_000);
});
