/**
 * Background work that keeps the anonymity promises, run by Node's loop, the Worker's cron and
 * `npm run cli -- release`: releases of waiting answers (server/reviews/release.ts) and the sweep of
 * drafts that are too old, short-lived or belong to a closed campaign (server/respond/drafts.ts), and
 * poster-link client counts and short-code tries whose hour or day is over
 * (server/campaigns/open-link-clients.ts, server/respond/code-tries.ts). It also
 * runs the quarterly schedules (server/distribution/schedules/runner.ts), so each quarter's campaign is
 * created and launched, and staff told beforehand, wherever this runs. And it erases the contacts
 * whose partnership's retention period has passed (server/distribution/retention.ts), keeping every
 * count, in bounded chunks: at most an hour apart while nothing is left, on the next tick while more is.
 * Last, audit entries past their keep time go (server/audit/store.ts; a cheap indexed delete).
 */
import type { AuditActor } from './audit/record.ts';
import { purgeAudit } from './audit/store.ts';
import type { Deps } from './deps.ts';
import { forgetOpenLinkClients } from './campaigns/open-link-clients.ts';
import { retentionInUpkeep, type RetentionOutcome } from './distribution/retention.ts';
import { runSchedules, type ScheduleReport } from './distribution/schedules/runner.ts';
import { forgetPastCodeTries } from './respond/code-tries.ts';
import { sweepDrafts } from './respond/drafts.ts';
import { sweepConversations } from './respond/texting/store.ts';
import { releaseDue, type ReleaseReport } from './reviews/release.ts';

export interface UpkeepReport {
  releases: ReleaseReport[];
  draftsDeleted: number;
  conversationsDeleted: number;
  schedules: ScheduleReport;
  /** Per partnership with retention on, when the job ran this time (empty when it waited). */
  retention: RetentionOutcome[];
  auditPurged: number;
}

export async function runUpkeep(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config' | 'statementBudget' | 'mailer' | 'log'>,
  options: { actor?: AuditActor } = {},
): Promise<UpkeepReport> {
  const releases = await releaseDue(deps);
  const { deleted } = await sweepDrafts(deps);
  // Conversations by text of closed campaigns, and silent ones, go as drafts do.
  const conversations = await sweepConversations(deps);
  await forgetOpenLinkClients(deps);
  await forgetPastCodeTries(deps);
  const schedules = await runSchedules(deps);
  const retention = await retentionInUpkeep(deps, options.actor);
  const audit = await purgeAudit(deps);
  return {
    releases,
    draftsDeleted: deleted,
    conversationsDeleted: conversations.deleted,
    schedules,
    retention,
    auditPurged: audit.deleted,
  };
}

/** A log line's worth: what moved, never which answers. */
export function upkeepFields(report: UpkeepReport): Record<string, number> | null {
  const released = report.releases.reduce((a, r) => a + r.released, 0);
  const { launched, noticed, failed } = report.schedules;
  const contactsErased = report.retention.reduce((a, r) => a + r.erased, 0);
  if (
    released === 0 &&
    report.draftsDeleted === 0 &&
    report.conversationsDeleted === 0 &&
    launched + noticed + failed === 0 &&
    contactsErased === 0 &&
    report.auditPurged === 0
  )
    return null;
  return {
    released,
    releases: report.releases.filter((r) => r.released > 0).length,
    draftsDeleted: report.draftsDeleted,
    ...(report.conversationsDeleted > 0 && { conversationsDeleted: report.conversationsDeleted }),
    // Only when a schedule did something: most runs have none, and their line stays as it was.
    ...(launched + noticed + failed > 0 && {
      scheduledLaunches: launched,
      scheduleNotices: noticed,
      scheduleFailures: failed,
    }),
    ...(contactsErased > 0 && { contactsErased }),
    ...(report.auditPurged > 0 && { auditEntriesPurged: report.auditPurged }),
  };
}
