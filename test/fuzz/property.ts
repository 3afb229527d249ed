/**
 * The fuzzer's property, shared by `test/fuzz/routes.test.ts` (a bounded run in `npm test`) and
 * `npm run fuzz` (scripts/fuzz.ts, as many cases as asked). For every generated bad request sent to
 * the real Node server:
 *   - it gets an answer, and never a 5xx;
 *   - every /api answer that is not a success is the JSON envelope `{error:{code,message}}`;
 *   - no body shows a stack trace or an internal name (SQL, error classes, file paths, libraries);
 *   - every answer carries the security headers (CSP with frame-ancestors 'none', nosniff, framing);
 *   - a rejected request (4xx) leaves every table as it was.
 * Cases come from a seed, so a run (and its failures) reproduces with the same seed.
 */
import fc from 'fast-check';
import { twilioSignature } from '../../server/distribution/twilio-signature.ts';
import { changedTables, openDigester } from './digest.ts';
import { fuzzCase, type FuzzCase } from './generators.ts';
import { appRoutes } from './route-list.ts';
import { describe, send, type RawRequest, type RawResponse } from './send.ts';
import { fuzzServerEnv, keepSignedIn, roles, seedWorld, type World } from './world.ts';

export interface Violation {
  kind: string;
  detail: string;
}

/** Failures of one kind with one status: usually one cause, whichever routes it showed on. */
export interface FailureClass {
  kind: string;
  status: number;
  count: number;
  routes: Set<string>;
  /** The smallest request seen in this class, with what it got (and the server's log, for a 5xx). */
  example: string;
  size: number;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  fiveHundreds: number;
  /** How many answers of each status: a run of nothing but 401s would check little. */
  statuses: Record<string, number>;
  /** Cases after which some table had changed: shows the digest sees the server's writes. */
  writes: number;
  failures: FailureClass[];
}

