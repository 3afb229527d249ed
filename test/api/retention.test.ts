/**
 * Contact details that expire (issue 17): the retention period as a partnership setting, the list of
 * who is due and when, and the job that erases them as an erasure on request does, keeping every
 * count, rate, response, review, goal, export and the release state exactly as they were, and a STOP
 * for good.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { runRetention } from '../../server/distribution/retention.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { runUpkeep, upkeepFields } from '../../server/upkeep.ts';
import { adminClient, makeTestApp, staffClient, TestClient, type TestContext } from '../helpers/app.ts';
import { recordingSenders } from '../distribution/helpers.ts';
import { send } from '../distribution/inbound-helpers.ts';
import { person, retentionWorld, type RetentionWorld } from './retention-world.ts';

const job = { actor: { kind: 'system', job: 'retention' } } as const;

async function setRetention(w: RetentionWorld, days: number | null) {
  const res = await w.f.client.patch(`/api/partnerships/${w.f.partnershipId}`, {
    contactRetentionDays: days,
  });
  expect(res.status, res.text).toBe(200);
  expect(res.json.partnership.contactRetentionDays).toBe(days);
}

/** Every figure staff and scripts read, the printed page and the exports, and the release state. */
async function everything(w: RetentionWorld) {
  const { f } = w;
  const pid = f.partnershipId;
  const get = async (path: string) => {
    const res = await f.client.get(path);
    expect(res.status, `${path}: ${res.text.slice(0, 500)}`).toBe(200);
    return res;
  };
  const bytes = async (path: string) => {
    const res = await f.ctx.app.request(path, { headers: { authorization: `Bearer ${f.client.token}` } });
    expect(res.status, path).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };
  const cells = (data: Uint8Array) => {
    const book = XLSX.read(data, { type: 'array' });
    return book.SheetNames.map((name) => [
      name,
      XLSX.utils.sheet_to_json(book.Sheets[name]!, { header: 1, defval: null }),
    ]);
  };
  const all = (sql: string) => f.ctx.raw.prepare(sql).all();
  const out: Record<string, unknown> = {};
  for (const period of ['PY2026-Q1', 'PY2026-Q3', 'PY2026']) {
    out[`review ${period}`] = (await get(`/api/partnerships/${pid}/reviews/${period}`)).json;
    out[`page ${period}`] = (await get(`/reviews/${pid}/${period}`)).text;
    out[`csv ${period}`] = (await get(`/api/partnerships/${pid}/reviews/${period}?format=csv`)).text;
    out[`xlsx ${period}`] = cells(await bytes(`/api/partnerships/${pid}/reviews/${period}?format=xlsx`));
  }
  out.goals = (await get(`/api/partnerships/${pid}/goals`)).json;
  out.reviews = (await get(`/api/partnerships/${pid}/reviews`)).json;
  out.campaigns = (await get(`/api/partnerships/${pid}/campaigns`)).json;
  for (const id of [w.closedId, w.openId]) {
    out[`progress ${id}`] = (await get(`/api/campaigns/${id}/progress`)).json;
    out[`campaign ${id}`] = (await get(`/api/campaigns/${id}`)).json;
  }
  out.release = {
    releases: all('SELECT * FROM releases ORDER BY id'),
    pending: all('SELECT * FROM pending_answers ORDER BY id'),
    responses: all('SELECT * FROM responses ORDER BY id'),
    rollups: all('SELECT * FROM rollup_counts ORDER BY campaign_id, group_key, item, value'),
    channels: all('SELECT * FROM review_channel_counts ORDER BY campaign_id, channel'),
    finals: all('SELECT * FROM review_final_cells ORDER BY partnership_id, period, campaign_id'),
    outboxByStatus: all(
      'SELECT campaign_id, channel, purpose, status, count(*) AS n FROM outbox GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4',
    ),
    invitations: all(
      'SELECT campaign_id, completed, language, count(*) AS n FROM invitations GROUP BY 1, 2, 3 ORDER BY 1, 2, 3',
    ),
  };
  return out;
}

