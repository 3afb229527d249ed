/**
 * Whether a claimed message may go now. Decided at send time, not only when it was queued: the
 * person may have opted out, answered, or the campaign closed since.
 */
import { localDay } from '../dates.ts';
import type { OutboxStatus } from './contract.ts';
import type { DispatchRow } from './dispatch-context.ts';
import { nextSendTime } from './send-window.ts';

export type Verdict =
  | { action: 'send' }
  | { action: 'hold'; until: Date }
  | { action: 'drop'; status: Extract<OutboxStatus, 'skipped' | 'opted_out'>; code: string };

export function decide(row: DispatchRow, now: Date): Verdict {
  const { contact, campaign, partnership } = row;
  if (!contact || !row.invitation) return { action: 'drop', status: 'skipped', code: 'NO_CONTACT' };
  if (campaign.status === 'closed' || localDay(now, partnership.timeZone) > campaign.closesOn) {
    return { action: 'drop', status: 'skipped', code: 'CLOSED' };
  }
  // Also for the first invitation: someone who answered from a printed card needs no message.
  if (row.invitation.completed) return { action: 'drop', status: 'skipped', code: 'COMPLETED' };
  if (row.channel === 'sms') {
    if (contact.smsOptedOut) return { action: 'drop', status: 'opted_out', code: 'STOP' };
    if (!contact.phone || !contact.smsConsent)
      return { action: 'drop', status: 'skipped', code: 'NO_CONSENT' };
    const at = nextSendTime(now, partnership.timeZone, partnership.smsHours);
    if (at.getTime() > now.getTime()) return { action: 'hold', until: at };
  } else {
    if (contact.emailOptedOut) return { action: 'drop', status: 'opted_out', code: 'UNSUBSCRIBED' };
    if (!contact.email) return { action: 'drop', status: 'skipped', code: 'NO_ADDRESS' };
  }
  return { action: 'send' };
}
