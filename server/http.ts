/** Shared pieces of the HTTP layer: the Hono env type and zod-validated body and query parsing. */
import { zValidator } from '@hono/zod-validator';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { Deps } from './deps.ts';
import { AppError } from './errors.ts';
import { fieldIssue } from './fields/issue-contract.ts';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'analyst' | 'viewer';
  /** Present for cookie sessions, absent for API tokens (which need no CSRF token). */
  csrfToken?: string;
}

export type AppEnv = { Variables: { deps: Deps; user: SessionUser } };
export type AppContext = Context<AppEnv>;

/** zod's issues as the envelope's field details, each with the kind the dashboard words. */
export function zodDetails(error: { issues: readonly Parameters<typeof fieldIssue>[0][] }) {
  return error.issues.map(fieldIssue);
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', 'Some fields are missing or invalid.', zodDetails(result.error));
  }
  return result.data;
}

/** Reads a JSON body and validates it; bad JSON and wrong types become clear 4xx errors. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new AppError('BAD_JSON', 'The request body is not valid JSON.');
  }
  return parseWith(schema, body);
}

export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return parseWith(schema, c.req.query());
}

/** A failed check answers with the envelope's VALIDATION_FAILED and the field list, as parseWith does. */
function refuseInvalid(result: { success: boolean; error?: Parameters<typeof zodDetails>[0] }) {
  if (result.error) {
    throw new AppError('VALIDATION_FAILED', 'Some fields are missing or invalid.', zodDetails(result.error));
  }
}

/**
 * Route middleware for a JSON body checked by a contract's schema; the handler reads it with
 * `c.req.valid('json')`, and the typed client learns the body's type from it. The content type and
 * the JSON are checked first, so a form post gets 415 and broken JSON gets BAD_JSON, not a 400 that
 * the validator would word its own way (or an empty object it would validate instead).
 */
export function jsonBody<T extends z.ZodType>(schema: T) {
  const check = zValidator('json', schema, refuseInvalid);
  const guarded: MiddlewareHandler = async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
    }
    try {
      await c.req.json(); // kept by the request, so the validator reads it again for free
    } catch {
      throw new AppError('BAD_JSON', 'The request body is not valid JSON.');
    }
    return check(c, next);
  };
  return guarded as typeof check;
}

/**
 * Route middleware for a query checked by a schema; `c.req.valid('query')` in the handler. A name
 * given twice counts once, by its first value, as `c.req.query()` reads it.
 */
export function queryOf<T extends z.ZodType>(schema: T) {
  return zValidator('query', schema, refuseInvalid, {
    // The option's type is written for zod 3 and 4 at once; the result is zod 4's own.
    validationFunction: (s, value: Record<string, string | string[]>) =>
      s.safeParseAsync(
        Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
      ) as never,
  });
}

/** Where the request came from, for per-client limits; `unknown` when the runtime cannot tell. */
export function clientAddress(c: AppContext): string {
  return c.var.deps.clientAddress?.(c) ?? 'unknown';
}
