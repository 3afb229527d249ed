/** Shared pieces of the HTTP layer: the Hono env type and zod-validated body and query parsing. */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Deps } from './deps.ts';
import { AppError } from './errors.ts';

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

export function zodDetails(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
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

/** Where the request came from, for per-client limits; `unknown` when the runtime cannot tell. */
export function clientAddress(c: AppContext): string {
  return c.var.deps.clientAddress?.(c) ?? 'unknown';
}
