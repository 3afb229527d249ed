/**
 * Staff invited by email (issue #5): the admin makes the account, the invitation goes through
 * nodemailer to a real SMTP server, and the link in the received mail sets the password and signs the
 * person in. Happy path, then the link's single use and expiry, then bad requests and refusals.
 */
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { decoyHash, hashToVerify, invitedMarker } from '../../server/auth/passwords.ts';
import { smtpMailer } from '../../server/runtime/smtp-mailer.ts';
import { adminClient, makeTestApp, staffClient, TestClient, type TestContext } from '../helpers/app.ts';
import { startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer.ts';

let smtp: SmtpPeer;
let mailer: ReturnType<typeof smtpMailer>;
const password = 'a brand new password';
const day = 86_400_000;

beforeAll(async () => {
  smtp = await startSmtpPeer();
  mailer = smtpMailer({ url: smtp.url, from: 'Sector Voice <surveys@example.org>' });
});
afterAll(async () => {
  mailer?.close();
  await smtp?.close();
});
beforeEach(() => {
  smtp.messages.length = 0;
  smtp.reject.clear();
});

/** An app whose mail goes to the SMTP peer, with an admin and a partnership. */
async function setup() {
  const ctx = makeTestApp();
  ctx.deps.mailer = mailer;
  ctx.deps.config.distribution.senders.email = 'smtp';
  const admin = await adminClient(ctx);
  const p = await admin.post('/api/partnerships', { name: 'A', sector: 'S', region: 'R', timeZone: 'UTC' });
  return { ctx, admin, partnershipId: p.json.partnership.id as string };
}

const inviteBody = (partnershipId: string, email = 'nia@example.org') => ({
  email,
  name: 'Nia <New>',
  role: 'analyst',
  invite: true,
  partnershipIds: [partnershipId],
});

const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const mailTo = async (to: string): Promise<ParsedMail> => {
  await smtp.waitFor(1);
  const m = smtp.messages.filter((m) => (m.to as { text: string }).text === to).at(-1);
  if (!m) throw new Error(`no mail to ${to}`);
  return m;
};
const count = (ctx: TestContext, sql: string) => (ctx.raw.prepare(sql).get() as { n: number }).n;
const login = (ctx: TestContext, email: string, pw: string) =>
  new TestClient(ctx).post('/api/auth/login', { email, password: pw });

describe('POST /api/users with invite: true', () => {
  it('emails a link that sets the password and signs the person in', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const res = await admin.post('/api/users', inviteBody(partnershipId));
    expect(res.status, res.text).toBe(201);
    expect(res.json.user).toMatchObject({ email: 'nia@example.org', role: 'analyst' });
    const { url, expiresAt, emailed } = res.json.invite;
    expect(emailed).toBe(true);
    expect(url).toMatch(/^http:\/\/survey\.test\/admin\/welcome\/[\w-]{24}$/);
    expect(expiresAt).toBe(new Date(ctx.clock.now().getTime() + 7 * day).toISOString());
    // Only the token's hash is kept.
    expect(JSON.stringify(ctx.raw.prepare('SELECT * FROM user_invites').all())).not.toContain(tokenOf(url));
    const listed = (await admin.get('/api/users')).json.users.find(
      (u: { id: string }) => u.id === res.json.user.id,
    );
    expect(listed).toMatchObject({ invitePending: true, partnershipIds: [partnershipId] });

    const mail = await mailTo('nia@example.org');
    expect(mail.subject).toBe('Ada Admin invited you to Sector Voice');
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${url}"`);
    // The name is escaped in the HTML part.
    expect(mail.html).toContain('Hi Nia &lt;New&gt;,');
    const link = mail.text!.match(/http:\/\/survey\.test\/admin\/welcome\/\S+/)![0];

    const guest = new TestClient(ctx);
    const about = await guest.get(`/api/invites/${tokenOf(link)}`);
    expect(about.status).toBe(200);
    expect(about.json.invite).toEqual({
      name: 'Nia <New>',
      email: 'nia@example.org',
      role: 'analyst',
      expiresAt,
    });
    const accepted = await guest.post(`/api/invites/${tokenOf(link)}/accept`, { password });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.json.user).toMatchObject({ email: 'nia@example.org', role: 'analyst' });
    expect(accepted.headers.get('set-cookie')).toMatch(/sv_session=.+HttpOnly/i);
    expect(accepted.json.csrfToken).toMatch(/^[\w-]{40,}$/);

    // Signed in: reads and, with the CSRF token, changes their partnership.
    expect((await guest.get('/api/auth/me')).json.user.email).toBe('nia@example.org');
    expect((await guest.get(`/api/partnerships/${partnershipId}`)).status).toBe(200);
    const org = await guest.post(`/api/partnerships/${partnershipId}/organizations`, {
      name: 'Acme',
      kind: 'employer',
    });
    expect(org.status, org.text).toBe(201);
    expect((await login(ctx, 'nia@example.org', password)).status).toBe(200);
    expect(count(ctx, 'SELECT count(*) AS n FROM user_invites')).toBe(0);
    const after = (await admin.get('/api/users')).json.users.find(
      (u: { id: string }) => u.id === res.json.user.id,
    );
    expect(after.invitePending).toBe(false);
  });

  it('refuses sign-in before acceptance with the same answer as a wrong password', async () => {
    const { ctx, admin, partnershipId } = await setup();
    await admin.post('/api/users', inviteBody(partnershipId));
    const pending = await login(ctx, 'nia@example.org', 'any password at all');
    const wrong = await login(ctx, 'admin@example.org', 'not the password!');
    const unknown = await login(ctx, 'nobody@example.org', 'any password at all');
    expect(pending.status).toBe(401);
    expect(pending.json).toEqual(wrong.json);
    expect(pending.json).toEqual(unknown.json);
    expect(pending.headers.get('set-cookie')).toBeNull();
    // Nothing verifies against the marker, and login checks the decoy in its place: one PBKDF2
    // derivation, as for a wrong password, so the time taken tells nothing either.
    expect(ctx.raw.prepare("SELECT password_hash FROM users WHERE email = 'nia@example.org'").get()).toEqual({
      password_hash: invitedMarker,
    });
    expect(hashToVerify(invitedMarker)).toBe(decoyHash);
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      await login(ctx, 'nia@example.org', 'any password at all');
      expect(derive).toHaveBeenCalledTimes(1);
      await login(ctx, 'admin@example.org', 'not the password!');
      expect(derive).toHaveBeenCalledTimes(2);
    } finally {
      derive.mockRestore();
    }
    // Even the marker itself, typed as a password, is refused.
    expect((await login(ctx, 'nia@example.org', invitedMarker)).status).toBe(401);
  });

  it('reports a failed email and keeps the account and its link', async () => {
    const { ctx, admin, partnershipId } = await setup();
    smtp.reject.add('nia@example.org');
    const res = await admin.post('/api/users', inviteBody(partnershipId));
    expect(res.status, res.text).toBe(201);
    expect(res.json.invite.emailed).toBe(false);
    expect(res.json.invite.reason).toMatch(/SMTP_550/);
    expect(smtp.messages).toHaveLength(0);
    expect(ctx.errors.join()).toMatch(/invitation email not sent/);
    const accepted = await new TestClient(ctx).post(`/api/invites/${tokenOf(res.json.invite.url)}/accept`, {
      password,
    });
    expect(accepted.status).toBe(200);
  });

  it('says the link was not emailed when only the development mailer is set up', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const res = await admin.post('/api/users', { email: 'dev@example.org', name: 'Dev', invite: true });
    expect(res.status).toBe(201);
    expect(res.json.invite).toMatchObject({ emailed: false, reason: expect.stringMatching(/not set up/) });
    expect((await new TestClient(ctx).get(`/api/invites/${tokenOf(res.json.invite.url)}`)).status).toBe(200);
  });
});