/** Every column of every table where one of these texts shows. */
function traces(raw: TestContext['raw'], texts: string[]): string[] {
  const hits: string[] = [];
  const tables = raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    for (const row of raw.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        const text =
          typeof value === 'string' ? value : value instanceof Buffer ? value.toString('latin1') : '';
        for (const t of texts) if (text.includes(t)) hits.push(`${name}.${column}: ${t}`);
      }
    }
  }
  return hits;
}

describe('the retention job', () => {
  it('erases the expired contacts and nothing else, every figure, page and export identical, a STOP kept', async () => {
    const w = await retentionWorld();
    const { f } = w;
    const pid = f.partnershipId;
    await setRetention(w, 180);
    f.ctx.clock.set('2027-02-15T18:00:00Z');

    const expiredTexts = [
      person.firstName,
      person.lastName,
      person.email,
      person.occupation,
      ...w.expired.flatMap((c) => [c.phone, c.phone.slice(1)]),
    ];
    expect(traces(f.ctx.raw, expiredTexts).length).toBeGreaterThan(10); // the scan sees them while there
    const keptTexts = [...w.inOpen.map((c) => c.phone), w.late.phone];
    expect(traces(f.ctx.raw, keptTexts).length).toBeGreaterThanOrEqual(keptTexts.length);

    // Staff see who is due and when: the first employer's eight now, the latecomer in May.
    const now = await f.client.get(`/api/partnerships/${pid}/retention?days=0`);
    expect(now.status, now.text).toBe(200);
    expect(now.json).toMatchObject({ retentionDays: 180, days: 0, total: 8 });
    expect(new Set(now.json.contacts.map((c: { id: string }) => c.id))).toEqual(
      new Set(w.expired.map((c) => c.id)),
    );
    expect(now.json.contacts.every((c: { dueOn: string }) => c.dueOn === '2027-01-27')).toBe(true);
    const ahead = await f.client.get(`/api/partnerships/${pid}/retention?days=120&limit=5&offset=5`);
    expect(ahead.json).toMatchObject({ total: 9, limit: 5, offset: 5 });
    expect(ahead.json.contacts.map((c: { id: string; dueOn: string }) => [c.id, c.dueOn]).at(-1)).toEqual([
      w.late.id,
      '2027-05-30',
    ]);
    const dry = await runRetention(f.ctx.deps, { ...job, dryRun: true });
    expect(dry).toEqual([
      expect.objectContaining({ partnershipId: pid, erased: 0, due: 8, retentionDays: 180 }),
    ]);

    const before = await everything(w);
    const beforeOthers = f.ctx.raw
      .prepare('SELECT * FROM contacts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id')
      .all(JSON.stringify([...w.inOpen.map((c) => c.id), w.late.id]));

    // In small chunks, so the run takes several atomic writes; one run does it all within its limit.
    const outcome = await runRetention(f.ctx.deps, { ...job, chunk: 3 });
    expect(outcome).toEqual([expect.objectContaining({ partnershipId: pid, erased: 8, due: 0 })]);

    // Identical, but for one thing meant to go: a provider's error message that quoted an erased
    // person's number says [erased] in its place (its count, code and status stay).
    let masked = JSON.stringify(before);
    for (const c of w.expired) masked = masked.replaceAll(c.phone, '[erased]');
    expect(masked).not.toEqual(JSON.stringify(before));
    expect(JSON.parse(JSON.stringify(await everything(w)))).toEqual(JSON.parse(masked));
    expect(traces(f.ctx.raw, expiredTexts)).toEqual([]);
    // The others are exactly as they were, and the erased ones are tombstones dated today.
    expect(
      f.ctx.raw
        .prepare('SELECT * FROM contacts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id')
        .all(JSON.stringify([...w.inOpen.map((c) => c.id), w.late.id])),
    ).toEqual(beforeOthers);
    expect(
      f.ctx.raw
        .prepare(
          'SELECT DISTINCT erased_on, first_name, email, phone, attributes FROM contacts WHERE erased_on IS NOT NULL',
        )
        .all(),
    ).toEqual([{ erased_on: '2027-02-15', first_name: '', email: null, phone: null, attributes: '{}' }]);
    const list = await f.client.get(`/api/partnerships/${pid}/contacts?limit=100`);
    expect(list.json.total).toBe(9);

    // One audit entry, counts only.
    const audit = f.ctx.raw.prepare("SELECT * FROM audit_log WHERE action = 'retention.run'").all() as Record<
      string,
      unknown
    >[];
    expect(audit).toEqual([
      expect.objectContaining({
        actor: 'system: retention',
        actor_id: null,
        partnership_id: pid,
        detail: '{"erased":8}',
      }),
    ]);
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(w.expired.map((c) => c.id).join('|')));

    // A second run finds nothing and records nothing.
    expect(await runRetention(f.ctx.deps, job)).toEqual([expect.objectContaining({ erased: 0, due: 0 })]);
    expect(
      f.ctx.raw.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'retention.run'").get(),
    ).toEqual({
      n: 1,
    });

    // The STOP outlives the contact: a START from the number finds nobody, and the number imported
    // again starts opted out, and is not texted when invited.
    await send(f.ctx, w.worker0.phone, 'START');
    const imported = await f.client.request(
      'POST',
      `/api/partnerships/${pid}/contacts/import?kind=worker`,
      `firstName,phone,smsConsent\nBack,${w.worker0.phone.replace('+1', '')},yes\n`,
      { 'content-type': 'text/csv' },
    );
    expect(imported.status, imported.text).toBe(201);
    const back = await f.client.get(`/api/partnerships/${pid}/contacts?q=Back`);
    expect(back.json.contacts[0]).toMatchObject({ phone: w.worker0.phone, smsOptedOut: true });
    // A number that did not say STOP comes back free to text.
    const other = w.expired[1]!;
    const again = await f.client.post(`/api/partnerships/${pid}/contacts`, {
      firstName: 'Again',
      phone: other.phone,
      kind: 'worker',
      smsConsent: true,
    });
    expect(again.json.created[0]).toMatchObject({ smsOptedOut: false });
    const rec = recordingSenders(f.ctx);
    const camp = await f.client.post(`/api/partnerships/${pid}/campaigns`, {
      name: 'Spring',
      templateId: 'worker-voice',
      period: 'PY2026-Q3',
      audience: { kinds: ['worker'] },
      opensOn: '2027-02-15',
      closesOn: '2027-03-31',
    });
    expect(camp.status, camp.text).toBe(201);
    expect((await f.client.post(`/api/campaigns/${camp.json.campaign.id}/launch`)).status).toBe(200);
    await dispatchDue(f.ctx.deps);
    expect(rec.sms.map((m) => m.to)).not.toContain(w.worker0.phone);
    expect(rec.sms.map((m) => m.to)).toContain(other.phone);
    // Nothing queued for them either (an opted-out contact is left out at launch, or skipped at send).
    const rows = f.ctx.raw
      .prepare(
        'SELECT o.status FROM outbox o JOIN contacts c ON c.id = o.contact_id WHERE c.phone = ? AND o.campaign_id = ?',
      )
      .all(w.worker0.phone, camp.json.campaign.id) as { status: string }[];
    expect(rows.filter((r) => r.status !== 'opted_out')).toEqual([]);
  });

  it('is off by default: nothing is due, nothing is erased, nothing is recorded', async () => {
    const w = await retentionWorld();
    const { f } = w;
    const p = await f.client.get(`/api/partnerships/${f.partnershipId}`);
    expect(p.json.partnership.contactRetentionDays).toBeNull();
    f.ctx.clock.set('2032-01-01T18:00:00Z');
    const before = f.ctx.raw.prepare('SELECT * FROM contacts ORDER BY id').all();
    const report = await runUpkeep(f.ctx.deps);
    expect(report.retention).toEqual([]);
    expect(await runRetention(f.ctx.deps, { ...job, dryRun: true })).toEqual([]);
    expect(f.ctx.raw.prepare('SELECT * FROM contacts ORDER BY id').all()).toEqual(before);
    expect(
      f.ctx.raw.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'retention.run'").get(),
    ).toEqual({ n: 0 });
    const due = await f.client.get(`/api/partnerships/${f.partnershipId}/retention?days=366`);
    expect(due.json).toMatchObject({ retentionDays: null, total: 0, contacts: [] });
  });

  it('runs in the upkeep, bounded per run, and leaves a contact within the period or in an open campaign', async () => {
    const w = await retentionWorld();
    const { f } = w;
    await setRetention(w, 180);
    // The day before the first employer's eight are due: nothing moves.
    f.ctx.clock.set('2027-01-26T18:00:00Z');
    const first = await runUpkeep(f.ctx.deps);
    expect(first.retention).toEqual([expect.objectContaining({ erased: 0, due: 0 })]);
    expect(upkeepFields(first)?.contactsErased).toBeUndefined();
    // Within the hour the upkeep waits; past it, it erases.
    f.ctx.clock.set('2027-01-27T18:00:00Z');
    const second = await runUpkeep(f.ctx.deps);
    expect(second.retention).toEqual([expect.objectContaining({ erased: 8 })]);
    expect(upkeepFields(second)).toMatchObject({ contactsErased: 8 });
    // Long after the open campaign's close... but it is still open on its set close date.
    f.ctx.clock.set('2027-03-31T18:00:00Z');
    await runUpkeep(f.ctx.deps);
    const left = f.ctx.raw.prepare('SELECT id FROM contacts WHERE erased_on IS NULL ORDER BY id').all() as {
      id: string;
    }[];
    expect(left.map((r) => r.id).sort()).toEqual([...w.inOpen.map((c) => c.id), w.late.id].sort());
    // 180 days after 2027-03-31 is 2027-09-27: the second employer's eight go then, the latecomer
    // (due 2027-05-30) went first, and a run takes at most its limit.
    f.ctx.clock.set('2027-06-01T18:00:00Z');
    expect((await runUpkeep(f.ctx.deps)).retention).toEqual([expect.objectContaining({ erased: 1 })]);
    f.ctx.clock.set('2027-09-27T18:00:00Z');
    const limited = await runRetention(f.ctx.deps, { ...job, maxContacts: 5, chunk: 2 });
    expect(limited).toEqual([expect.objectContaining({ erased: 5, due: 3 })]);
    const rest = await runUpkeep(f.ctx.deps);
    expect(rest.retention).toEqual([expect.objectContaining({ erased: 3, due: 0 })]);
    const entries = f.ctx.raw
      .prepare("SELECT detail FROM audit_log WHERE action = 'retention.run' ORDER BY seq")
      .all() as { detail: string }[];
    expect(entries.map((e) => JSON.parse(e.detail).erased)).toEqual([8, 1, 5, 3]);
  });
});

