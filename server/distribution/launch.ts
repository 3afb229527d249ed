/**
 * Launching a campaign: one invitation per matching contact and the outbox rows that announce them
 * (invitation and reminders, on the contact's best channel).
 *
 * On SQLite, and on D1 whenever it fits one request, the launch is one atomic write: the campaign
 * opens, every invitation and every message is written, or nothing is. D1 allows 1,000 queries per
 * Worker invocation (a batch's statements included), and a launch costs about N/16 invitation inserts
 * plus N/12 per message per contact, so a launch larger than `deps.statementBudget` is written in
 * chunks instead:
 *
 * 1. One atomic write opens the campaign (draft -> open, guarded on draft) and records the launch in
 *    `campaign_launches` (guarded on this launch's `launched_at`). A launch that lost the race changes
 *    no row there either, so it writes nothing at all, as in the one-write path.
 * 2. Each chunk is one atomic write of some contacts' invitations *with* their outbox rows and the
 *    `done` counter, so no invitation is ever without its messages. The chunk's contacts are those of
 *    the audience without an invitation yet; UNIQUE (campaign_id, contact_id) makes a chunk written
 *    twice (two requests resuming at once) fail whole, so nobody is invited or texted twice.
 * 3. A request writes chunks until its budget is spent and answers with the progress; calling launch
 *    again, or the Cron Trigger (continuePendingLaunches), resumes from what is in the database. No
 *    cursor can go stale: the invitations written are the cursor.
 */
import { CompiledQuery, sql } from 'kysely';
import { forgetCampaign, getCampaign, launchedBy, openForLaunch } from '../campaigns/campaigns.ts';
import type { Campaign } from '../campaigns/contract.ts';
import {
  insertInvitationsIfLaunchedBy,
  invitationRowsPerInsert as rowsPerInsert,
  invitedContactIds,
  linkHash,
  type NewInvitation,
} from '../campaigns/invitations/store.ts';
import { invitationLanguage, languageRuleOf, type CampaignLanguageRule } from '../campaigns/languages.ts';
import { segmentOf } from '../campaigns/segments.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { contactIdsAddedAfter } from '../partnerships/contacts/people.ts';
import type { Contact } from '../partnerships/contract.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { listContactsForAudience } from '../partnerships/audience.ts';
import type { LaunchResult } from './contract.ts';
import {
  chooseChannel,
  insertOutboxIfLaunchedBy,
  invitationMessageCount,
  outboxRowsFor,
  outboxRowsPerInsert,
  type OutboxRow,
  type Schedule,
} from './outbox/queue.ts';

type LaunchDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'> &
  Partial<Pick<Deps, 'log' | 'statementBudget'>>;

// A chunk of 192 contacts: 12 invitation inserts and 16 outbox inserts per message each will get.
const contactsPerChunk = rowsPerInsert * outboxRowsPerInsert;

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The most statements writing `contacts` can take: every contact's invitation and all its messages. */
function cost(contacts: number, campaign: Campaign): number {
  return (
    Math.ceil(contacts / rowsPerInsert) +
    Math.ceil((contacts * (1 + campaign.reminderDays.length)) / outboxRowsPerInsert)
  );
}

async function prepare(
  deps: LaunchDeps,
  campaign: Campaign,
  schedule: Schedule,
  rule: CampaignLanguageRule,
  contacts: Contact[],
) {
  const messages: OutboxRow[] = [];
  const rows = await Promise.all(
    contacts.map(async (contact): Promise<NewInvitation> => {
      const id = newId(deps.random);
      const channel = chooseChannel(contact, campaign.channels);
      if (channel)
        messages.push(...outboxRowsFor(deps.random, schedule, { id, contactId: contact.id, channel }));
      return {
        id,
        campaignId: campaign.id,
        contactId: contact.id,
        tokenHash: await linkHash(deps, id, 0),
        // Their own language when the survey is written in it, else the partnership's fallback: the
        // messages and the page follow it, and the page links to the survey's other languages.
        language: invitationLanguage(contact.language, rule.offered, rule.fallback),
        segment: JSON.stringify(segmentOf(contact, campaign.segmentAttributes)),
      };
    }),
  );
  const launchedAt = schedule.launchedAt.toISOString();
  const statements = [
    ...chunk(rows, rowsPerInsert).map((part) => insertInvitationsIfLaunchedBy(campaign.id, launchedAt, part)),
    ...chunk(messages, outboxRowsPerInsert).map((part) =>
      insertOutboxIfLaunchedBy(campaign.id, launchedAt, part),
    ),
  ];
  return {
    statements,
    invited: rows.length,
    queued: messages.filter((m) => m.purpose === 'invitation').length,
  };
}

