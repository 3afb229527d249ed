/**
 * Action items ("you said, we did"): what we heard, what we will do, owner, due date and status. An
 * item belongs to the review it was opened in and shows in every later review until it is closed, and
 * in the review of the period it was closed in, so the next quarter opens with what was done.
 */
import type { Deps } from '../deps.ts';
import type { ActionItemsTable } from '../db/schema.ts';
import { localDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { ActionItem, CreateActionBody, UpdateActionBody } from './contract.ts';
import { periodDays, type Period } from './periods.ts';

const closed = new Set<string>(['done', 'dropped']);

type Row = Omit<ActionItemsTable, 'owner'> & { owner: string };

function toAction(row: Row, period?: Period): ActionItem {
  const item: ActionItem = {
    id: row.id,
    period: row.period,
    heard: row.heard,
    action: row.action,
    owner: row.owner,
    dueOn: row.due_on,
    status: row.status,
    closedOn: row.closed_on,
  };
  if (period) item.carriedForward = row.period_start < periodDays(period).first;
  return item;
}

export async function createAction(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  partnership: { id: string; timeZone: string },
  period: Period,
  input: CreateActionBody,
): Promise<ActionItem> {
  const now = deps.clock.now();
  const row = {
    id: newId(deps.random),
    partnership_id: partnership.id,
    period: period.name,
    period_start: periodDays(period).first,
    heard: input.heard,
    action: input.action,
    owner: input.owner,
    due_on: input.dueOn,
    status: input.status,
    closed_on: closed.has(input.status) ? localDay(now, partnership.timeZone) : null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  await deps.db.insertInto('action_items').values(row).execute();
  return toAction(row);
}

export async function updateAction(
  deps: Pick<Deps, 'db' | 'clock'>,
  partnership: { id: string; timeZone: string },
  id: string,
  input: UpdateActionBody,
): Promise<ActionItem> {
  const row = await deps.db
    .selectFrom('action_items')
    .selectAll()
    .where('id', '=', id)
    .where('partnership_id', '=', partnership.id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such action item.');
  const now = deps.clock.now();
  const status = input.status ?? row.status;
  // The day it was closed places it in the review of that period; reopening clears it.
  const closedOn = closed.has(status)
    ? closed.has(row.status)
      ? row.closed_on
      : localDay(now, partnership.timeZone)
    : null;
  const next = {
    ...row,
    heard: input.heard ?? row.heard,
    action: input.action ?? row.action,
    owner: input.owner ?? row.owner,
    due_on: input.dueOn === undefined ? row.due_on : input.dueOn,
    status,
    closed_on: closedOn,
    updated_at: now.toISOString(),
  };
  await deps.db
    .updateTable('action_items')
    .set({
      heard: next.heard,
      action: next.action,
      owner: next.owner,
      due_on: next.due_on,
      status,
      closed_on: closedOn,
      updated_at: next.updated_at,
    })
    .where('id', '=', id)
    .execute();
  return toAction(next);
}

/** The items of a review: opened in its period, or opened earlier and not closed before it began. */
export async function listActions(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  period: Period,
): Promise<ActionItem[]> {
  const { first, last } = periodDays(period);
  const rows = await deps.db
    .selectFrom('action_items')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('period_start', '<=', last)
    .where((eb) =>
      eb.or([eb('period_start', '>=', first), eb('closed_on', 'is', null), eb('closed_on', '>=', first)]),
    )
    .orderBy('period_start')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => toAction(r, period));
}

/** Every action item of a partnership, oldest first. */
export function actionsInOrder(deps: Pick<Deps, 'db'>, partnershipId: string) {
  return deps.db
    .selectFrom('action_items')
    .select(['id', 'heard'])
    .where('partnership_id', '=', partnershipId)
    .orderBy('created_at')
    .execute();
}
