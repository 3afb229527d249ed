import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every error a user can cause, with its HTTP status. One table, so status codes stay consistent. */
export const errorStatus = {
  BAD_JSON: 400,
  BAD_CSV: 400,
  BAD_FORM: 400,
  /** Refused before the app runs: a request line, target or Host header HTTP cannot use. */
  BAD_REQUEST: 400,
  REQUEST_TIMEOUT: 408,
  HEADERS_TOO_LARGE: 431,
  VALIDATION_FAILED: 422,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_SET_UP: 409,
  CAMPAIGN_NOT_DRAFT: 409,
  CAMPAIGN_CLOSED: 410,
  CAMPAIGN_NOT_OPEN: 403,
  LINK_USED: 410,
  LINK_UNKNOWN: 404,
  TEMPLATE_CHANGED: 409,
  /** An own survey with no published version yet: a campaign cannot use it. */
  SURVEY_NOT_PUBLISHED: 409,
  /** A published version never changes; the edit is the next version's draft. */
  VERSION_PUBLISHED: 409,
  /** Someone saved or published the draft since this editor loaded it. */
  DRAFT_CHANGED: 409,
  /** Answering by text asked of a campaign without SMS among its channels or SMS texts in its survey. */
  TEXT_ANSWERS_UNAVAILABLE: 409,
  /** A poster keyword while the campaign's open link is off: a keyword answer is an open-link answer. */
  TEXT_KEYWORD_NEEDS_OPEN_LINK: 409,
  /** A poster keyword of the wrong shape, or one texts already use (STOP, HELP, BACK ...). */
  TEXT_KEYWORD_REFUSED: 422,
  /** A poster keyword another campaign not yet closed has. */
  TEXT_KEYWORD_TAKEN: 409,
  /** Publishing refused: blocking checks, listed in details next to the items they concern. */
  CHECKS_FAILED: 422,
  RATE_LIMITED: 429,
  LOGIN_LOCKED: 429,
  STORAGE_FULL: 507,
  STORAGE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): ContentfulStatusCode {
    return errorStatus[this.code];
  }
}

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** The single error envelope. Unknown errors are logged and shown without internals. */
export function sendError(c: Context, err: unknown, log: (msg: string, f: Record<string, unknown>) => void) {
  if (err instanceof AppError) return c.json(errorBody(err.code, err.message, err.details), err.status);
  log('unhandled error', { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  return c.json(errorBody('INTERNAL_ERROR', 'Something went wrong on our side.'), 500);
}
