/**
 * Erasing a contact on request (issue 14): the person's details and the links of their invitations
 * go, every count and every anonymous response stays exactly as it was, and a STOP outlives them.
 * The forensic test reads every column of every table and the raw database file and its WAL.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Deps } from '../../server/deps.ts';
import { backoffMs, dispatchDue } from '../../server/distribution/dispatcher.ts';
import { openSqlite, type SqliteHandle } from '../../server/runtime/sqlite.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { adminClient, makeTestApp, type TestClient, type TestContext } from '../helpers/app.ts';
import { draftCampaign, recordingSenders } from '../distribution/helpers.ts';
import { reviewFixture, runCampaign } from '../reviews/fixture.ts';

const def = getTemplate('worker-voice')!;
let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

/** Everything staff and scripts read about a campaign and its period, to compare before and after. */
async function figures(client: TestClient, ctx: TestContext, partnershipId: string, campaignId: string) {
  const progress = await client.get(`/api/campaigns/${campaignId}/progress`);
  const review = await client.get(`/api/partnerships/${partnershipId}/reviews/PY2026-Q1`);
  const list = await client.get(`/api/partnerships/${partnershipId}/campaigns`);
  expect([progress.status, review.status, list.status], ctx.errors.join("\n").slice(0, 1500)).toEqual([200, 200, 200]);
  return {
    progress: progress.json,
    review: review.json,
    campaigns: list.json,
    responses: ctx.raw.prepare('SELECT * FROM responses ORDER BY id').all(),
    rollups: ctx.raw.prepare('SELECT * FROM rollup_counts ORDER BY campaign_id, group_key, item').all(),
  };
}

describe('erasing contacts keeps every count', () => {
  it('leaves progress, the review, the campaigns list and the released responses identical', async () => {
    const f = await reviewFixture({ workers: 40, orgs: 2 });
    // Half can be texted, so their invitations travel as messages that the counts read by channel.
    f.ctx.raw.prepare("UPDATE contacts SET sms_consent = 1 WHERE substr(first_name, -1) IN ('0','2','4','6','8')").run();
    recordingSenders(f.ctx);
    const rand = seededRandom(7);
    const { campaignId } = await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 20,
      answers: () => validAnswers(def, rand),
    });
    await dispatchDue(f.ctx.deps);
    const before = await figures(f.client, f.ctx, f.partnershipId, campaignId);
    expect(before.responses.length).toBeGreaterThan(0);
    expect(before.progress.progress?.invited ?? before.progress.invited).toBeDefined();

    // Answered and unanswered people, texted and not, erased one by one and as a selection.
    const people = f.ctx.raw
      .prepare(
        `SELECT c.id, i.completed, c.sms_consent FROM contacts c JOIN invitations i ON i.contact_id = c.id
         WHERE i.campaign_id = ? ORDER BY c.first_name`,
      )
      .all(campaignId) as { id: string; completed: number; sms_consent: number }[];
    const chosen = [
      ...people.filter((p) => p.completed && p.sms_consent).slice(0, 2),
      ...people.filter((p) => p.completed && !p.sms_consent).slice(0, 2),
      ...people.filter((p) => !p.completed && p.sms_consent).slice(0, 2),
      ...people.filter((p) => !p.completed && !p.sms_consent).slice(0, 2),
    ];
    expect(chosen).toHaveLength(8);
    const one = await f.client.del(`/api/partnerships/${f.partnershipId}/contacts/${chosen[0]!.id}`);
    expect(one.status, one.text).toBe(200);
    expect(one.json.removal).toMatchObject({ erased: 1, invitationsAnonymized: 1 });
    const bulk = await f.client.post(`/api/partnerships/${f.partnershipId}/contacts/bulk`, {
      action: 'delete',
      ids: chosen.slice(1).map((p) => p.id),
    });
    expect(bulk.status, bulk.text).toBe(200);
    expect(bulk.json.removal).toMatchObject({ erased: 7, invitationsAnonymized: 7 });
    expect(bulk.json.removal.messagesCleared).toBeGreaterThan(0);

    const after = await figures(f.client, f.ctx, f.partnershipId, campaignId);
    expect(after).toEqual(before);
    // And they are gone from what staff see.
    const list = await f.client.get(`/api/partnerships/${f.partnershipId}/contacts?limit=100`);
    expect(list.json.total).toBe(32);
    // The dispatcher skips what was still queued for them, and the counts still hold.
    f.ctx.clock.advance(backoffMs(1));
    await dispatchDue(f.ctx.deps);
    const progress = await f.client.get(`/api/campaigns/${campaignId}/progress`);
    expect(JSON.stringify(progress.json).length).toBeGreaterThan(0);
  });
});