describe('the invitation link', () => {
  it('works once: a replayed token is refused and changes nothing', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const { url } = (await admin.post('/api/users', inviteBody(partnershipId))).json.invite;
    const token = tokenOf(url);
    expect((await new TestClient(ctx).post(`/api/invites/${token}/accept`, { password })).status).toBe(200);
    const again = await new TestClient(ctx).post(`/api/invites/${token}/accept`, {
      password: 'the attacker password',
    });
    expect(again.status).toBe(404);
    expect(again.json.error.code).toBe('LINK_UNKNOWN');
    expect(again.headers.get('set-cookie')).toBeNull();
    expect((await new TestClient(ctx).get(`/api/invites/${token}`)).status).toBe(404);
    expect((await login(ctx, 'nia@example.org', 'the attacker password')).status).toBe(401);
    expect((await login(ctx, 'nia@example.org', password)).status).toBe(200);
  });

  it('expires after seven days, and then changes nothing', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const { url } = (await admin.post('/api/users', inviteBody(partnershipId))).json.invite;
    const token = tokenOf(url);
    ctx.clock.advance(7 * day - 60_000);
    expect((await new TestClient(ctx).get(`/api/invites/${token}`)).status).toBe(200);
    ctx.clock.advance(60_000);
    const about = await new TestClient(ctx).get(`/api/invites/${token}`);
    expect(about.status).toBe(404);
    expect(about.json.error.message).toMatch(/expired/);
    const accept = await new TestClient(ctx).post(`/api/invites/${token}/accept`, { password });
    expect(accept.status).toBe(404);
    expect(accept.headers.get('set-cookie')).toBeNull();
    expect(
      count(ctx, "SELECT count(*) AS n FROM users WHERE password_hash = 'invited$no-password-yet'"),
    ).toBe(1);
    expect((await login(ctx, 'nia@example.org', password)).status).toBe(401);
  });

  it('answers an unknown token exactly like a used one, so accounts cannot be probed', async () => {
    const { ctx } = await setup();
    const guest = new TestClient(ctx);
    const unknown = await guest.get(`/api/invites/${'A'.repeat(24)}`);
    const malformed = await guest.get('/api/invites/nope');
    expect(unknown.status).toBe(404);
    expect(malformed.json).toEqual(unknown.json);
    expect((await guest.post(`/api/invites/${'A'.repeat(24)}/accept`, { password })).json).toEqual(
      unknown.json,
    );
  });

  it('refuses a short password or a bad body, and the link still works after', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const token = tokenOf((await admin.post('/api/users', inviteBody(partnershipId))).json.invite.url);
    const guest = new TestClient(ctx);
    const short = await guest.post(`/api/invites/${token}/accept`, { password: 'short' });
    expect(short.status).toBe(422);
    expect(short.json.error.details[0]).toEqual({ path: 'password', message: 'Use at least 12 characters.' });
    expect((await guest.request('POST', `/api/invites/${token}/accept`, '{"password":')).status).toBe(400);
    expect(count(ctx, 'SELECT count(*) AS n FROM user_invites')).toBe(1);
    expect((await guest.post(`/api/invites/${token}/accept`, { password })).status).toBe(200);
  });

  it('stops working when the account is removed', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const res = await admin.post('/api/users', inviteBody(partnershipId));
    expect((await admin.del(`/api/users/${res.json.user.id}`)).status).toBe(200);
    expect(count(ctx, 'SELECT count(*) AS n FROM user_invites')).toBe(0);
    expect((await new TestClient(ctx).get(`/api/invites/${tokenOf(res.json.invite.url)}`)).status).toBe(404);
  });
});

