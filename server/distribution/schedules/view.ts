/**
 * A schedule as the dashboard shows it: its settings, the quarters to come with their notice days,
 * whom the next launch would reach today (counts only), and how past quarters went.
 */
import type { QuarterlySchedule, ScheduledQuarter } from '../../campaigns/contract.ts';
import { localDay } from '../../dates.ts';
import type { Deps } from '../../deps.ts';
import { countAudience } from '../../partnerships/audience.ts';
import type { Partnership } from '../../partnerships/contract.ts';
import { addDays, quarterAt, quarterDates, quarterStart } from './quarters.ts';
import { campaignName, dueQuarter, nextQuarter } from './plan.ts';
import { runsOf } from './runs.ts';
import type { StoredSchedule } from './store.ts';

export async function scheduleView(
  deps: Pick<Deps, 'db' | 'clock'>,
  s: StoredSchedule,
  p: Partnership,
): Promise<QuarterlySchedule> {
  const today = localDay(deps.clock.now(), p.timeZone);
  const named = (q: string) => quarterAt(quarterStart(q)!, p.reviewYear);
  const runs = (await runsOf(deps, s.id)).map((r) => ({ ...r, period: named(r.period) }));
  const quarter = (q: string): ScheduledQuarter => {
    const dates = quarterDates(q, s.openDay, s.openDays);
    return {
      period: q,
      campaignName: campaignName(s, q),
      ...dates,
      noticeOn: s.noticeDays > 0 ? addDays(dates.opensOn, -s.noticeDays) : null,
    };
  };
  const upcoming: ScheduledQuarter[] = [];
  if (s.active) {
    // Today's quarter, opened but not yet taken up by a runner (the loop runs every few seconds).
    const due = dueQuarter(s, today, p.reviewYear);
    const dueRun = due && runs.find((r) => r.period === due);
    if (due && (!dueRun || dueRun.state === 'noticed') && quarter(due).closesOn >= today)
      upcoming.push(quarter(due));
    let q = nextQuarter(s, today, p.reviewYear);
    while (upcoming.length < 3) {
      upcoming.push(quarter(q));
      q = quarterAt(quarterStart(q)! + 3, p.reviewYear);
    }
  }
  const { sms, email, none } = await countAudience(deps, p.id, s.audience, s.channels);
  return {
    ...s,
    startsWith: named(s.startsWith),
    upcoming,
    reach: { sms, email, none },
    runs,
  };
}
