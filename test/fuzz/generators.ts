/**
 * fast-check generators of bad requests: a route from the app (or a path under one that does not
 * exist), its parameters filled with real ids or junk, a junk query, a body that is wrong in one of
 * many ways, and who sends it (nobody, each role with or without its CSRF token, a script with a
 * bearer token). A case names the identity rather than holding its cookie, so it stays valid when a
 * role has to sign in again between cases.
 */
import fc from 'fast-check';
import { paramNames, type Route } from './route-list.ts';
import { body, formBody, type BodySpec } from './bodies.ts';
import { roles, type RealValues, type Role } from './world.ts';

export type Identity = 'nobody' | Role | 'admin-token';
export type CsrfMode = 'valid' | 'missing' | 'wrong' | 'empty' | 'other-role';

export interface FuzzCase {
  /** The route pattern, or `unknown under <prefix>`: for grouping failures, not for sending. */
  route: string;
  method: string;
  path: string;
  identity: Identity;
  csrf: CsrfMode;
  cookie: string | null;
  authorization: string | null;
  headers: Record<string, string>;
  body: BodySpec;
  /** Sign the (form) body as Twilio would, so a webhook's code past the signature check is reached. */
  signTwilio: boolean;
}

/** Anything HTTP/1.1 cannot carry as written is percent-encoded (node:http refuses it otherwise). */
export const pathSafe = (s: string) =>
  [...s].map((ch) => (/^[\x21-\x7e]$/.test(ch) ? ch : encodeURIComponent(ch))).join('');
const headerSafe = (s: string) =>
  [...s].map((ch) => (/^[\x20-\x7e]$/.test(ch) ? ch : encodeURIComponent(ch))).join('');

/** A value for a path parameter: real where the world has one, else ids that are not there, and junk. */
function paramValue(real: string[]): fc.Arbitrary<string> {
  const junk: fc.WeightedArbitrary<string>[] = [
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{16,32}$/) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }).map(pathSafe) },
    { weight: 1, arbitrary: fc.integer({ min: 300, max: 4000 }).map((n) => 'a'.repeat(n)) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2E%2F',
        '%2F',
        '..%2f..%2fetc%2fpasswd',
        '%00',
        '%',
        '%zz',
        '%E0%A4%A',
        '%C0%AF',
        '%20',
        "'",
        '"',
        '<script>',
        'null',
        'undefined',
        '-1',
        '0',
        '1e309',
        '__proto__',
        'constructor',
        '2026-Q9',
        'PY',
        '9999',
        '%F0%9F%92%A9',
        '%EF%BF%BF',
        '*',
      ),
    },
  ];
  if (real.length === 0) return fc.oneof(...junk);
  const r = fc.constantFrom(...real);
  return fc.oneof(
    { weight: 8, arbitrary: r },
    {
      weight: 1,
      arbitrary: fc
        .tuple(r, fc.constantFrom('%00', '/', '%2F', '..', ' x', '\u00e9'))
        .map(([a, b]) => pathSafe(a + b)),
    },
    ...junk,
  );
}

/** `campaigns:id` for the `:id` after `campaigns`, so each kind of id gets its own real values. */
function realFor(pattern: string, name: string, real: RealValues): string[] {
  const segments = pattern.split('/');
  const at = segments.indexOf(`:${name}`);
  return real[`${segments[at - 1]}:${name}`] ?? real[name] ?? [];
}

function fillPath(pattern: string, real: RealValues): fc.Arbitrary<string> {
  const names = paramNames(pattern);
  return fc
    .tuple(...names.map((n) => paramValue(realFor(pattern, n, real))), fc.constantFrom('', '', '', '/', '//'))
    .map((values) => {
      let i = 0;
      const path = pattern.replace(/:\w+/g, () => values[i++] as string).replace(/\*$/, '');
      return path + (values[names.length] as string);
    });
}