async function scheduleOf(deps: LaunchDeps, campaign: Campaign, launchedAt: Date): Promise<Schedule> {
  const partnership = await getPartnership(deps, campaign.partnershipId);
  return { ...campaign, campaignId: campaign.id, launchedAt, timeZone: partnership.timeZone };
}

const notDraft = () => new AppError('CAMPAIGN_NOT_DRAFT', 'This campaign was already launched.');

/** Launches a draft campaign, or resumes one whose chunked launch is under way. */
export async function launchCampaign(deps: LaunchDeps, campaignId: string): Promise<LaunchResult> {
  const campaign = await getCampaign(deps, campaignId);
  if (campaign.status !== 'draft') {
    const state = deps.statementBudget === undefined ? undefined : await launchState(deps, campaign.id);
    // A chunked launch under way is resumed by launching again; a finished one is launched, like any other.
    if (state && !state.finished) return continueLaunch(deps, campaign, deps.statementBudget!);
    throw notDraft();
  }
  const contacts = await listContactsForAudience(deps, campaign.partnershipId, campaign.audience);
  const now = deps.clock.now();
  const launchedAt = now.toISOString();
  const schedule = await scheduleOf(deps, campaign, now);
  const open = openForLaunch(deps, campaign.id, launchedAt);
  const budget = deps.statementBudget;

  if (budget === undefined || cost(contacts.length, campaign) + 1 <= budget) {
    const rule = await languageRuleOf(deps, campaign);
    const { statements, invited, queued } = await prepare(deps, campaign, schedule, rule, contacts);
    try {
      const [opened] = await deps.atomic([open, ...statements]);
      if (opened?.numChangedRows !== 1) throw new Error('lost launch race');
    } catch {
      // A concurrent launch won: its invitations collide on (campaign, contact), and this write rolled back.
      throw notDraft();
    }
    forgetCampaign(deps, campaign.id);
    return { invited, queued };
  }

  // Two launches may read the same clock: then the loser's guard holds too, and its launch row collides
  // with the winner's (PRIMARY KEY), which rolls its whole write back. Either way it writes nothing.
  const launched = launchedBy(campaign.id, launchedAt);
  const opened = await deps
    .atomic([
      open,
      CompiledQuery.raw(
        `INSERT INTO campaign_launches (campaign_id, launched_at, total)
       SELECT ?, ?, ? WHERE ${launched.sql}`,
        [campaign.id, launchedAt, contacts.length, ...launched.parameters],
      ),
    ])
    .then(
      ([r]) => r?.numChangedRows === 1,
      () => false,
    );
  if (!opened) throw notDraft();
  forgetCampaign(deps, campaign.id);
  return continueLaunch(deps, await getCampaign(deps, campaign.id), budget - 2);
}

interface LaunchState {
  launched_at: string;
  total: number;
  done: number;
  finished: number;
}

async function launchState(deps: Pick<Deps, 'db'>, campaignId: string): Promise<LaunchState | undefined> {
  const { rows } =
    await sql<LaunchState>`SELECT launched_at, total, done, finished FROM campaign_launches WHERE campaign_id = ${campaignId}`.execute(
      deps.db,
    );
  return rows[0];
}