describe('POST /api/users/:id/invite', () => {
  it('sends a fresh link and retires the earlier one', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const first = (await admin.post('/api/users', inviteBody(partnershipId))).json;
    const again = await admin.post(`/api/users/${first.user.id}/invite`);
    expect(again.status, again.text).toBe(201);
    expect(again.json.invite.emailed).toBe(true);
    expect(again.json.invite.url).not.toBe(first.invite.url);
    await smtp.waitFor(2);
    expect(smtp.messages.map((m) => m.text!.includes(again.json.invite.url))).toEqual([false, true]);
    const guest = new TestClient(ctx);
    expect((await guest.get(`/api/invites/${tokenOf(first.invite.url)}`)).status).toBe(404);
    expect((await guest.post(`/api/invites/${tokenOf(first.invite.url)}/accept`, { password })).status).toBe(
      404,
    );
    expect(
      (await guest.post(`/api/invites/${tokenOf(again.json.invite.url)}/accept`, { password })).status,
    ).toBe(200);
  });

  it('refuses an account that already has a password, and an unknown one', async () => {
    const { admin } = await setup();
    const adminId = (await admin.get('/api/auth/me')).json.user.id;
    const res = await admin.post(`/api/users/${adminId}/invite`);
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('CONFLICT');
    expect((await admin.post('/api/users/nope/invite')).status).toBe(404);
    expect(smtp.messages).toHaveLength(0);
  });
});

