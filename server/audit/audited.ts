/**
 * One entry per action, in the action's own atomic write where it has one. The action runs with a
 * `deps` whose `atomic` adds the entry's insert to its first batch, so the two land together or not
 * at all (on D1 too) without every domain function learning about the audit trail. An action that
 * writes no batch (one plain statement) gets its entry right after it succeeded. Either way, a
 * refused action (it threw) writes none.
 */
import type { Deps } from '../deps.ts';
import type { SessionUser } from '../http.ts';
import { auditInsert, recordAudit, userActor, type AuditActor, type AuditEntry } from './record.ts';

/** What a route handler has of its request: who is signed in and the dependencies. */
type Acting = { var: { deps: Deps; user: SessionUser } };

/** An entry without its actor: the caller knows who acts. */
export type AuditWhat = Omit<AuditEntry, 'actor'>;

export async function auditedBy<T>(
  deps: Deps,
  actor: AuditActor,
  what: AuditWhat,
  run: (deps: Deps) => Promise<T>,
): Promise<T> {
  const entry: AuditEntry = { ...what, actor };
  let written = false;
  const atomic: Deps['atomic'] = async (statements) => {
    if (written) return deps.atomic(statements);
    const results = await deps.atomic([...statements, auditInsert(deps, entry)]);
    written = true;
    return results.slice(0, -1);
  };
  const result = await run({ ...deps, atomic });
  if (!written) await recordAudit(deps, entry);
  return result;
}

/** `auditedBy` for a route: the signed-in user (or their API token's owner) acts. */
export function audited<T>(c: Acting, what: AuditWhat, run: (deps: Deps) => Promise<T>): Promise<T> {
  return auditedBy(c.var.deps, userActor(c.var.user), what, run);
}

/** An entry on its own, by the signed-in user, for an action already done (an export). */
export function auditNow(c: Acting, what: AuditWhat): Promise<void> {
  return recordAudit(c.var.deps, { ...what, actor: userActor(c.var.user) });
}

/** The fields that differ, each with its value before and after. */
export function changes(before: object, after: object): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  const was = before as Record<string, unknown>;
  for (const [key, a] of Object.entries(after)) {
    if (a === undefined) continue;
    const b = was[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = { before: b, after: a };
  }
  return out;
}
