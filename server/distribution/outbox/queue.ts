/**
 * Queueing: which channel reaches a contact, when each message of an invitation is due, and the
 * outbox rows a launch writes in the same atomic write as its invitations. Whether a message may
 * still go (opt-outs, completion, the close date, SMS hours) is decided again when it is sent.
 * The outbox/ folder is the table's one owner; no other module names it.
 */
import { CompiledQuery } from 'kysely';
import { launchedBy } from '../../campaigns/campaigns.ts';
import type { Contact } from '../../partnerships/contract.ts';
import type { Deps, Random } from '../../deps.ts';
import { newId } from '../../ids.ts';
import { zonedInstant } from '../send-window.ts';

export type Channel = 'sms' | 'email';

/**
 * The first channel in the campaign's order that can reach the contact: SMS needs a phone, consent
 * and no STOP; email needs an address and no unsubscribe. Null: only a printed link reaches them.
 */
export function chooseChannel(contact: Contact, channels: Channel[]): Channel | null {
  for (const channel of channels) {
    if (channel === 'sms' && contact.phone && contact.smsConsent && !contact.smsOptedOut) return 'sms';
    if (channel === 'email' && contact.email && !contact.emailOptedOut) return 'email';
  }
  return null;
}

export interface OutboxRow {
  id: string;
  campaign_id: string;
  invitation_id: string;
  contact_id: string;
  channel: Channel;
  purpose: 'invitation' | 'reminder';
  sequence: number;
  due_at: string;
}

export interface Schedule {
  campaignId: string;
  launchedAt: Date;
  opensOn: string;
  closesOn: string;
  timeZone: string;
  reminderDays: number[];
}

const day = 86_400_000;

/**
 * The invitation goes at launch (or when the campaign opens, if later); reminder k goes
 * reminderDays[k] days after that. Reminders due after the close date are not written at all.
 */
export function outboxRowsFor(
  random: Random,
  schedule: Schedule,
  invitation: { id: string; contactId: string; channel: Channel },
): OutboxRow[] {
  const opens = zonedInstant(schedule.opensOn, '00:00', schedule.timeZone);
  const closes = zonedInstant(schedule.closesOn, '23:59', schedule.timeZone);
  const first = Math.max(schedule.launchedAt.getTime(), opens.getTime());
  const base = {
    campaign_id: schedule.campaignId,
    invitation_id: invitation.id,
    contact_id: invitation.contactId,
    channel: invitation.channel,
  };
  const rows: OutboxRow[] = [
    { ...base, id: newId(random), purpose: 'invitation', sequence: 0, due_at: new Date(first).toISOString() },
  ];
  schedule.reminderDays.forEach((days, i) => {
    const due = first + days * day;
    if (due <= closes.getTime())
      rows.push({
        ...base,
        id: newId(random),
        purpose: 'reminder',
        sequence: i + 1,
        due_at: new Date(due).toISOString(),
      });
  });
  return rows;
}

const columns = [
  'id',
  'campaign_id',
  'invitation_id',
  'contact_id',
  'channel',
  'purpose',
  'sequence',
  'due_at',
] as const;
// D1 binds at most 100 parameters per statement: 12 rows x 8 + 2 guard parameters = 98.
export const outboxRowsPerInsert = 12;

/**
 * Inserts only if the launch identified by (campaign, launched_at) took effect, like the invitations
 * it travels with, so a launch that lost a race queues nothing.
 */
export function insertOutboxIfLaunchedBy(
  campaignId: string,
  launchedAt: string,
  rows: OutboxRow[],
): CompiledQuery {
  const values = rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
  const launched = launchedBy(campaignId, launchedAt);
  return CompiledQuery.raw(
    `INSERT INTO outbox (${columns.join(', ')})
     SELECT * FROM (VALUES ${values})
     WHERE ${launched.sql}`,
    [...rows.flatMap((r) => columns.map((c) => r[c])), ...launched.parameters],
  );
}

/** How many invitation messages a campaign's launch has queued (whatever became of them since). */
export async function invitationMessageCount(deps: Pick<Deps, 'db'>, campaignId: string): Promise<number> {
  const row = await deps.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('campaign_id', '=', campaignId)
    .where('purpose', '=', 'invitation')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A campaign's messages still waiting, cancelled as the dispatcher would at send time (close now). */
export function cancelQueued(deps: Pick<Deps, 'db'>, campaignId: string) {
  return deps.db
    .updateTable('outbox')
    .set({ status: 'skipped', error_code: 'CLOSED', error_message: null })
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'queued');
}

type Guard = { sql: string; parameters: unknown[] };

/** Reminder `sequence`'s rows still queued, removed while `guard` holds (a launched campaign's edit). */
export function dropQueuedReminders(campaignId: string, sequence: number, guard: Guard): CompiledQuery {
  return CompiledQuery.raw(
    `DELETE FROM outbox WHERE campaign_id = ? AND purpose = 'reminder' AND sequence = ? AND status = 'queued'
     AND ${guard.sql}`,
    [campaignId, sequence, ...guard.parameters],
  );
}

/**
 * Reminder `sequence` queued for `dueAt` on the channel of each invitation's message, for every
 * invitation of the campaign that has a message and no reminder of that sequence yet (one already
 * sent, failed or skipped stays as it is), while `guard` holds. One statement whatever the size of the
 * campaign; whether each may still go is decided at send time, as for a launch's reminders.
 */
export function queueReminders(
  campaignId: string,
  sequence: number,
  dueAt: string,
  guard: Guard,
): CompiledQuery {
  return CompiledQuery.raw(
    `INSERT INTO outbox (${columns.join(', ')})
     SELECT lower(hex(randomblob(12))), m.campaign_id, m.invitation_id, m.contact_id, m.channel, 'reminder', ?, ?
     FROM outbox AS m
     WHERE m.campaign_id = ? AND m.purpose = 'invitation'
       AND NOT EXISTS (SELECT 1 FROM outbox AS r
         WHERE r.invitation_id = m.invitation_id AND r.purpose = 'reminder' AND r.sequence = ?)
       AND ${guard.sql}`,
    [sequence, dueAt, campaignId, sequence, ...guard.parameters],
  );
}
