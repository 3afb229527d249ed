/**
 * The attacker of test/privacy/forensic.test.ts, shared with the restore drill (which runs it on
 * backups): byte copies of the database read as an attacker would (readSnapshot), and the linkage
 * attack over a series of them (attack), which must find nothing when the anonymity rules hold.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allQuestions, getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from './answers.ts';

export const k = 5;
export const def = getTemplate('worker-voice')!;
export const marker = (i: number) => `Quokka-${1000 + i}`; // in the comment person i submits
export const draftMarker = (i: number) => `Wombat-${1000 + i}`; // typed into a draft only, never submitted
export const markerRun = /(?:Quokka|Wombat)-\d{4}/g;
// Ratings from each person's own seed, and one "about you" answer for all: a release holds back any
// group that would move by fewer than k, so varied ones would leave only the close's release to attack.
export function answersOf(i: number) {
  const { tenure, shift, ...answers } = validAnswers(def, seededRandom(100 + i));
  return { ...answers, hours: 'full_time', comment: `${marker(i)} says the shift notice comes too late` };
}

export type Row = Record<string, any>;
export type Snapshot = ReturnType<typeof readSnapshot>;

/** What a naive backup does: the file, then the WAL beside it (no -shm; a reader rebuilds that). */
export function copyFiles(file: string, to: string) {
  mkdirSync(join(to, '..'), { recursive: true });
  copyFileSync(file, to);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${to}-wal`);
}

/** Everything the attacker reads from one copy: its raw bytes, then the database opened read-only. */
export function readSnapshot(path: string, label: string) {
  const bytes = [path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p).toString('latin1'));
  const db = new Database(path, { readonly: true });
  const all = (sql: string) => db.prepare(sql).all() as Row[];
  const byId = <T>(sql: string, value: (r: Row) => T) =>
    new Map(all(sql).map((r) => [r.id as string, value(r)]));
  const hash = (t: string) =>
    createHash('sha256')
      .update(JSON.stringify(all(`SELECT * FROM "${t}"`)))
      .digest('hex');
  const snapshot = {
    label,
    path,
    markers: new Set(bytes.join('\n').match(markerRun) ?? []), // live or deleted, file or WAL
    completed: byId('SELECT id, contact_id, segment FROM invitations WHERE completed = 1', (r) => ({
      contactId: r.contact_id as string,
      segment: Object.fromEntries(JSON.parse(r.segment)) as Record<string, string | null>,
    })),
    responses: byId('SELECT id, segment, submitted_on, answers FROM responses', (r) => ({
      tag: JSON.parse(r.segment) as Record<string, string | null>,
      day: r.submitted_on as string,
      answers: r.answers as string,
    })),
    pool: byId('SELECT id, sealed FROM pending_answers', (r) => r.sealed as string),
    tables: new Map(
      all("SELECT name FROM sqlite_master WHERE type = 'table'").map((t) => [t.name, hash(t.name)]),
    ),
  };
  db.close();
  return snapshot;
}

/** As test/privacy/anonymity.test.ts: '~' lists answers left unrecorded, nothing to match on. */
export const matches = (tag: Record<string, string | null>, segment: Record<string, string | null>) =>
  Object.entries(tag).every(([key, value]) => key === '~' || segment[key] === value);

/** A matching of every response to a distinct invitation, with `fixed` forced (Kuhn's algorithm). */
function saturates(edges: Map<string, string[]>, fixed: [string, string]): boolean {
  const owner = new Map<string, string>([[fixed[1], fixed[0]]]);
  const augment = (r: string, seen: Set<string>): boolean =>
    edges.get(r)!.some((c) => {
      if (seen.has(c) || c === fixed[1]) return false;
      seen.add(c);
      if (owner.has(c) && !augment(owner.get(c)!, seen)) return false;
      owner.set(c, r);
      return true;
    });
  return [...edges.keys()].every((r) => r === fixed[0] || augment(r, new Set()));
}

const demographics = allQuestions(def)
  .filter((q) => q.demographic)
  .map((q) => q.id);
/** The questions a conversation by text never asks: a response with none of them came by text. */
const webOnly = allQuestions(def)
  .filter((q) => !q.sms)
  .map((q) => q.id);
const textShaped = (answers: string) => {
  const given = JSON.parse(answers) as Record<string, unknown>;
  return webOnly.every((q) => !(q in given));
};
/** A response's "about you" answers, as the attacker reads them from its answers column. */
const profileOf = (answers: string) =>
  JSON.stringify(demographics.map((q) => JSON.parse(answers)[q] ?? null));

/**
 * The attack, from the snapshots alone, in the order they were taken: every claim "this invitation
 * gave one of these fewer than k responses" it can make (empty when the data holds).
 */
export function attack(snaps: Snapshot[]): string[] {
  const found: string[] = [];
  const appeared = new Map<string, number>(); // response id → snapshot it first shows in
  const doneAt = new Map<string, number>(); // invitation → snapshot it first shows completed in
  const owner = new Map<string, Set<string>>(); // pool row → the invitations it may hold the answer of
  const leftAt = new Map<string, Set<number>>(); // invitation → snapshots a row it may own left in
  const heldThrough = new Map<string, Set<string>>(); // invitation → profiles released without it
  const emptyPoolAt: number[] = [-1]; // snapshots whose pool is empty: every earlier answer is out
  const byText = new Set<string>(); // invitations whose completion ended a conversation by text
  snaps.forEach((s, n) => {
    const prev = snaps[n - 1];
    const released = new Set([...s.responses.values()].flatMap((r) => r.answers.match(markerRun) ?? []));
    for (const m of s.markers) if (!released.has(m)) found.push(`${s.label}: ${m} in the bytes, unreleased`);
    const added = [...s.responses.keys()].filter((id) => !prev?.responses.has(id));
    for (const id of added) appeared.set(id, n);
    for (const day of new Set(added.map((id) => s.responses.get(id)!.day))) {
      const same = added.filter((id) => s.responses.get(id)!.day === day).length;
      if (same < k) found.push(`${s.label}: ${same} responses of ${day}`);
    }
    const newlyDone = [...s.completed.keys()].filter((id) => prev && !prev.completed.has(id));
    for (const id of newlyDone) doneAt.set(id, n);
    const newRows = [...s.pool.keys()].filter((id) => !prev?.pool.has(id));
    if (newlyDone.length === 1 && newRows.length === 1) owner.set(newRows[0]!, new Set(newlyDone));
    // Rows written again by a release (no completion in the diff) may hold any answer of the rows it
    // took: the attacker keeps every one of those owners as possible.
    const goneRows = [...(prev?.pool.keys() ?? [])].filter((id) => !s.pool.has(id));
    if (newlyDone.length === 0 && newRows.length > 0) {
      const heirs = new Set(goneRows.flatMap((row) => [...(owner.get(row) ?? [])]));
      for (const row of newRows) owner.set(row, heirs);
    }
    // Whatever changes with a single completion must carry nothing but the mark and a sealed row.
    const changed = [...s.tables].filter(([t, h]) => prev?.tables.get(t) !== h).map(([t]) => t);
    // A completion by text also ends a conversation (its row gone, the last message's sid kept), so
    // the attacker learns that this invitation answered by text; the edges below use it.
    const texted = newlyDone.length === 1 && changed.includes('sms_conversations');
    if (texted) byText.add(newlyDone[0]!);
    const allowed = ['invitations', 'pending_answers', 'sealed_drafts'].concat(
      texted ? ['sms_conversations', 'webhook_events', 'sms_replies'] : [],
    );
    if (newlyDone.length > 0 && changed.some((t) => !allowed.includes(t))) {
      found.push(`${s.label}: a completion changed ${changed.join(', ')}`);
    }
    // A release holds an answer back only when one of its groups would move by fewer than k: one
    // that stays while others go is, as a rule, one whose "about you" answers that release lacked.
    const profiles = new Set(added.map((id) => profileOf(s.responses.get(id)!.answers)));
    for (const [row, owners] of owner) {
      if (!prev?.pool.has(row) || added.length === 0) continue;
      for (const who of owners) {
        const seen = heldThrough.get(who);
        if (s.pool.has(row)) {
          if (owners.size === 1) heldThrough.set(who, new Set([...(seen ?? []), ...profiles]));
          continue;
        }
        leftAt.set(who, new Set([...(leftAt.get(who) ?? []), n]));
        if (owners.size > 1) continue;
        const odd = added.filter((id) => seen && !seen.has(profileOf(s.responses.get(id)!.answers)));
        if (odd.length > 0 && odd.length < k) found.push(`${who} was held back, so gave one of ${odd}`);
      }
    }
    if (s.pool.size === 0) emptyPoolAt.push(n);
  });
  // Who could have given each response: same tag, and its pool row left in that release (or, not
  // knowing the row, completed by then and since the pool last stood empty); then only those left by
  // some assignment of every response to a distinct invitation (someone forced elsewhere is no one).
  const last = snaps.at(-1)!;
  const edges = new Map(
    [...last.responses].map(([id, r]) => {
      const at = appeared.get(id)!;
      const since = Math.max(...emptyPoolAt.filter((e) => e < at));
      const when = (inv: string) =>
        leftAt.has(inv) ? leftAt.get(inv)!.has(at) : doneAt.get(inv)! <= at && doneAt.get(inv)! > since;
      return [
        id,
        [...last.completed]
          .filter(([inv, c]) => when(inv) && matches(r.tag, c.segment))
          // A response that answers only questions asked by text came from a conversation, and no
          // other did: the attacker pairs each kind with its own completions.
          .filter(([inv]) => byText.has(inv) === textShaped(r.answers))
          .map(([inv]) => inv),
      ];
    }),
  );
  for (const [id, who] of edges) {
    const possible = who.filter((inv) => saturates(edges, [id, inv]));
    if (possible.length < k) found.push(`response ${id} is one of ${possible.length}: ${possible}`);
  }
  return found;
}