describe('refusals', () => {
  it('writes the account, its memberships and its link together or not at all', async () => {
    const { ctx, admin, partnershipId } = await setup();
    // The link's row is the last of the write; refusing it must take the account back too.
    ctx.raw.exec(
      "CREATE TRIGGER no_links BEFORE INSERT ON user_invites BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    const res = await admin.post('/api/users', inviteBody(partnershipId));
    expect(res.status).toBe(500);
    expect(count(ctx, "SELECT count(*) AS n FROM users WHERE email = 'nia@example.org'")).toBe(0);
    expect(count(ctx, 'SELECT count(*) AS n FROM memberships')).toBe(0);
    expect(smtp.messages).toHaveLength(0);
  });

  it('lets only an admin invite', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const pending = (await admin.post('/api/users', inviteBody(partnershipId))).json.user;
    const analyst = await staffClient(ctx, admin, 'analyst', [partnershipId]);
    const made = await analyst.post('/api/users', inviteBody(partnershipId, 'other@example.org'));
    expect(made.status).toBe(403);
    expect((await analyst.post(`/api/users/${pending.id}/invite`)).status).toBe(403);
    expect((await new TestClient(ctx).post(`/api/users/${pending.id}/invite`)).status).toBe(401);
    expect(count(ctx, "SELECT count(*) AS n FROM users WHERE email = 'other@example.org'")).toBe(0);
    expect(count(ctx, 'SELECT count(*) AS n FROM user_invites')).toBe(1);
    expect(smtp.messages).toHaveLength(1);
  });

  it('answers bad bodies with 4xx and leaves no account behind', async () => {
    const ctx = makeTestApp({ maxBodyBytes: 4096 });
    ctx.deps.mailer = mailer;
    const admin = await adminClient(ctx);
    const base = { email: 'bad@example.org', name: 'Bad' };
    const both = await admin.post('/api/users', { ...base, invite: true, password });
    expect(both.status).toBe(422);
    expect(both.json.error.message).toMatch(/not both/);
    const neither = await admin.post('/api/users', base);
    expect(neither.status).toBe(422);
    expect(neither.json.error.details[0].path).toBe('password');
    expect((await admin.post('/api/users', { ...base, invite: false })).status).toBe(422);
    expect((await admin.post('/api/users', { ...base, invite: 'yes' })).status).toBe(422);
    expect(
      (await admin.post('/api/users', { ...base, invite: true, partnershipIds: ['missing'] })).status,
    ).toBe(422);
    expect((await admin.request('POST', '/api/users', '{"email":')).status).toBe(400);
    const huge = await admin.post('/api/users', { ...base, invite: true, name: 'x'.repeat(10_000) });
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe('BODY_TOO_LARGE');
    expect(count(ctx, 'SELECT count(*) AS n FROM users')).toBe(1);
    expect(count(ctx, 'SELECT count(*) AS n FROM user_invites')).toBe(0);
    expect(smtp.messages).toHaveLength(0);
    // An address already in use is a conflict, whichever way the account would be made.
    const taken = await admin.post('/api/users', { email: 'admin@example.org', name: 'Again', invite: true });
    expect(taken.status).toBe(409);
  });
});
