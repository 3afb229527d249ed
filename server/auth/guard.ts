/**
 * Who may do what: authentication, CSRF and roles. Which partnerships a user reaches is checked by
 * partnerships/access.ts.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../errors.ts';
import type { AppEnv, SessionUser } from '../http.ts';
import { safeEqual } from '../ids.ts';
import type { Role } from './contract.ts';
import { sessionUser } from './sessions.ts';
import { apiTokenUser } from './tokens.ts';

export const sessionCookie = 'sv_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Requires a signed-in user. Browser sessions must echo their CSRF token in `X-CSRF-Token` on every
 * state-changing request; bearer API tokens are not sent by browsers automatically, so need none.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const deps = c.var.deps;
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  let user: SessionUser | null = null;
  if (bearer) {
    // An expired token throws its own message (tokens.ts); this one is for a token we do not hold.
    user = await apiTokenUser(deps, bearer);
    if (!user)
      throw new AppError('UNAUTHENTICATED', 'This API token is not valid: it was revoked, or never issued.');
  } else {
    const sid = getCookie(c, sessionCookie);
    if (sid) user = await sessionUser(deps, sid);
    if (user && unsafeMethods.has(c.req.method)) {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!safeEqual(sent, user.csrfToken ?? '')) {
        throw new AppError(
          'CSRF_FAILED',
          'Missing or wrong X-CSRF-Token header; reload the page and try again.',
        );
      }
    }
  }
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  c.set('user', user);
  await next();
};

/**
 * `authenticate` for a sub-app mounted beside others at one path: every sub-app's middleware runs for
 * each request there, so the first authenticates and the others see its user instead of looking the
 * session up again.
 */
export const signedIn: MiddlewareHandler<AppEnv> = (c, next) => (c.var.user ? next() : authenticate(c, next));

/**
 * Requires a browser session, not an API token: a token that could make tokens could renew itself
 * before it expires, for ever, so a leaked one would never die.
 */
export function requireSession(user: SessionUser) {
  if (user.csrfToken === undefined)
    throw new AppError('FORBIDDEN', 'An API token cannot do this; sign in to the dashboard or use the CLI.');
}

export function requireRole(user: SessionUser, ...allowed: Role[]) {
  if (!allowed.includes(user.role))
    throw new AppError('FORBIDDEN', `This needs the ${allowed.join(' or ')} role.`);
}

/**
 * `requireSession` and `requireRole` as route middleware, placed before a body's validator: the
 * handlers checked these before reading the body, so a token's or a viewer's bad body answers 403,
 * not 400.
 */
export const sessionOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireSession(c.var.user);
  await next();
};

export function roleOnly(...allowed: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requireRole(c.var.user, ...allowed);
    await next();
  };
}
