// The dashboard's only way to the server: JSON over fetch to /api, with the session's CSRF token on
// every change. Errors keep the server's envelope; their message and field messages are said in the
// staff member's language where the code or kind has words (error-words.ts), the server's otherwise.
import { hc, type ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
// Types only: nothing of the server reaches the bundle (test/client/boundary.test.ts).
import type { App } from '../../server/app.ts';
import type { FieldIssue } from '../../server/fields/issue-contract.ts';
import { errorText, fieldText } from './error-words.ts';
import { activeLocale, words } from './i18n/catalogue.ts';

const said = () => words(activeLocale(), 'shell');

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  /** Field problems of the answer, keyed by field path ("closesOn", "smsHours.end"), worded. */
  get fields(): Record<string, string> {
    const out: Record<string, string> = {};
    if (Array.isArray(this.details)) {
      for (const d of this.details as FieldIssue[])
        if (d && typeof d.path === 'string' && typeof d.message === 'string')
          out[d.path] ??= fieldText(said(), d);
    }
    return out;
  }
}

let csrfToken: string | null = null;
let onSignedOut: (() => void) | null = null;

/** Called when the session ends under a screen (expired, signed out elsewhere): back to sign-in. */
export function whenSignedOut(handler: (() => void) | null) {
  onSignedOut = handler;
}
/** Set from setup, login and /api/auth/me; cleared on logout. */
export function setCsrf(token: string | null) {
  csrfToken = token;
}

/** The headers every call carries: JSON wanted, and the session's CSRF token on a change. */
function headersFor(method: string, given?: HeadersInit): Headers {
  const headers = new Headers(given);
  headers.set('accept', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  return headers;
}

/** fetch with the session's headers; a network failure becomes an OFFLINE ApiError. */
async function send(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  try {
    return await fetch(input, {
      ...init,
      headers: headersFor(method, init.headers),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'OFFLINE', said()('offline'));
  }
}

/** The body of a successful answer; any other answer throws the server's envelope as an ApiError. */
async function bodyOf(res: Response): Promise<unknown> {
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const e = (json as { error?: { code: string; message: string; details?: unknown } } | null)?.error;
    if (res.status === 401 && csrfToken !== null) onSignedOut?.();
    if (!e)
      throw new ApiError(res.status, 'HTTP_ERROR', said()('serverAnswered', { status: String(res.status) }));
    throw new ApiError(res.status, e.code, errorText(said(), e.code, e.message), e.details);
  }
  return json;
}

/**
 * The API, typed from the server's own routes: paths, path parameters, query and JSON bodies are
 * checked by tsc against the routes' schemas, and `read` gives each answer the type its handler
 * returns, so a changed response shape fails the dashboard's type check, not a screen in use.
 */
export const server = hc<App>('/', { fetch: send });

/** What a successful answer of a typed call holds (its 2xx JSON bodies). */
export type Answer<R> =
  R extends ClientResponse<infer T, infer S, 'json'> ? (S extends SuccessStatusCode ? T : never) : never;

/** Waits for a typed call and gives its JSON, or throws the server's envelope as an ApiError. */
export async function read<R extends ClientResponse<unknown, number, string>>(
  call: Promise<R>,
): Promise<Answer<R>> {
  return (await bodyOf(await call)) as Answer<R>;
}

/**
 * A call the typed client cannot make: a file sent as its own bytes (so the server can refuse one
 * that is not UTF-8). The caller names the answer's type from the route, with `Answer`.
 */
export async function upload<T>(path: string, file: Blob | string, type: string): Promise<T> {
  return (await bodyOf(
    await send(path, { method: 'POST', body: file, headers: { 'content-type': type } }),
  )) as T;
}