/** Internal names a body must never show, unless the request itself carried them (an echoed path). */
const leaks: [string, RegExp][] = [
  ['stack frame', /\bat (?:[\w$.<>[\] ]+ \()?(?:file:\/\/|\/|node:)[^\s)]*:\d+:\d+/],
  ['node_modules', /node_modules/],
  ['SQLite error', /SqliteError|SQLITE_[A-Z]+/],
  ['kysely', /kysely/i],
  ['error class', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|ZodError|AppError)\b/],
  ['engine message', /Unexpected token|is not a function|Cannot read properties|Unexpected end of JSON/],
  ['file path', /(?:^|[\s"'(])\/(?:home|work|usr|tmp|var|root|opt|srv)\/[\w./-]+|\b[\w-]+\.tsx?:\d+/],
  [
    'SQL',
    /\b(?:SELECT [\w*"`]|INSERT INTO|DELETE FROM|UPDATE "?\w+"? SET|CREATE TABLE)|\bno such (?:table|column)\b/,
  ],
];

// Never framed, except the survey editor's preview, which only the dashboard (this origin) frames
// and so must be frameable when it is served. A /preview/ request refused (a malformed request line
// that never reached the app, say) may be answered like any other, never framed: stricter still.
type Framing = 'never' | 'self' | 'either';
const securityHeaders = (framing: Framing): [string, (v: string | undefined) => boolean][] => {
  const patterns: Record<Framing, [RegExp, RegExp]> = {
    never: [/frame-ancestors 'none'/, /^DENY$/i],
    self: [/frame-ancestors 'self'/, /^SAMEORIGIN$/i],
    either: [/frame-ancestors '(self|none)'/, /^(SAMEORIGIN|DENY)$/i],
  };
  const [csp, xfo] = patterns[framing];
  return [
    ['content-security-policy', (v) => !!v && csp.test(v)],
    ['x-content-type-options', (v) => v === 'nosniff'],
    ['x-frame-options', (v) => !!v && xfo.test(v)],
  ];
};

const header = (res: RawResponse, name: string) => {
  const v = res.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

/** What a response breaks of the property; `changed` lists the tables the request wrote. */
export function check(req: RawRequest, res: RawResponse | Error, changed: string[]): Violation[] {
  if (res instanceof Error) return [{ kind: 'no answer', detail: res.message }];
  const out: Violation[] = [];
  const status = res.status;
  if (status >= 500) out.push({ kind: `${status}`, detail: res.text.slice(0, 200) });

  const path = pathOf(req.path);
  if (status >= 400 && /^\/api(\/|$)/.test(path)) {
    const type = header(res, 'content-type') ?? '';
    let body: any = null;
    try {
      body = JSON.parse(res.text);
    } catch {}
    const envelope =
      /^application\/json\b/.test(type) &&
      (req.method === 'HEAD' ||
        (body !== null &&
          Object.keys(body).length === 1 &&
          typeof body.error?.code === 'string' &&
          /^[A-Z][A-Z_]*$/.test(body.error.code) &&
          typeof body.error.message === 'string' &&
          body.error.message.length > 0));
    if (!envelope) {
      out.push({
        kind: 'api error not the JSON envelope',
        detail: `${type || 'no content-type'}: ${res.text.slice(0, 120)}`,
      });
    }
  }

  const type = header(res, 'content-type') ?? '';
  // Scripts and styles are the app's own files; what they contain is not an answer to this request.
  if (!(status < 300 && /javascript|text\/css/.test(type))) {
    const sent = requestText(req);
    for (const [name, pattern] of leaks) {
      const found = pattern.exec(res.text)?.[0];
      if (found && !sent.includes(found.trim())) out.push({ kind: `leaks ${name}`, detail: found });
    }
  }

  const framing: Framing = !path.startsWith('/preview/') ? 'never' : status < 400 ? 'self' : 'either';
  for (const [name, ok] of securityHeaders(framing)) {
    if (!ok(header(res, name))) out.push({ kind: `missing ${name}`, detail: String(header(res, name)) });
  }

  if (status >= 400 && status < 500 && changed.length > 0) {
    out.push({ kind: 'rejected request wrote', detail: changed.join(', ') });
  }
  return out;
}

/** The path as the server resolves it (dot segments, `%2e`), or as sent when it is no URL at all. */
function pathOf(raw: string): string {
  try {
    return new URL(`http://fuzz.invalid${raw}`).pathname;
  } catch {
    return raw;
  }
}

/** Everything the request carried, raw and percent-decoded, to tell an echo from a leak. */
function requestText(req: RawRequest): string {
  const raw = [req.path, ...Object.values(req.headers), req.body?.toString('utf8') ?? ''].join('\n');
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw.replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return `${raw}\n${decoded}`;
}

/** The bytes to send for a case, with the identity's current cookie and CSRF token. */
export async function toRequest(world: World, c: FuzzCase): Promise<RawRequest> {
  const headers: Record<string, string> = { ...c.headers };
  if (c.body.contentType !== undefined) headers['content-type'] = c.body.contentType;
  if (c.identity === 'admin-token') headers.authorization = `Bearer ${world.adminToken}`;
  else if (c.authorization) headers.authorization = c.authorization;
  const cookies: string[] = [];
  if (c.cookie) cookies.push(c.cookie);
  if (c.identity !== 'nobody' && c.identity !== 'admin-token') {
    const session = world.sessions[c.identity];
    cookies.push(session.cookie);
    const other = world.sessions[roles.find((r) => r !== c.identity)!];
    const token = {
      valid: session.csrf,
      missing: undefined,
      wrong: `${session.csrf.slice(0, -4)}AAAA`,
      empty: '',
      'other-role': other.csrf,
    }[c.csrf];
    if (token === undefined) delete headers['x-csrf-token'];
    else headers['x-csrf-token'] = token;
  }
  if (cookies.length > 0) headers.cookie = cookies.join('; ');
  if (c.signTwilio && c.body.contentType === 'application/x-www-form-urlencoded' && c.body.body) {
    // As Twilio signs: the public URL (the server's PUBLIC_URL is its base) and the form's fields.
    const parsed = URL.parse(world.base + c.path);
    const url = world.base + (parsed ? parsed.pathname + parsed.search : c.path);
    const form = new URLSearchParams(c.body.body.toString('utf8'));
    headers['x-twilio-signature'] = await twilioSignature(fuzzServerEnv.TWILIO_AUTH_TOKEN, url, form);
  }
  return { method: c.method, path: c.path, headers, body: c.body.body, chunked: c.body.chunked };
}

export interface FuzzOptions {
  base: string;
  databasePath: string;
  cases: number;
  seed: number;
  /** What the server has printed so far, to show a 5xx's logged error beside its request. */
  serverLog?: () => string;
  /** Called after each case, e.g. to print progress. */
  onCase?: (index: number, c: FuzzCase, violations: Violation[]) => void;
}

/** Seeds the server, then sends `cases` generated requests one at a time and checks each answer. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const world = await seedWorld(options.base);
  const { handlers, prefixes } = appRoutes();
  const arbitrary = fuzzCase(handlers, prefixes, world.real);
  const cases = fc.sample(arbitrary, { seed: options.seed, numRuns: options.cases });
  const digester = openDigester(options.databasePath);
  const classes = new Map<string, FailureClass>();
  let fiveHundreds = 0;
  const statuses: Record<string, number> = {};
  let writes = 0;
  let sessionsMayHaveChanged = false;
  let last = digester.digest();
  try {
    for (const [index, c] of cases.entries()) {
      if (sessionsMayHaveChanged) {
        await keepSignedIn(world);
        last = digester.digest();
      }
      const req = await toRequest(world, c);
      const logAt = options.serverLog?.().length ?? 0;
      const res = await send(options.base, req);
      const now = digester.digest();
      const changed = changedTables(last, now);
      if (changed.length > 0) writes++;
      const violations = check(req, res, changed);
      last = now;
      const status = res instanceof Error ? 0 : res.status;
      if (status >= 500) fiveHundreds++;
      statuses[status] = (statuses[status] ?? 0) + 1;
      // A request that got through may have been a logout or a change to an account: sign in again.
      sessionsMayHaveChanged = status < 400 && c.method !== 'GET' && c.method !== 'HEAD';
      const log = status >= 500 || status === 0 ? (options.serverLog?.().slice(logAt) ?? '') : '';
      for (const v of violations) record(classes, c, req, res, v, log);
      options.onCase?.(index, c, violations);
    }
  } finally {
    digester.close();
  }
  const failures = [...classes.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.status - b.status);
  return { seed: options.seed, cases: cases.length, fiveHundreds, statuses, writes, failures };
}

function record(
  classes: Map<string, FailureClass>,
  c: FuzzCase,
  req: RawRequest,
  res: RawResponse | Error,
  v: Violation,
  log: string,
) {
  const status = res instanceof Error ? 0 : res.status;
  // A 5xx is told apart by route (each handler fails its own way); the rest by kind and status.
  const key = status >= 500 || status === 0 ? `${v.kind} ${status} ${c.route}` : `${v.kind} ${status}`;
  const size = req.path.length + (req.body?.length ?? 0) + JSON.stringify(req.headers).length;
  const answer =
    res instanceof Error ? `no answer: ${res.message}` : `${res.status} ${header(res, 'content-type') ?? ''}`;
  const logged = log.trim()
    ? `\n    server printed: ${log.trim().slice(0, 600).replace(/\n/g, '\n      ')}`
    : '';
  const example = `${describe(req)}\n    got: ${answer}; ${v.kind}: ${v.detail}${logged}`;
  let seen = classes.get(key);
  if (!seen) {
    seen = { kind: v.kind, status, count: 0, routes: new Set(), example, size };
    classes.set(key, seen);
  }
  seen.count++;
  seen.routes.add(c.route);
  if (size < seen.size) Object.assign(seen, { example, size });
}

/** The report as lines: `fuzz_cases`, `fuzz_5xx`, then each failure class with its smallest example. */
export function formatReport(report: FuzzReport): string {
  const lines = [
    `fuzz_seed ${report.seed}`,
    `fuzz_cases ${report.cases}`,
    `fuzz_5xx ${report.fiveHundreds}`,
    `fuzz_writes ${report.writes}`,
    `fuzz_statuses ${Object.entries(report.statuses)
      .map(([s, n]) => `${s}:${n}`)
      .join(' ')}`,
    `fuzz_failure_classes ${report.failures.length}`,
  ];
  for (const f of report.failures) {
    const routes = [...f.routes].sort();
    const shown = routes.length > 6 ? [...routes.slice(0, 6), `and ${routes.length - 6} more`] : routes;
    lines.push(`\n[${f.kind}] status ${f.status || 'none'}, ${f.count} cases, on ${shown.join('; ')}`);
    lines.push(`  smallest: ${f.example}`);
  }
  return lines.join('\n');
}

export { fuzzServerEnv };
