/**
 * The notice before a scheduled launch, sent once per quarter: claimed through runs.ts (a lease, so a
 * runner killed mid-send is followed by one that sends it), mailed to each recipient, then marked
 * sent. Sent again only if staff move the quarter's opening day after it went.
 */
import type { Deps } from '../../deps.ts';
import { countAudience } from '../../partnerships/audience.ts';
import type { Partnership } from '../../partnerships/contract.ts';
import { noticeEmail, noticeRecipients } from './notice-email.ts';
import { campaignName, runKey } from './plan.ts';
import { quarterDates } from './quarters.ts';
import * as runs from './runs.ts';
import type { StoredSchedule } from './store.ts';

type NoticeDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'mailer' | 'log'>;

/** A notice claimed this long ago and still unsent belongs to a runner that died mid-send. */
const noticeLeaseMs = 15 * 60_000;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function sendNotice(
  deps: NoticeDeps,
  s: StoredSchedule,
  p: Partnership,
  quarter: string,
): Promise<boolean> {
  const key = runKey(s.id, quarter);
  const dates = quarterDates(quarter, s.openDay, s.openDays);
  let seen = await runs.getRun(deps, key);
  // Staff moved the quarter's days after they were told: the notice goes again, with the new ones.
  if (seen && !seen.campaign_id && seen.opens_on !== dates.opensOn) {
    await runs.moveRun(deps, key, dates);
    seen = await runs.getRun(deps, key);
  }
  if (seen?.notice_sent_at) return false;
  const now = deps.clock.now();
  if (!seen) await runs.ensureRun(deps, key, dates, now.toISOString());
  const stale = new Date(now.getTime() - noticeLeaseMs).toISOString();
  if (!(await runs.claimNotice(deps, key, now.toISOString(), stale))) return false;

  const recipients = await noticeRecipients(deps, p.id);
  const reach = await countAudience(deps, p.id, s.audience, s.channels);
  const url = `${deps.config.publicUrl}/admin/campaigns/schedule?partnership=${encodeURIComponent(p.id)}`;
  let sent = 0;
  let transient = 0;
  for (const to of recipients) {
    const mail = noticeEmail({
      to: to.email,
      name: to.name,
      partnershipName: p.name,
      campaignName: campaignName(s, quarter),
      ...dates,
      reach,
      reminderDays: s.reminderDays,
      url,
    });
    const result = await deps.mailer.send(mail).catch((err: unknown) => ({
      ok: false as const,
      permanent: false,
      code: 'SEND_FAILED',
      message: message(err),
    }));
    if (result.ok) sent++;
    else {
      if (!result.permanent) transient++;
      deps.log.error('schedule notice not sent', {
        scheduleId: s.id,
        code: result.code,
        error: result.message,
      });
    }
  }
  // Nothing went and it might next time: give the claim back. Otherwise the notice is done, once.
  if (sent === 0 && transient > 0) {
    await runs.releaseNotice(deps, key);
    return false;
  }
  await runs.noticeSent(deps, key, deps.clock.now().toISOString(), sent);
  return true;
}