/** How far a launch written in chunks has got; undefined for a launch written at once. */
export async function launchProgress(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
): Promise<{ done: number; total: number; finished: boolean } | undefined> {
  const state = await launchState(deps, campaignId);
  return state && { done: state.done, total: state.total, finished: state.finished === 1 };
}

/** Writes chunks of a launch under way until `budget` statements are spent or everyone is invited. */
export async function continueLaunch(
  deps: LaunchDeps,
  campaign: Campaign,
  budget: number,
): Promise<LaunchResult> {
  const state = await launchState(deps, campaign.id);
  if (!state) throw notDraft();
  if (!state.finished) {
    const contacts = await listContactsForAudience(deps, campaign.partnershipId, campaign.audience);
    const invited = await invitedContactIds(deps, campaign.id);
    // The audience as it was when the launch began, as in a one-write launch: people added since
    // wait for the next campaign, and `done` never passes `total`.
    const later = await contactIdsAddedAfter(deps, campaign.partnershipId, state.launched_at);
    const seen = new Set([...invited, ...later]);
    const remaining = contacts.filter((c) => !seen.has(c.id));
    const schedule = await scheduleOf(deps, campaign, new Date(state.launched_at));
    const rule = await languageRuleOf(deps, campaign);
    let used = 0;
    let written = 0;
    for (const part of chunk(remaining, contactsPerChunk)) {
      if (used + cost(part.length, campaign) + 1 > budget) break;
      const { statements } = await prepare(deps, campaign, schedule, rule, part);
      statements.push(
        CompiledQuery.raw(
          'UPDATE campaign_launches SET done = done + ? WHERE campaign_id = ? AND launched_at = ?',
          [part.length, campaign.id, state.launched_at],
        ),
      );
      try {
        await deps.atomic(statements);
      } catch (err) {
        // Most likely another request resumed the same contacts first (the UNIQUE pair refused this
        // chunk whole); otherwise the next call or cron run tries again. Either way nothing half-written.
        deps.log?.error('launch chunk not written', {
          campaignId: campaign.id,
          error: err instanceof Error ? err.message : String(err),
        });
        break;
      }
      used += statements.length;
      written += part.length;
    }
    if (written === remaining.length) {
      await sql`UPDATE campaign_launches SET finished = 1 WHERE campaign_id = ${campaign.id} AND launched_at = ${state.launched_at}`.execute(
        deps.db,
      );
    }
  }
  return launchSummary(deps, campaign.id);
}

async function launchSummary(deps: Pick<Deps, 'db'>, campaignId: string): Promise<LaunchResult> {
  const state = (await launchState(deps, campaignId))!;
  return {
    invited: state.done,
    queued: await invitationMessageCount(deps, campaignId),
    launch: { done: state.done, total: state.total, finished: state.finished === 1 },
  };
}

/**
 * Ends a chunked launch still under way, as a statement for the write that closes its campaign: nobody
 * more is invited to a closed campaign, by the cron or by launching again.
 */
export function endLaunch(campaignId: string): CompiledQuery {
  return CompiledQuery.raw('UPDATE campaign_launches SET finished = 1 WHERE campaign_id = ?', [campaignId]);
}

/** For the Cron Trigger: resumes every chunked launch still under way, within `budget` statements. */
export async function continuePendingLaunches(deps: LaunchDeps, budget: number): Promise<number> {
  const { rows } = await sql<{
    campaign_id: string;
  }>`SELECT campaign_id FROM campaign_launches WHERE finished = 0`.execute(deps.db);
  for (const { campaign_id } of rows) {
    const campaign = await getCampaign(deps, campaign_id);
    if (budget < cost(1, campaign) + 1) break;
    const before = (await launchState(deps, campaign_id))!.done;
    const written = ((await continueLaunch(deps, campaign, budget)).launch?.done ?? before) - before;
    // What it spent (each chunk also moved the counter); the next launch gets what is left.
    budget -= cost(written, campaign) + Math.ceil(written / contactsPerChunk) + 1;
  }
  return rows.length;
}
