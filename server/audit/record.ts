/**
 * The audit trail's one way in (migrations/0021): an entry per staff action, written in the same
 * atomic batch as the action where there is one (`auditInsert`), so an action and its entry land
 * together or not at all, on D1 too. What an entry may hold is narrow on purpose: who, what, which
 * object and, for settings, before and after. Never answers, tokens, links, message bodies, nor a
 * contact's name, email or phone (the contact's id is enough to find the record while it exists).
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../deps.ts';
import type { Database } from '../db/schema.ts';

/** Who acted: a signed-in user (or their API token), a background job, or the command line. */
export type AuditActor =
  | { kind: 'user'; id: string; email: string }
  | { kind: 'system'; job: string }
  | { kind: 'cli' }
  /** A failed sign-in with an email no account has: what was typed is never stored. */
  | { kind: 'unknown' };

export interface AuditEntry {
  actor: AuditActor;
  /** Dotted, area first: 'auth.sign_in', 'partnership.settings', 'campaign.launch', 'backup.write'. */
  action: string;
  object?: { kind: string; id: string } | null;
  partnershipId?: string | null;
  /** Small and flat: before and after for settings, counts for jobs. Never personal data. */
  detail?: Record<string, unknown>;
}

function actorName(a: AuditActor): string {
  if (a.kind === 'user') return a.email;
  if (a.kind === 'system') return `system: ${a.job}`;
  return a.kind === 'cli' ? 'cli' : 'unknown account';
}

const second = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

function row(clock: Clock, e: AuditEntry) {
  const a = e.actor;
  return {
    at: second(clock.now()),
    actor_id: a.kind === 'user' ? a.id : null,
    actor: actorName(a),
    action: e.action,
    object_kind: e.object?.kind ?? null,
    object_id: e.object?.id ?? null,
    partnership_id: e.partnershipId ?? null,
    detail: JSON.stringify(e.detail ?? {}),
  };
}

/** The insert, to run inside the action's own `atomic` batch. */
export function auditInsert(deps: { db: Kysely<Database>; clock: Clock }, entry: AuditEntry) {
  return deps.db.insertInto('audit_log').values(row(deps.clock, entry));
}

/** For actions that are not one batch (a backup, a sign-in): the entry on its own. */
export async function recordAudit(
  deps: { db: Kysely<Database>; clock: Clock },
  entry: AuditEntry,
): Promise<void> {
  await auditInsert(deps, entry).execute();
}

/**
 * Who stands behind a request: the signed-in user, the same whether by session or by one of their API
 * tokens (a token acts for its owner).
 */
export function userActor(user: { id: string; email: string }): AuditActor {
  return { kind: 'user', id: user.id, email: user.email };
}