describe('erasure leaves no trace of the person', () => {
  function fileApp() {
    const dir = mkdtempSync(join(tmpdir(), 'sv-erase-'));
    const file = join(dir, 'survey.db');
    const sqlite: SqliteHandle = openSqlite(file);
    const base = makeTestApp();
    const deps: Deps = { ...base.deps, db: sqlite.db, atomic: sqlite.atomic };
    cleanup = async () => {
      await sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    };
    const files = () => [file, `${file}-wal`].filter(existsSync).map((path) => ({ path, bytes: readFileSync(path) }));
    return { ctx: { ...base, app: createApp(() => deps), deps, raw: sqlite.raw } as TestContext, sqlite, files };
  }

  it('in any column of any table, nor in the raw file and WAL, and a STOP stays for a re-import', async () => {
    const { ctx, sqlite, files } = fileApp();
    const admin = await adminClient(ctx);
    const audience = await draftCampaign(admin, { sms: 3, email: 1, unreachable: 1, reminderDays: [3] });
    const sam = audience.contacts.find((c) => c.firstName === 'Sam0')!;
    const pid = audience.partnershipId;
    const phone = sam.phone!; // +13125552000
    const person = { firstName: 'Quokkaname', lastName: 'Wombatson', email: 'quokka.unique@zz.example' };
    const fixed = await admin.patch(`/api/partnerships/${pid}/contacts/${sam.id}`, {
      ...person,
      attributes: { occupation: 'Numbatwelder' },
    });
    expect(fixed.status, fixed.text).toBe(200);
    const rec = recordingSenders(ctx);
    expect((await admin.post(`/api/campaigns/${audience.campaignId}/launch`)).status).toBe(200);
    await dispatchDue(ctx.deps);
    const text = rec.sms.find((m) => m.to === phone)!;
    const link = text.body.match(/\/s\/([\w-]+)/)![0];
    // The person replied STOP; an unclear reply was asked about once; a provider echoed the number.
    ctx.raw.prepare("UPDATE contacts SET sms_opted_out_at = '2026-08-15T16:00:00Z' WHERE id = ?").run(sam.id);
    ctx.raw
      .prepare("INSERT INTO sms_clarifications (campaign_id, contact_id, asked_on) VALUES (?, ?, '2026-08-15')")
      .run(audience.campaignId, sam.id);
    ctx.raw
      .prepare(
        `UPDATE outbox SET status = 'failed', error_code = '21610', error_message = 'Attempt to send to unsubscribed recipient ${phone}'
         WHERE contact_id = ? AND purpose = 'reminder'`,
      )
      .run(sam.id);
    const traces = [person.firstName, person.lastName, person.email, phone, phone.slice(1), 'Numbatwelder'];
    const found = () => {
      const hits: string[] = [];
      const tables = ctx.raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[];
      for (const { name } of tables) {
        for (const row of ctx.raw.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
          for (const [column, value] of Object.entries(row)) {
            const text = typeof value === 'string' ? value : value instanceof Buffer ? value.toString('latin1') : '';
            for (const t of traces) if (text.includes(t)) hits.push(`${name}.${column}: ${t}`);
          }
        }
      }
      return hits;
    };
    expect(found().length).toBeGreaterThan(4); // the test can see them while they are there

    const erased = await admin.del(`/api/partnerships/${pid}/contacts/${sam.id}`);
    expect(erased.status, erased.text).toBe(200);
    expect(erased.json.removal).toMatchObject({ erased: 1, invitationsAnonymized: 1, optOutsKept: 1 });
    expect(found()).toEqual([]);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM sms_clarifications').get()).toEqual({ n: 0 });
    expect(ctx.raw.prepare('SELECT provider_id FROM outbox WHERE contact_id = ?').all(sam.id)).toEqual(
      expect.arrayContaining([{ provider_id: null }]),
    );
    // The link they were sent opens nothing now.
    expect((await ctx.app.request(link)).status).toBeGreaterThanOrEqual(400);

    let folded: unknown;
    for (let i = 0; i < 100; i++) {
      folded = sqlite.raw.pragma('wal_checkpoint(TRUNCATE)');
      if ((folded as { busy: number }[])[0]!.busy === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(folded).toEqual([{ busy: 0, log: 0, checkpointed: 0 }]);
    for (const t of traces) {
      for (const { path, bytes } of files()) {
        expect(bytes.includes(Buffer.from(t, 'utf8')), `${t} in ${path}`).toBe(false);
      }
    }

    // Entered again, by hand or in a file, the number starts opted out; the address did not opt out.
    const again = await admin.post(`/api/partnerships/${pid}/contacts`, {
      firstName: 'Back', phone, email: person.email, kind: 'worker', smsConsent: true,
    });
    expect(again.json.created[0]).toMatchObject({ smsOptedOut: true, emailOptedOut: false });
    expect((await admin.del(`/api/partnerships/${pid}/contacts/${again.json.created[0].id}`)).status).toBe(200);
    const imported = await admin.request(
      'POST',
      `/api/partnerships/${pid}/contacts/import?kind=worker`,
      `firstName,phone,smsConsent\nBack,${phone.replace('+1', '')},yes\n`,
      { 'content-type': 'text/csv' },
    );
    expect(imported.status, imported.text).toBe(201);
    const back = await admin.get(`/api/partnerships/${pid}/contacts?q=Back`);
    expect(back.json.contacts[0]).toMatchObject({ phone, smsOptedOut: true });
  });

  it('checks the marks again at send time', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const audience = await draftCampaign(admin, { sms: 2, email: 0, unreachable: 0, reminderDays: [] });
    const [first, second] = audience.contacts;
    ctx.raw.prepare("UPDATE contacts SET sms_opted_out_at = '2026-08-01' WHERE id = ?").run(first!.id);
    expect((await admin.del(`/api/partnerships/${audience.partnershipId}/contacts/${first!.id}`)).status).toBe(200);
    // A row that escaped the check on arrival (written by hand, say) with the opted-out number.
    ctx.raw.prepare('UPDATE contacts SET phone = ? WHERE id = ?').run(first!.phone, second!.id);
    const rec = recordingSenders(ctx);
    expect((await admin.post(`/api/campaigns/${audience.campaignId}/launch`)).status).toBe(200);
    await dispatchDue(ctx.deps);
    expect(rec.sms).toEqual([]);
    expect(ctx.raw.prepare('SELECT status FROM outbox WHERE contact_id = ?').all(second!.id)).toEqual([
      { status: 'opted_out' },
    ]);
  });
});
