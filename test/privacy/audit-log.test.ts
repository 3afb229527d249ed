/**
 * The audit trail names staff and objects, never what would reach or identify a worker: a busy day on
 * the demo partnership (answers, drafts, every audited action), then every column of every entry is
 * searched for every link, token, sealed answer, released answer's text and contact's name, email or
 * phone that the day produced or held.
 */
import { describe, expect, it } from 'vitest';
import { allQuestions, getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { adminClient, makeTestApp, TestClient, type TestContext } from '../helpers/app.ts';

const def = getTemplate('worker-voice')!;
const textIds = allQuestions(def)
  .filter((q) => q.type === 'text')
  .map((q) => q.id);

const post = (ctx: TestContext, path: string, body: object) =>
  ctx.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Every string in a JSON value that looks like a link or a token. */
function secretsIn(value: unknown, out: Set<string>) {
  const text = JSON.stringify(value);
  for (const m of text.matchAll(/https?:\/\/[^"\s]+/g)) {
    out.add(m[0]);
    const last = m[0].split('/').pop()!;
    if (last.length >= 16) out.add(last);
  }
  for (const m of text.matchAll(/svk_[A-Za-z0-9_-]+/g)) out.add(m[0]);
}

function contactsPersonal(ctx: TestContext): Set<string> {
  const rows = ctx.raw.prepare('SELECT first_name, last_name, email, phone FROM contacts').all() as {
    first_name: string;
    last_name: string;
    email: string | null;
    phone: string | null;
  }[];
  const out = new Set<string>();
  for (const r of rows) {
    if (r.first_name && r.last_name) out.add(`${r.first_name} ${r.last_name}`);
    for (const v of [r.first_name, r.last_name]) if (v && v.length >= 4) out.add(v);
    if (r.email) out.add(r.email.toLowerCase());
    if (r.phone) {
      out.add(r.phone);
      out.add(r.phone.replace(/^\+1/, ''));
    }
  }
  return out;
}

describe('the audit trail on a busy day', () => {
  it('holds no link, token, answer, draft or contact detail in any column', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const secret = new Set<string>();
    const demo = await admin.post('/api/demo');
    expect(demo.status, demo.text).toBe(201);
    secretsIn(demo.json, secret);
    const pid = demo.json.partnership.id as string;
    const base = `/api/partnerships/${pid}`;
    const personal = contactsPersonal(ctx);

    // Workers answer, some with comments, and one leaves a draft.
    const tokens = (demo.json.workerLinks as { url: string }[]).map((l) => l.url.split('/s/')[1]!);
    const typed = new Set<string>();
    for (const [i, token] of tokens.slice(0, 6).entries()) {
      const answers: Record<string, unknown> = validAnswers(def, seededRandom(i + 1));
      for (const id of textIds) answers[id] = `Comment ${i} about the night shift at line ${i + 40}`;
      for (const id of textIds) typed.add(String(answers[id]));
      expect((await post(ctx, `/s/${token}/submit`, { answers })).status).toBe(200);
    }
    const draftText = 'Half-typed: my supervisor Dana K. at extension 4471';
    typed.add(draftText);
    expect(tokens.length).toBeGreaterThan(6);
    const draftToken = tokens[6]!;
    const draft = { answers: Object.fromEntries(textIds.map((id) => [id, draftText])) };
    expect((await post(ctx, `/s/${draftToken}/draft`, draft)).status).toBe(200);

    // A failed sign-in where a password was typed in the email box, and one with a wrong password.
    const typedAsEmail = 'Tr0ub4dor&3-in-the-wrong-box';
    const typedPassword = 'not-the-password-77';
    await new TestClient(ctx).post('/api/auth/login', { email: typedAsEmail, password: typedPassword });
    await new TestClient(ctx).post('/api/auth/login', {
      email: 'admin@example.org',
      password: typedPassword,
    });
    secret.add(typedAsEmail).add(typedPassword);

    // Staff: settings, contacts, campaigns, links, reviews, tokens, accounts.
    await admin.patch(base, { minGroupSize: 6 });
    await admin.patch(`${base}/review-settings`, { commentMinSize: 11 });
    const newPeople = [
      {
        firstName: 'Zebedee',
        lastName: 'Quartermain',
        email: 'zq@work.example',
        phone: '+13125550999',
        kind: 'worker',
      },
    ];
    const added = await admin.post(`${base}/contacts`, newPeople);
    expect(added.status, added.text).toBe(201);
    const imported = await admin.request(
      'POST',
      `${base}/contacts/import?kind=worker`,
      'firstName,lastName,email\nPhilippa,Oyelaran-Bright,po@work.example\n',
      { 'content-type': 'text/csv' },
    );
    expect(imported.status, imported.text).toBe(201);
    for (const v of contactsPersonal(ctx)) personal.add(v);
    const someone = ctx.raw.prepare('SELECT id FROM contacts WHERE erased_on IS NULL LIMIT 3').all() as {
      id: string;
    }[];
    const edited = await admin.patch(`${base}/contacts/${someone[0]!.id}`, {
      email: 'new.address@work.example',
    });
    expect(edited.status, edited.text).toBe(200);
    personal.add('new.address@work.example');
    expect((await admin.del(`${base}/contacts/${someone[1]!.id}`)).status).toBe(200);
    expect(
      (await admin.post(`${base}/contacts/bulk`, { action: 'delete', ids: [someone[2]!.id] })).status,
    ).toBe(200);

    const created = await admin.post(`${base}/campaigns`, {
      name: 'Audit day survey',
      templateId: 'worker-voice',
      period: 'PY2026-Q1',
      opensOn: '2026-08-01',
      closesOn: '2026-09-30',
    });
    expect(created.status, created.text).toBe(201);
    const cid = created.json.campaign.id as string;
    const launched = await admin.post(`/api/campaigns/${cid}/launch`);
    expect(launched.status, launched.text).toBe(200);
    const ids = (
      ctx.raw
        .prepare(
          'SELECT contact_id FROM invitations WHERE campaign_id = ? AND contact_id IS NOT NULL LIMIT 3',
        )
        .all(cid) as { contact_id: string }[]
    ).map((r) => r.contact_id);
    const links = await admin.post(`/api/campaigns/${cid}/links`, { contactIds: ids });
    expect(links.status, links.text).toBe(200);
    secretsIn(links.json, secret);
    const open = await admin.post(`/api/campaigns/${cid}/open-link`);
    secretsIn(open.json, secret);
    await admin.patch(`/api/campaigns/${cid}`, { closesOn: '2026-09-25' });
    await admin.post(`/api/campaigns/${cid}/release`);
    await admin.post(`/api/campaigns/${cid}/close`);

    for (const format of ['csv', 'xlsx']) await admin.get(`${base}/reviews/PY2026-Q1?format=${format}`);
    await admin.get(`/reviews/${pid}/PY2026-Q1`);
    await admin.post(`${base}/goals`, {
      label: 'JQI 70',
      templateId: 'worker-voice',
      measure: 'index.jqi',
      target: 70,
    });
    await admin.post(`${base}/reviews/PY2026-Q1/actions`, { heard: 'Shift notice', action: 'Pilot' });

    const token = await admin.post('/api/tokens', { name: 'nightly', expiresInDays: 30 });
    secretsIn(token.json, secret);
    const bearer = { authorization: `Bearer ${token.json.token as string}` };
    await admin.request('PATCH', base, { minGroupSize: 5 }, bearer);
    await admin.del(`/api/tokens/${token.json.id as string}`);
    const invited = await admin.post('/api/users', {
      email: 'vic@example.org',
      name: 'Vic',
      role: 'viewer',
      invite: true,
      partnershipIds: [pid],
    });
    secretsIn(invited.json, secret);
    secretsIn((await admin.post(`/api/users/${invited.json.user.id}/invite`)).json, secret);

    // What the day left sealed or released: none of it may be in the trail either.
    for (const t of ['pending_answers', 'sealed_drafts']) {
      for (const r of ctx.raw.prepare(`SELECT sealed FROM ${t}`).all() as { sealed: string }[]) {
        secret.add(r.sealed);
        secret.add(r.sealed.slice(0, 24));
      }
    }
    for (const r of ctx.raw.prepare('SELECT answers FROM responses').all() as { answers: string }[]) {
      for (const v of Object.values(JSON.parse(r.answers) as Record<string, unknown>)) {
        if (typeof v === 'string' && v.length >= 8) typed.add(v);
      }
    }
    for (const t of tokens) secret.add(t);

    const entries = ctx.raw.prepare('SELECT * FROM audit_log').all() as Record<string, unknown>[];
    const actions = new Set(entries.map((e) => e.action));
    for (const a of [
      'contact.import',
      'contact.edit',
      'contact.erase',
      'links.issue',
      'campaign.open_link',
      'token.create',
      'user.invite',
      'auth.sign_in_failed',
      'review.export',
    ]) {
      expect(actions, a).toContain(a);
    }
    const cells = entries.flatMap((e) => Object.values(e).map((v) => String(v ?? '')));
    const haystack = cells.join('\n');
    const lower = haystack.toLowerCase();
    const hits: string[] = [];
    for (const s of secret) if (s.length >= 8 && haystack.includes(s)) hits.push(`secret: ${s}`);
    for (const s of typed) if (haystack.includes(s)) hits.push(`typed: ${s}`);
    for (const s of personal) {
      const found =
        s.includes('@') || s.startsWith('+') || /^\d+$/.test(s)
          ? lower.includes(s.toLowerCase())
          : new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(haystack);
      if (found) hits.push(`personal: ${s}`);
    }
    expect(hits).toEqual([]);
    // The scan looked at something: many entries, and the secrets it searched for were many.
    expect(entries.length).toBeGreaterThan(20);
    expect(secret.size).toBeGreaterThan(tokens.length);
    expect(typed.size).toBeGreaterThan(5);
    expect(personal.size).toBeGreaterThan(100);
  }, 120_000);
});
