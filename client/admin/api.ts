// The dashboard's only way to the server: JSON over fetch to /api, with the session's CSRF token on
// every change. Errors keep the server's envelope so screens show the server's own words.

export interface FieldIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  /** zod issues from a VALIDATION_FAILED answer, keyed by field path ("closesOn", "smsHours.end"). */
  get fields(): Record<string, string> {
    const out: Record<string, string> = {};
    if (Array.isArray(this.details)) {
      for (const d of this.details as FieldIssue[])
        if (d && typeof d.path === 'string') out[d.path] ??= d.message;
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

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  options: { type?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: string | Blob | undefined;
  if (body !== undefined) {
    headers['content-type'] = options.type ?? 'application/json';
    // A file goes as its bytes, so the server can refuse one that is not UTF-8.
    payload = typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'OFFLINE', 'The server could not be reached. Check your connection and try again.');
  }
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
    throw new ApiError(
      res.status,
      e?.code ?? 'HTTP_ERROR',
      e?.message ?? `The server answered ${res.status}.`,
      e?.details,
    );
  }
  return json as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
};
