/**
 * What the fuzzer's server holds before the first bad request, made over HTTP as a person would: an
 * admin, an analyst and a viewer of one partnership, its organization and contacts, a launched
 * campaign with printed links and an open link, a draft campaign, a goal, an action item, an invited
 * user and a user to aim at. Id-taking routes then get real ids as well as junk, so a bad request
 * reaches the code past "no such partnership".
 */
import { unsubscribeToken } from '../../server/distribution/links.ts';
import { TestClient } from '../helpers/app.ts';

export type Role = 'admin' | 'analyst' | 'viewer';
export const roles: Role[] = ['admin', 'analyst', 'viewer'];

/** Secrets the fuzzed server is started with, so the fuzzer can make valid unsubscribe tokens. */
export const fuzzServerEnv = {
  LINK_SECRET: 'fuzz-link-secret-0123456789abcdefghijklmnopq',
  ANSWER_SECRET: 'fuzz-answer-secret-0123456789abcdefghijklmno',
  // Without it every webhook is refused before its signature is checked; with it the check runs.
  TWILIO_AUTH_TOKEN: 'fuzz-twilio-auth-token',
  MAX_BODY_BYTES: String(64 * 1024),
};
export const maxBodyBytes = Number(fuzzServerEnv.MAX_BODY_BYTES);

const password = 'correct horse battery';

export interface Session {
  role: Role;
  email: string;
  cookie: string;
  csrf: string;
}

/** Real values for each route parameter, keyed by `name` or `prefix:name` where a name is ambiguous. */
export type RealValues = Record<string, string[]>;

export interface World {
  base: string;
  sessions: Record<Role, Session>;
  /** A bearer token of the admin: a script's way in, which needs no CSRF token. */
  adminToken: string;
  real: RealValues;
}

const ok = <R extends { status: number; text: string }>(what: string, res: R, status = [200, 201]): R => {
  if (!status.includes(res.status)) throw new Error(`fuzz seed: ${what} answered ${res.status}: ${res.text}`);
  return res;
};

async function signIn(base: string, role: Role, email: string): Promise<Session> {
  const client = new TestClient((path, init) => fetch(base + path, init));
  ok(`signing in as ${email}`, await client.post('/api/auth/login', { email, password }));
  return { role, email, cookie: client.cookie, csrf: client.csrf };
}

