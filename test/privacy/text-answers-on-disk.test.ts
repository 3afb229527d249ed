/**
 * Answering by text leaves nothing to link (issue 18). An attacker copies the database file and its
 * WAL after every step of every conversation (never ANSWER_SECRET): no word a worker texted is in the
 * bytes before its release, no copy of a phone number is added, every sealed row of a kind has one
 * length, and once done, nothing about a contact who answered by text differs from one who answered
 * the link: same rows, same columns, same values but for random ids and the provider's sids.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Deps } from '../../server/deps.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';
import { getTemplate } from '../../surveys/index.ts';
import { makeTestApp, TestClient, type TestContext } from '../helpers/app.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { closeAndRelease } from '../helpers/release.ts';
import { say, textingCampaign, textsTo } from '../conversations/helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'sv-text-on-disk-'));
const handles: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const h of handles) await h.close();
  rmSync(root, { recursive: true, force: true });
});

function fileApp() {
  const file = join(root, 'survey.db');
  const sqlite = openSqlite(file);
  handles.push(sqlite);
  const base = makeTestApp();
  const deps: Deps = { ...base.deps, db: sqlite.db, atomic: sqlite.atomic };
  const ctx = { ...base, app: createApp(() => deps), deps, raw: sqlite.raw } as TestContext;
  const bytes = () =>
    [file, `${file}-wal`]
      .filter(existsSync)
      .map((p) => readFileSync(p).toString('latin1'))
      .join('\n');
  /** The main file alone, once every committed page is in it and the WAL is empty. */
  const checkpointed = () => {
    sqlite.raw.pragma('wal_checkpoint(TRUNCATE)');
    return readFileSync(file).toString('latin1');
  };
  /** The page numbers of the WAL frames (24-byte header, then the page) holding any of these. */
  const walPagesHolding = (needles: string[]) => {
    if (!existsSync(`${file}-wal`)) return [];
    const wal = readFileSync(`${file}-wal`);
    const pageSize = wal.readUInt32BE(8);
    const pages: number[] = [];
    for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
      const page = wal.subarray(at + 24, at + 24 + pageSize).toString('latin1');
      if (needles.some((n) => page.includes(n))) pages.push(wal.readUInt32BE(at));
    }
    return pages;
  };
  return { ctx, bytes, checkpointed, walPagesHolding };
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const marker = (i: number) => `Numbat-${4000 + i}`;
const def = getTemplate('worker-voice')!;

/** Rows of every table naming this contact, without the values that are random per row. */
function footprint(ctx: TestContext, contactId: string) {
  const tables = ctx.raw
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    const columns = (ctx.raw.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map(
      (c) => c.name,
    );
    if (!columns.includes('contact_id')) continue;
    const rows = ctx.raw.prepare(`SELECT * FROM "${name}" WHERE contact_id = ?`).all(contactId) as Record<
      string,
      unknown
    >[];
    out[name] = rows.map((r) => {
      const { id: _id, contact_id: _c, token_hash: _t, provider_id: _p, invitation_id: _i, ...rest } = r;
      return rest;
    });
  }
  return out;
}

describe('answers by text on disk', () => {
  it('keep every texted word sealed until release, add no phone, and leave no footprint on the contact', async () => {
    const { ctx, bytes, checkpointed, walPagesHolding } = fileApp();
    const t = await textingCampaign('both', { workers: 10, ctx });
    const phoneCounts = () => {
      const main = checkpointed();
      return t.phones.map((p) => occurrences(main, p));
    };
    const phonesBefore = phoneCounts();
    // Pages of the contacts table and its indexes: the only pages a phone may be written to.
    const contactPages = () =>
      new Set(
        (
          ctx.raw
            .prepare(
              "SELECT pageno FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'contacts')",
            )
            .all() as { pageno: number }[]
        ).map((r) => r.pageno),
      );
    const lengths = { conversations: new Set<number>(), replies: new Set<number>() };
    const note = () => {
      for (const r of ctx.raw.prepare('SELECT sealed FROM sms_conversations').all() as { sealed: string }[])
        lengths.conversations.add(r.sealed.length);
      for (const r of ctx.raw.prepare('SELECT sealed FROM sms_replies').all() as { sealed: string }[])
        lengths.replies.add(r.sealed.length);
    };
    // Workers 0 to 4 answer by text, 5 to 9 by the link (k of each, so the close releases both kinds) in the same text; all write a comment.
    const answers = ['4', '4', '3', '5', '2', '4', '3', '8', '5', '2 4'];
    for (const i of [0, 1, 2, 3, 4]) {
      const phone = t.phones[i]!;
      for (const reply of ['1', ...answers, `${marker(i)} the line speed is unsafe`]) {
        await say(t, phone, reply);
        note();
        expect(bytes()).not.toContain('Numbat');
        const allowed = contactPages();
        for (const page of walPagesHolding(t.phones)) expect(allowed.has(page), `page ${page}`).toBe(true);
      }
      expect(textsTo(t, phone).length).toBe(1 + 2 + answers.length + 1);
    }
    for (const i of [5, 6, 7, 8, 9]) {
      const token = /\/s\/([A-Za-z0-9_-]{24})/.exec(textsTo(t, t.phones[i]!)[0]!)![1]!;
      const given = {
        ...validAnswers(def, seededRandom(i)),
        comment: `${marker(i)} the line speed is unsafe`,
      };
      const res = await new TestClient(t.ctx).post(`/s/${token}/submit`, { answers: given });
      expect(res.status, res.text).toBe(200);
    }
    expect(bytes()).not.toContain('Numbat');
    // No table but the contacts' own holds a phone, live.
    const tables = ctx.raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'contacts'")
      .all() as { name: string }[];
    const everything = tables
      .map(({ name }) => JSON.stringify(ctx.raw.prepare(`SELECT * FROM "${name}"`).all()))
      .join();
    for (const phone of t.phones) expect(everything).not.toContain(phone.slice(2));
    // Checkpointed, the file holds each phone exactly as often as before any text came in.
    expect(phoneCounts()).toEqual(phonesBefore);
    // One length per kind whatever the step: the opening, a question, a retry, the long comment.
    expect(lengths.conversations.size).toBe(1);
    expect(lengths.replies.size).toBeLessThanOrEqual(1);
    // Nothing left of any conversation, and a texted answer's contact looks like a web answer's.
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM sms_conversations').get()).toEqual({ n: 0 });
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM sms_replies').get()).toEqual({ n: 0 });
    // (Workers alternate English and Spanish: 0 and 6 are both English, 1 and 5 both Spanish.)
    for (const [text, link] of [
      [0, 6],
      [1, 5],
    ] as const) {
      const byText = footprint(ctx, t.audience.contacts[text]!.id);
      expect(Object.values(byText).flat().length).toBeGreaterThan(0);
      expect(byText).toEqual(footprint(ctx, t.audience.contacts[link]!.id));
    }
    // Released together at the close, dated alike, in the same columns.
    await closeAndRelease(ctx, t.audience.campaignId);
    const released = ctx.raw.prepare('SELECT * FROM responses').all() as Record<string, unknown>[];
    expect(released).toHaveLength(10);
    expect(new Set(released.map((r) => r.submitted_on)).size).toBe(1);
    expect(new Set(released.map((r) => Object.keys(r).join()))).toHaveProperty('size', 1);
  });
});
