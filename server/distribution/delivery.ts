/**
 * Twilio's status callbacks for the messages we sent. The dispatcher asks for them at
 * `${publicUrl}/webhooks/twilio/status?m=<outboxId>`, so a callback finds its row even when it
 * arrives before the dispatcher has stored Twilio's sid (Twilio can call back within milliseconds).
 */
import type { Deps } from '../deps.ts';
import type { OutboxStatus } from './contract.ts';
import { optOutPhone } from './opt-out.ts';
import { moveSmsStatus, phoneOfMessage } from './outbox/replies.ts';

type Outcome = 'sent' | 'delivered' | 'undelivered' | 'failed';

/** Twilio's message statuses we act on; others (`receiving`, `read`, `scheduled`...) are not about delivery. */
const outcomeOf: Record<string, Outcome> = {
  accepted: 'sent',
  queued: 'sent',
  sending: 'sent',
  sent: 'sent',
  delivered: 'delivered',
  undelivered: 'undelivered',
  failed: 'failed',
};

/**
 * The statuses a row may leave for each outcome. Callbacks arrive out of order (a late `sent` after
 * `delivered` is common), so a row only ever moves forward, and a final state is final. Rows that
 * were never sent (`opted_out`, `skipped`) are never touched.
 */
const movesFrom: Record<Outcome, OutboxStatus[]> = {
  sent: ['queued', 'sending'],
  delivered: ['queued', 'sending', 'sent'],
  undelivered: ['queued', 'sending', 'sent'],
  failed: ['queued', 'sending', 'sent'],
};

/** Readable reasons for the codes seen most; the code itself is always stored. */
const errorMessages: Record<string, string> = {
  '21211': "Invalid 'To' phone number",
  '21408': 'Sending to this region is not enabled on the Twilio account',
  '21610': 'The recipient replied STOP (unsubscribed at Twilio)',
  '21612': 'Twilio cannot route to this number',
  '21614': "'To' number is not a mobile number",
  '30001': 'Queue overflow at Twilio',
  '30002': 'Twilio account suspended',
  '30003': 'Unreachable destination handset',
  '30004': 'Message blocked by the recipient or their carrier',
  '30005': 'Unknown destination handset',
  '30006': 'Landline or unreachable carrier',
  '30007': 'Filtered by the carrier as spam',
  '30008': 'Unknown error from the carrier',
  '30034': 'Sender number is not registered for US A2P 10DLC',
};

export function twilioErrorMessage(code: string): string {
  return errorMessages[code] ?? `Twilio error ${code}`;
}

export interface SmsStatusUpdate {
  outboxId: string;
  messageSid: string;
  /** Twilio's MessageStatus, as sent. */
  status: string;
  errorCode?: string | null;
}

/** Applies one status callback; returns whether it changed the row. */
export async function recordSmsStatus(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock'>,
  update: SmsStatusUpdate,
): Promise<boolean> {
  const outcome = outcomeOf[update.status];
  if (!outcome) return false;
  const failed = outcome === 'failed' || outcome === 'undelivered';
  const errorCode = failed ? update.errorCode || null : null;
  const [result] = await deps.atomic([
    moveSmsStatus(deps, {
      id: update.outboxId,
      sid: update.messageSid,
      status: outcome,
      from: movesFrom[outcome],
      ...(outcome === 'sent'
        ? {}
        : { error: { code: errorCode, message: errorCode ? twilioErrorMessage(errorCode) : null } }),
    }),
  ]);
  const changed = (result?.numChangedRows ?? 0) > 0;
  // 21610: the person replied STOP to Twilio (perhaps on a number or keyword we never saw). Record it
  // here too, so no other partnership texts them. A crash between the two writes costs nothing but
  // that record: Twilio itself keeps refusing the number.
  if (changed && errorCode === '21610') {
    const phone = await phoneOfMessage(deps, update.outboxId);
    if (phone) await optOutPhone(deps, phone);
  }
  return changed;
}