export async function seedWorld(base: string): Promise<World> {
  const admin = new TestClient((path, init) => fetch(base + path, init));
  const setup = ok(
    'setup',
    await admin.post('/api/setup', { email: 'admin@example.org', name: 'Ada', password }),
  );
  const adminId = setup.json.user.id as string;
  const p = ok(
    'partnership',
    await admin.post('/api/partnerships', {
      name: 'River Valley',
      sector: 'Manufacturing',
      region: 'River Valley',
      timeZone: 'UTC',
      reviewYear: 'calendar',
      minGroupSize: 5,
    }),
  );
  const pid = p.json.partnership.id as string;
  const api = `/api/partnerships/${pid}`;
  const org = ok(
    'organization',
    await admin.post(`${api}/organizations`, { name: 'Acme', kind: 'employer' }),
  );
  const orgId = org.json.organization.id as string;
  const people = Array.from({ length: 5 }, (_, i) => ({
    firstName: `W${i}`,
    email: `w${i}@mail.example`,
    kind: 'worker',
    ...(i === 0 ? { phone: '+13125550100' } : {}),
  }));
  ok('contacts', await admin.post(`${api}/contacts`, people));
  const contactIds = (
    ok('contact list', await admin.get(`${api}/contacts`)).json.contacts as { id: string }[]
  ).map((c) => c.id);

  const today = new Date().toISOString().slice(0, 10);
  const year = today.slice(0, 4);
  const campaign = (name: string) =>
    admin.post(`${api}/campaigns`, {
      name,
      templateId: 'worker-voice',
      period: year,
      opensOn: today,
      closesOn: `${year}-12-31`,
      channels: ['email'],
    });
  // Two launched campaigns: the fuzzer gets the second's id (and may close it) but not the first's,
  // so the first's links stay open to answer for the whole run.
  const tokens: string[] = [];
  const launched: string[] = [];
  for (const name of ['Worker voice', 'Worker voice, second site']) {
    const id = ok('campaign', await campaign(name)).json.campaign.id as string;
    ok('launch', await admin.post(`/api/campaigns/${id}/launch`));
    const links = ok('printed links', await admin.post(`/api/campaigns/${id}/links`, { contactIds }));
    tokens.push(...(links.json.links as { url: string }[]).map((l) => l.url.split('/s/')[1]!));
    launched.push(id);
  }
  const draft = ok('draft campaign', await campaign('Next round')).json.campaign.id as string;
  const open = ok('open link', await admin.post(`/api/campaigns/${launched[0]}/open-link`));
  const openToken = (open.json.url as string).split('/o/')[1]!;

  const goal = ok(
    'goal',
    await admin.post(`${api}/goals`, {
      label: 'JQI 70',
      templateId: 'worker-voice',
      measure: 'index.jqi',
      target: 70,
    }),
  );
  const action = ok(
    'action',
    await admin.post(`${api}/reviews/${year}/actions`, { heard: 'Late schedules', action: 'Notice pilot' }),
  );

  for (const role of ['analyst', 'viewer'] as const) {
    const body = { email: `${role}@example.org`, name: role, password, role, partnershipIds: [pid] };
    ok(`user ${role}`, await admin.post('/api/users', body));
  }
  // Aimed at by /api/users/:id and member routes, so a request that gets through changes nobody the
  // fuzzer signs in as.
  const victim = ok(
    'victim user',
    await admin.post('/api/users', { email: 'victim@example.org', name: 'Vic', password, role: 'viewer' }),
  ).json.user.id as string;
  const invited = ok(
    'invited user',
    await admin.post('/api/users', {
      email: 'invited@example.org',
      name: 'Ivy',
      invite: true,
      role: 'viewer',
    }),
  );
  const inviteToken = (invited.json.invite.url as string).split('/').pop()!;
  const apiToken = ok('api token', await admin.post('/api/auth/tokens', { name: 'fuzz' })).json
    .token as string;

  const sessions = {
    admin: { role: 'admin', email: 'admin@example.org', cookie: admin.cookie, csrf: admin.csrf },
    analyst: await signIn(base, 'analyst', 'analyst@example.org'),
    viewer: await signIn(base, 'viewer', 'viewer@example.org'),
  } satisfies Record<Role, Session>;
  const unsubscribe = await Promise.all(
    contactIds.slice(0, 2).map((id) => unsubscribeToken(fuzzServerEnv.LINK_SECRET, id)),
  );

  return {
    base,
    sessions,
    adminToken: apiToken,
    real: {
      'partnerships:id': [pid],
      partnershipId: [pid],
      'campaigns:id': [launched[1]!, draft],
      'users:id': [victim, adminId],
      userId: [victim],
      goalId: [goal.json.goal.id],
      actionId: [action.json.action.id],
      period: [year, `${year}-Q3`, `PY${year}`],
      's:token': tokens,
      'u:token': unsubscribe,
      'invites:token': [inviteToken],
      openToken: [openToken],
      organizationId: [orgId],
    },
  };
}

/**
 * Signs a role in again when its session is gone (a fuzzed request may have been a valid logout). Run
 * between cases, before the database is read for the next one, so what it writes is never blamed
 * on a rejected request.
 */
export async function keepSignedIn(world: World): Promise<void> {
  for (const role of roles) {
    const s = world.sessions[role];
    const me = await fetch(`${world.base}/api/auth/me`, { headers: { cookie: s.cookie } });
    await me.arrayBuffer();
    if (me.status === 200) continue;
    world.sessions[role] = await signIn(world.base, role, s.email);
  }
}