describe('PATCH /api/partnerships/:id contactRetentionDays', () => {
  async function world() {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const p = await admin.post('/api/partnerships', {
      name: 'River Valley',
      sector: 'Manufacturing',
      region: 'River Valley',
      timeZone: 'America/Chicago',
    });
    expect(p.status, p.text).toBe(201);
    return { ctx, admin, pid: p.json.partnership.id as string };
  }

  it('is null on a new partnership, takes 30 to 3650 days, and null turns it off', async () => {
    const { admin, pid } = await world();
    expect((await admin.get(`/api/partnerships/${pid}`)).json.partnership.contactRetentionDays).toBeNull();
    for (const days of [30, 180, 3650, null]) {
      const res = await admin.patch(`/api/partnerships/${pid}`, { contactRetentionDays: days });
      expect(res.status, res.text).toBe(200);
      expect((await admin.get(`/api/partnerships/${pid}`)).json.partnership.contactRetentionDays).toBe(days);
    }
    // Other settings leave it alone.
    await admin.patch(`/api/partnerships/${pid}`, { contactRetentionDays: 365 });
    await admin.patch(`/api/partnerships/${pid}`, { name: 'River Valley Partners' });
    expect((await admin.get(`/api/partnerships/${pid}`)).json.partnership.contactRetentionDays).toBe(365);
    const made = await admin.post('/api/partnerships', {
      name: 'Lakeshore',
      sector: 'Health',
      region: 'Lakeshore',
      timeZone: 'America/Chicago',
      contactRetentionDays: 400,
    });
    expect(made.json.partnership.contactRetentionDays).toBe(400);
  });

  it.each([
    [-5, /at least 30/],
    [0, /at least 30/],
    [29, /at least 30/],
    [10.5, /whole number/],
    [3651, /at most 3650/],
    [1e12, /at most 3650/],
    ['180', /whole number|number/],
    [true, /number/],
    [{ days: 180 }, /number/],
  ])('refuses %j with a 422 naming the field', async (days, message) => {
    const { admin, pid } = await world();
    const res = await admin.patch(`/api/partnerships/${pid}`, { contactRetentionDays: days });
    expect(res.status, res.text).toBe(422);
    expect(res.json.error.code).toBe('VALIDATION_FAILED');
    const detail = (res.json.error.details as { path: string; message: string }[]).find(
      (d) => d.path === 'contactRetentionDays',
    );
    expect(detail?.message).toMatch(message);
    expect((await admin.get(`/api/partnerships/${pid}`)).json.partnership.contactRetentionDays).toBeNull();
  });

  it('is changed by admins only; members read the due list; an employer viewer cannot', async () => {
    const { ctx, admin, pid } = await world();
    const org = await admin.post(`/api/partnerships/${pid}/organizations`, {
      name: 'Acme',
      kind: 'employer',
    });
    const viewer = await staffClient(ctx, admin, 'viewer', [pid]);
    const analyst = await staffClient(ctx, admin, 'analyst', [pid]);
    for (const who of [viewer, analyst]) {
      const res = await who.patch(`/api/partnerships/${pid}`, { contactRetentionDays: 180 });
      expect(res.status, res.text).toBe(403);
      expect((await who.get(`/api/partnerships/${pid}/retention`)).status).toBe(200);
    }
    expect((await admin.get(`/api/partnerships/${pid}`)).json.partnership.contactRetentionDays).toBeNull();
    const made = await admin.post('/api/users', {
      email: 'employer@example.org',
      name: 'Employer',
      password: 'correct horse battery',
      role: 'viewer',
      memberships: [{ partnershipId: pid, organizationId: org.json.organization.id }],
    });
    expect(made.status, made.text).toBe(201);
    const employer = new TestClient(ctx);
    expect(
      (
        await employer.post('/api/auth/login', {
          email: 'employer@example.org',
          password: 'correct horse battery',
        })
      ).status,
    ).toBe(200);
    expect((await employer.get(`/api/partnerships/${pid}/retention`)).status).toBe(403);
    const stranger = await staffClient(ctx, admin, 'viewer', []);
    expect((await stranger.get(`/api/partnerships/${pid}/retention`)).status).toBe(404);
    expect((await ctx.app.request(`/api/partnerships/${pid}/retention`)).status).toBe(401);
  });

  it('refuses a bad due-list query with a 422', async () => {
    const { admin, pid } = await world();
    for (const q of ['days=-1', 'days=400', 'limit=0', 'limit=1000', 'offset=-3', 'days=soon']) {
      const res = await admin.get(`/api/partnerships/${pid}/retention?${q}`);
      expect(res.status, `${q}: ${res.text}`).toBe(422);
      expect(res.json.error.code).toBe('VALIDATION_FAILED');
    }
  });
});
