/** A fresh app over a migrated in-memory SQLite database for every test, with a movable clock. */
import { createApp } from '../../server/app.ts';
import type { Deps } from '../../server/deps.ts';
import { readDistributionConfig } from '../../server/distribution/config.ts';
import { devMailer, devSms } from '../../server/distribution/dev-senders.ts';
import { cryptoRandom } from '../../server/ids.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';

export interface TestContext {
  app: ReturnType<typeof createApp>;
  deps: Deps;
  raw: ReturnType<typeof openSqlite>['raw'];
  clock: { now(): Date; set(iso: string): void; advance(ms: number): void };
  errors: string[];
}

/** The header an in-process test sets to act as a client at some address (per-client limits). */
export const testClientHeader = 'x-test-client-address';

export const testLinkSecret = 'test-link-secret-0123456789abcdefghijklmnop';
export const testAnswerSecret = 'test-answer-secret-0123456789abcdefghijklm';
export const testTwilioAuthToken = 'test-twilio-auth-token';

export function makeTestApp(options: { now?: string; maxBodyBytes?: number } = {}): TestContext {
  const sqlite = openSqlite(':memory:');
  let now = new Date(options.now ?? '2026-08-15T15:00:00Z');
  const clock = {
    now: () => new Date(now),
    set: (iso: string) => void (now = new Date(iso)),
    advance: (ms: number) => void (now = new Date(now.getTime() + ms)),
  };
  const errors: string[] = [];
  const log: Deps['log'] = {
    info: () => {},
    error: (msg, f) => void errors.push(`${msg} ${JSON.stringify(f)}`),
  };
  const deps: Deps = {
    db: sqlite.db,
    atomic: sqlite.atomic,
    clock,
    random: cryptoRandom,
    config: {
      publicUrl: 'http://survey.test',
      maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
      secureCookies: false,
      sessionSeconds: 3600,
      assets: { respondJs: 'respond-test.js' },
      answerSecret: testAnswerSecret,
      distribution: readDistributionConfig(
        // No pacing: tests check what is sent, the rate limiter has tests of its own.
        {
          TWILIO_AUTH_TOKEN: testTwilioAuthToken,
          SMS_PER_SECOND: '0',
          EMAIL_PER_SECOND: '0',
          MAIL_POSTAL_ADDRESS: '100 Main St, Peoria, IL 61602',
        },
        testLinkSecret,
      ),
    },
    log,
    mailer: devMailer(log, cryptoRandom),
    sms: devSms(log, cryptoRandom),
    // In-process requests have no socket: a test names its client with this header (see testClientHeader).
    clientAddress: (c) => c.req.header(testClientHeader) ?? null,
  };
  return { app: createApp(() => deps), deps, raw: sqlite.raw, clock, errors };
}

export type Transport = (path: string, init: RequestInit) => Promise<Response>;

/**
 * A small client that keeps the session cookie and sends the CSRF token like the admin app does;
 * over `app.request` for an in-process app, or any transport (fetch to a running Worker).
 */
export class TestClient {
  cookie = '';
  csrf = '';
  private send: Transport;
  constructor(target: Pick<TestContext, 'app'> | Transport) {
    this.send = typeof target === 'function' ? target : async (path, init) => target.app.request(path, init);
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (body !== undefined) h['content-type'] ??= 'application/json';
    const res = await this.send(path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    const text = await res.text();
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    if (json?.csrfToken) this.csrf = json.csrfToken;
    return { status: res.status, json, text, headers: res.headers };
  }
  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
  patch = (path: string, body?: unknown) => this.request('PATCH', path, body ?? {});
  put = (path: string, body?: unknown) => this.request('PUT', path, body ?? {});
  del = (path: string) => this.request('DELETE', path);
}

/** The first admin every test makes. */
export const testAdmin = { email: 'admin@example.org', name: 'Ada Admin', password: 'correct horse battery' };

/** Makes the first admin through /api/setup on whatever `client` talks to; `client` is then signed in. */
export async function setUpAdmin<C extends TestClient>(client: C): Promise<C> {
  const res = await client.post('/api/setup', testAdmin);
  if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${res.text}`);
  return client;
}

export function adminClient(ctx: TestContext) {
  return setUpAdmin(new TestClient(ctx));
}

/**
 * A new staff account with this role and these memberships, made by `admin`, and signed in. Its email
 * comes from the role and how many partnerships it has, so one test can hold one of each.
 */
export async function staffClient(
  ctx: TestContext,
  admin: TestClient,
  role: 'admin' | 'analyst' | 'viewer',
  partnershipIds: string[],
) {
  const email = `${role}-${partnershipIds.length}@example.org`;
  const password = 'correct horse battery';
  const made = await admin.post('/api/users', { email, name: role, password, role, partnershipIds });
  if (made.status !== 201) throw new Error(`creating ${email} failed: ${made.text}`);
  const client = new TestClient(ctx);
  const login = await client.post('/api/auth/login', { email, password });
  if (login.status !== 200) throw new Error(`signing in as ${email} failed: ${login.text}`);
  return client;
}
