/**
 * /api/setup, /api/auth/*, /api/invites: first run, sign in and out, API tokens (the rest of
 * /api/tokens is in token-routes.ts) and accepting an invitation. Staff accounts (/api/users) are in
 * staff/routes.ts.
 */
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { clientAddress, readJson, type AppEnv, type AppContext } from '../http.ts';
import { authenticate, requireSession, sessionCookie } from './guard.ts';
import { acceptInvite, describeInvite } from './invites.ts';
import { hashToVerify, invitedMarker, verifyPassword } from './passwords.ts';
import { createSession, deleteSession } from './sessions.ts';
import { admitLogin, loginFailed, loginSucceeded, type LoginWait } from './throttle.ts';
import { tokenRoutes } from './token-routes.ts';
import { createApiToken, createApiTokenBody } from './tokens.ts';
import {
  acceptInviteBody,
  countUsers,
  createFirstAdmin,
  findUserForLogin,
  newAccountBody,
  toUser,
} from './users.ts';

const loginBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});
const setupBody = newAccountBody
  .pick({ email: true, name: true, password: true })
  .required({ password: true });

async function startSession(c: AppContext, userId: string) {
  const { deps } = c.var;
  const session = await createSession(deps, userId);
  setCookie(c, sessionCookie, session.sessionId, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: deps.config.secureCookies,
    path: '/',
    expires: session.expires,
  });
  return session.csrfToken;
}

/** A sign-in refused for now: the envelope, and Retry-After for scripts. */
function refuseLogin(c: AppContext, wait: LoginWait) {
  c.header('Retry-After', String(wait.retryAfter));
  return wait.error;
}

export const authRoutes = new Hono<AppEnv>()
  .get('/setup', async (c) => c.json({ needsSetup: (await countUsers(c.var.deps)) === 0 }))
  .post('/setup', async (c) => {
    const body = await readJson(c, setupBody);
    const user = await createFirstAdmin(c.var.deps, body);
    return c.json({ user, csrfToken: await startSession(c, user.id) }, 201);
  })
  .post('/auth/login', async (c) => {
    const { deps } = c.var;
    const body = await readJson(c, loginBody);
    // Counted before the password is checked; while a wait runs, refused at once (throttle.ts).
    const admitted = await admitLogin(deps, body.email, clientAddress(c));
    if ('wait' in admitted) throw refuseLogin(c, admitted.wait);
    const row = await findUserForLogin(deps, body.email);
    // An unknown email and an account still waiting for its invitation are checked against the decoy,
    // so they answer exactly as a wrong password does, and as slowly.
    const ok = await verifyPassword(body.password, hashToVerify(row?.password_hash));
    if (!row || !ok || row.password_hash === invitedMarker) {
      const lockout = await loginFailed(deps, admitted.attempt);
      if (lockout) throw refuseLogin(c, lockout);
      throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password.');
    }
    await loginSucceeded(deps, admitted.attempt);
    return c.json({ user: toUser(row), csrfToken: await startSession(c, row.id) });
  })
  .post('/auth/logout', authenticate, async (c) => {
    const sid = getCookie(c, sessionCookie);
    if (sid) await deleteSession(c.var.deps, sid);
    deleteCookie(c, sessionCookie, { path: '/' });
    return c.json({ ok: true });
  })
  .get('/auth/me', authenticate, (c) => {
    const { csrfToken, ...user } = c.var.user;
    return c.json({ user, csrfToken: csrfToken ?? null });
  })
  // The first way to make a token, kept for scripts written against it; /api/tokens does the rest.
  .post('/auth/tokens', authenticate, async (c) => {
    requireSession(c.var.user);
    const body = await readJson(c, createApiTokenBody);
    return c.json(await createApiToken(c.var.deps, c.var.user, body), 201);
  })
  .route('/tokens', tokenRoutes)
  // The invitation links: open to anyone, and only a valid token answers anything.
  .get('/invites/:token', async (c) =>
    c.json({ invite: await describeInvite(c.var.deps, c.req.param('token')) }),
  )
  .post('/invites/:token/accept', async (c) => {
    const body = await readJson(c, acceptInviteBody);
    const user = await acceptInvite(c.var.deps, c.req.param('token'), body.password);
    return c.json({ user, csrfToken: await startSession(c, user.id) });
  });