const queryNames = [
  'step',
  'lang',
  'format',
  'paper',
  'limit',
  'offset',
  'q',
  'kind',
  'organizationId',
  'campaignId',
  'version',
  'dryRun',
  'mapping',
  'preview',
  'kinds',
  'organizationIds',
  'attributes',
  'channels',
  'after',
  'm',
  '__proto__',
];
const query: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.constantFrom(...queryNames),
          fc.oneof(
            fc.string({ maxLength: 30 }),
            fc.constantFrom('-1', '0', '1e9', 'NaN', '{"a":', '[]', 'csv', 'a4', 'es', '%zz'),
          ),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${pathSafe(v)}`).join('&')}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('?', '?&&=', '?a=%zz', '?mapping=%7B%22a%22%3A', `?q=${'x'.repeat(3000)}`),
  },
);

const badCookie = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => `sv_session=${s}`),
  fc.constantFrom(
    'sv_session=',
    'sv_session="unterminated',
    '=;;;=',
    'sv_session=a; sv_session=b',
    'sv_session=%zz',
    'sv_open_abcdefgh=junk',
  ),
  fc.integer({ min: 1000, max: 6000 }).map((n) => `sv_session=${'a'.repeat(n)}`),
);
const badAuthorization = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => `Bearer ${s}`),
  fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((s) => `Bearer svk_${s}`),
  fc.constantFrom('Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', 'bearer svk_', 'Bearer a b', 'Token x'),
  fc.integer({ min: 1000, max: 6000 }).map((n) => `Bearer ${'a'.repeat(n)}`),
);
const extraHeaders = fc.dictionary(
  fc.constantFrom(
    'accept-language',
    'x-forwarded-for',
    'x-twilio-signature',
    'origin',
    'content-encoding',
    'accept',
    'x-csrf-token',
  ),
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      'gzip',
      'br',
      'deflate',
      'es',
      'es-MX,es;q=0.9',
      '1.2.3.4, 5.6.7.8',
      'https://evil.example',
      'text/html',
      '*',
    ),
  ),
  { maxKeys: 3 },
);

const identity = fc.constantFrom<Identity>('nobody', 'nobody', ...roles, ...roles, 'admin-token');
const csrf = fc.constantFrom<CsrfMode>('valid', 'valid', 'missing', 'wrong', 'empty', 'other-role');
const otherMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** One bad request aimed at one of the app's routes, or at a path under one of its prefixes. */
export function fuzzCase(routes: Route[], prefixes: string[], real: RealValues): fc.Arbitrary<FuzzCase> {
  const known = fc.constantFrom(...routes).chain((r) =>
    fc.record({
      route: fc.constant(`${r.method} ${r.path}`),
      method: fc.oneof(
        { weight: 6, arbitrary: fc.constant(r.method) },
        { weight: 1, arbitrary: fc.constantFrom(...otherMethods) },
      ),
      path: fillPath(r.path, real),
      body: /^POST \/(s|u|webhooks)\//.test(`${r.method} ${r.path}`) ? formBody : body,
    }),
  );
  const unknown = fc.constantFrom(...prefixes, '/api', '').chain((prefix) =>
    fc.record({
      route: fc.constant(`unknown under ${prefix || '/'}`),
      method: fc.constantFrom(...otherMethods),
      path: fc
        .tuple(
          fillPath(prefix, real),
          fc.array(
            fc.oneof(fc.constantFrom('nothing', '', 'x'), fc.string({ maxLength: 12 }).map(pathSafe)),
            { minLength: 1, maxLength: 3 },
          ),
        )
        .map(([p, rest]) => `${p}/${rest.join('/')}`),
      body,
    }),
  );
  return fc
    .record({
      target: fc.oneof({ weight: 5, arbitrary: known }, { weight: 1, arbitrary: unknown }),
      query,
      identity,
      csrf,
      // Mostly none: a bad bearer header is checked before the session cookie and would hide it.
      cookie: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: badCookie }),
      authorization: fc.oneof(
        { weight: 6, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: badAuthorization },
      ),
      headers: extraHeaders,
      // Rare: a Host that is no host name is refused before any route, which would hide the rest.
      host: fc.oneof(
        { weight: 30, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
      ),
      // What browsers and fetch send, so the server's compression runs as it does for them.
      acceptEncoding: fc.constantFrom(
        'gzip, deflate, br',
        'gzip, deflate, br',
        'gzip',
        'br',
        'identity',
        '*',
        null,
      ),
      signTwilio: fc.boolean(),
    })
    .map(({ target, query, headers, host, acceptEncoding, cookie, authorization, ...rest }) => ({
      ...rest,
      route: target.route,
      method: target.method,
      body: target.body,
      path: target.path + query,
      cookie: cookie === null ? null : headerSafe(cookie),
      authorization: authorization === null ? null : headerSafe(authorization),
      headers: {
        ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
        ...(host === null ? {} : { host: headerSafe(host) }),
        ...Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, headerSafe(v)])),
      },
    }));
}
