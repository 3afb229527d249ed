/**
 * /api/setup, /api/auth/*, /api/invites: first run, sign in and out, API tokens (the rest of
 * /api/tokens is in token-routes.ts) and accepting an invitation. Staff accounts (/api/users) are in
 * staff/routes.ts.
 */
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { auditNow } from '../audit/audited.ts';
import { recordAudit, userActor } from '../audit/record.ts';
import { AppError } from '../errors.ts';
import { clientAddress, jsonBody, type AppEnv, type AppContext } from '../http.ts';
import { acceptInviteBody, createApiTokenBody, loginBody, setupBody } from './contract.ts';
import { authenticate, sessionCookie, sessionOnly } from './guard.ts';
import { acceptInvite, describeInvite } from './invites.ts';
import { hashToVerify, invitedMarker, verifyPassword } from './passwords.ts';
import { createSession, deleteSession } from './sessions.ts';
import { admitLogin, loginFailed, loginSucceeded, type LoginWait } from './throttle.ts';
import { createAuditedToken, tokenRoutes } from './token-routes.ts';
import { countUsers, createFirstAdmin, findUserForLogin, toUser } from './users.ts';

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
  .post('/setup', jsonBody(setupBody), async (c) => {
    const body = c.req.valid('json');
    const user = await createFirstAdmin(c.var.deps, body);
    await recordAudit(c.var.deps, {
      actor: userActor(user),
      action: 'user.create',
      object: { kind: 'user', id: user.id },
      detail: { role: user.role, firstAdmin: true },
    });
    return c.json({ user, csrfToken: await startSession(c, user.id) }, 201);
  })
  .post('/auth/login', jsonBody(loginBody), async (c) => {
    const { deps } = c.var;
    const body = c.req.valid('json');
    // Counted before the password is checked; while a wait runs, refused at once (throttle.ts).
    const admitted = await admitLogin(deps, body.email, clientAddress(c));
    if ('wait' in admitted) throw refuseLogin(c, admitted.wait);
    const row = await findUserForLogin(deps, body.email);
    // An unknown email and an account still waiting for its invitation are checked against the decoy,
    // so they answer exactly as a wrong password does, and as slowly.
    const ok = await verifyPassword(body.password, hashToVerify(row?.password_hash));
    if (!row || !ok || row.password_hash === invitedMarker) {
      // The account is named only when one has that email; what was typed never is (a password typed
      // into the email box would otherwise sit in the log).
      await recordAudit(deps, {
        actor: row ? userActor(row) : { kind: 'unknown' },
        action: 'auth.sign_in_failed',
        object: row ? { kind: 'user', id: row.id } : null,
      });
      const lockout = await loginFailed(deps, admitted.attempt);
      if (lockout) throw refuseLogin(c, lockout);
      throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password.');
    }
    await loginSucceeded(deps, admitted.attempt);
    await recordAudit(deps, {
      actor: userActor(row),
      action: 'auth.sign_in',
      object: { kind: 'user', id: row.id },
    });
    return c.json({ user: toUser(row), csrfToken: await startSession(c, row.id) });
  })
  .post('/auth/logout', authenticate, async (c) => {
    const sid = getCookie(c, sessionCookie);
    if (sid) await deleteSession(c.var.deps, sid);
    await auditNow(c, { action: 'auth.sign_out', object: { kind: 'user', id: c.var.user.id } });
    deleteCookie(c, sessionCookie, { path: '/' });
    return c.json({ ok: true });
  })
  .get('/auth/me', authenticate, (c) => {
    const { csrfToken, ...user } = c.var.user;
    return c.json({ user, csrfToken: csrfToken ?? null });
  })
  // The first way to make a token, kept for scripts written against it; /api/tokens does the rest.
  .post('/auth/tokens', authenticate, sessionOnly, jsonBody(createApiTokenBody), async (c) =>
    c.json(await createAuditedToken(c, c.req.valid('json')), 201),
  )
  .route('/tokens', tokenRoutes)
  // The invitation links: open to anyone, and only a valid token answers anything.
  .get('/invites/:token', async (c) =>
    c.json({ invite: await describeInvite(c.var.deps, c.req.param('token')) }),
  )
  .post('/invites/:token/accept', jsonBody(acceptInviteBody), async (c) => {
    const body = c.req.valid('json');
    const user = await acceptInvite(c.var.deps, c.req.param('token'), body.password);
    await recordAudit(c.var.deps, {
      actor: userActor(user),
      action: 'user.invite_accepted',
      object: { kind: 'user', id: user.id },
    });
    return c.json({ user, csrfToken: await startSession(c, user.id) });
  });
