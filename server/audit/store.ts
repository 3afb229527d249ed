/**
 * Reading and purging the audit trail. Pages walk `seq` newest first (keyset, so a page costs the same
 * deep in the log as at its top, and an entry written meanwhile never shifts one page into the next).
 */
import type { Deps } from '../deps.ts';
import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../db/schema.ts';
import type { AuditEntryView, AuditExportQuery, AuditPage, AuditQuery } from './contract.ts';
import { recordAudit } from './record.ts';

/** Kept for two years unless AUDIT_KEEP_DAYS says otherwise. */
export const defaultAuditKeepDays = 730;
const dayMs = 86_400_000;

function toEntry(row: Selectable<AuditLogTable>): AuditEntryView {
  let detail: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.detail);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      detail = parsed as Record<string, unknown>;
  } catch {
    // Written by record.ts as JSON; a row that is not stays readable, its detail empty.
  }
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actor: row.actor,
    action: row.action,
    objectKind: row.object_kind,
    objectId: row.object_id,
    partnershipId: row.partnership_id,
    detail,
  };
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);

function filtered(deps: Pick<Deps, 'db'>, q: AuditExportQuery) {
  let query = deps.db.selectFrom('audit_log').selectAll();
  if (q.person) query = query.where('actor_id', '=', q.person);
  // Action names are `kind.verb`; the kinds are letters and underscores, so no LIKE wildcard slips in.
  if (q.kind) query = query.where('action', 'like', `${q.kind}.%`);
  if (q.partnership) query = query.where('partnership_id', '=', q.partnership);
  if (q.from) query = query.where('at', '>=', `${q.from}T00:00:00Z`);
  if (q.to) query = query.where('at', '<', `${nextDay(q.to)}T00:00:00Z`);
  return query;
}

/** One page of entries, newest first. */
export async function listAudit(deps: Pick<Deps, 'db'>, q: AuditQuery): Promise<AuditPage> {
  let query = filtered(deps, q);
  if (q.before) query = query.where('seq', '<', q.before);
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(q.limit + 1)
    .execute();
  const page = rows.slice(0, q.limit).map(toEntry);
  return { entries: page, next: rows.length > q.limit ? page[page.length - 1]!.seq : null };
}

/** Every matching entry, newest first, read a thousand at a time. */
export async function* allAudit(deps: Pick<Deps, 'db'>, q: AuditExportQuery): AsyncGenerator<AuditEntryView> {
  let before: number | undefined;
  for (;;) {
    const page = await listAudit(deps, { ...q, before, limit: 1000 });
    yield* page.entries;
    if (page.next === null) return;
    before = page.next;
  }
}

/**
 * Deletes the entries older than the keep time (AUDIT_KEEP_DAYS, two years by default) and says how
 * many went; when some did, that is itself an entry, so a gap in the log is explained by the log.
 */
export async function purgeAudit(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
): Promise<{ deleted: number; before: string }> {
  const keepDays = deps.config.auditKeepDays ?? defaultAuditKeepDays;
  const before = new Date(deps.clock.now().getTime() - keepDays * dayMs);
  const cutoff = `${before.toISOString().slice(0, 19)}Z`;
  const result = await deps.db.deleteFrom('audit_log').where('at', '<', cutoff).executeTakeFirst();
  const deleted = Number(result.numDeletedRows);
  if (deleted > 0) {
    await recordAudit(deps, {
      actor: { kind: 'system', job: 'audit purge' },
      action: 'audit.purge',
      detail: { deleted, keepDays, before: cutoff },
    });
  }
  return { deleted, before: cutoff };
}
