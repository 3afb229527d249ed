/**
 * The snapshot attack of test/privacy/forensic.test.ts with answers given by text mixed in (issue 18).
 * The attacker copies the database file and WAL after every step of every conversation, every web
 * submission and every release. They learn which invitations completed by text (a conversation row
 * goes with the completion) and which responses came by text (those answer only the questions asked
 * by text), and still must not link any response to fewer than k invitations.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Deps } from '../../server/deps.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';
import { makeTestApp, TestClient, type TestContext } from '../helpers/app.ts';
import { answersOf, attack, copyFiles, k, marker, readSnapshot, type Snapshot } from '../helpers/forensic.ts';
import { closeAndRelease, releaseNow } from '../helpers/release.ts';
import { say, textingCampaign, textsTo } from '../conversations/helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'sv-forensic-texting-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const snaps: Snapshot[] = [];
let texted = 0;

beforeAll(async () => {
  const file = join(root, 'live', 'survey.db');
  const sqlite = openSqlite(file);
  const base = makeTestApp();
  const deps: Deps = { ...base.deps, db: sqlite.db, atomic: sqlite.atomic };
  const ctx = { ...base, app: createApp(() => deps), deps, raw: sqlite.raw } as TestContext;
  const t = await textingCampaign('both', { workers: 25, ctx });
  const snap = (label: string) => {
    const path = join(root, 'snaps', String(snaps.length).padStart(3, '0'), 'survey.db');
    copyFiles(file, path);
    snaps.push(readSnapshot(path, label));
  };
  snap('launched');
  // Every third worker answers by link, the others by text, in turns, over a week.
  for (const [i, phone] of t.phones.entries()) {
    ctx.clock.advance(6 * 3_600_000);
    if (i % 3 === 0) {
      const token = /\/s\/([A-Za-z0-9_-]{24})/.exec(textsTo(t, phone)[0]!)![1]!;
      const res = await new TestClient(ctx).post(`/s/${token}/submit`, { answers: answersOf(i) });
      expect(res.status, res.text).toBe(200);
      snap(`link #${i}`);
    } else {
      const replies = ['1', '4', '4', '3', '5', '2', '4', '3', '8', '5', '2 4', `${marker(i)} short-staffed`];
      for (const [n, reply] of replies.entries()) {
        await say(t, phone, reply);
        snap(`text #${i} step ${n}`);
      }
      texted++;
    }
    await releaseNow(ctx);
    snap(`release after #${i}`);
  }
  ctx.clock.advance(86_400_000);
  await closeAndRelease(ctx, t.audience.campaignId);
  snap('close and final release');
  await sqlite.close();
}, 120_000);

describe('copies of the database with answers by text mixed in', () => {
  it('link no response to fewer than k invitations, the way it came known to the attacker', () => {
    expect(attack(snaps)).toEqual([]);
    // Not vacuous: both kinds were released, by text in batches of at least k.
    const last = snaps.at(-1)!;
    const textShaped = [...last.responses.values()].filter((r) => !r.answers.includes('"hours"'));
    expect(texted).toBe(16);
    // 16 by text go in three fives, one held back; 9 by link go five, four left. At the close the
    // four and the one make five, which a careless coarsening would release together, the one by
    // text then standing out; they stay held back.
    expect(textShaped.length).toBe(15);
    expect(last.responses.size - textShaped.length).toBe(5);
    snaps.forEach((s, n) => {
      const prev = snaps[n - 1];
      if (!prev) return;
      const added = [...s.responses].filter(([id]) => !prev.responses.has(id)).map(([, r]) => r);
      const byText = added.filter((r) => !r.answers.includes('"hours"')).length;
      expect(byText === 0 || byText >= k, `${s.label}: ${byText} by text`).toBe(true);
    });
  });
});
