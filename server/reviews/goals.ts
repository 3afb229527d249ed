/** Goals: a measure of a template, a target, and the periods it applies to. Queries for the goals table. */
import type { Deps } from '../deps.ts';
import type { GoalsTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { getTemplate } from '../../surveys/index.ts';
import { planOf } from './response-cells.ts';
import type { CreateGoalBody, Goal, UpdateGoalBody } from './contract.ts';
import { measureLabels } from './period-figures.ts';

/** The measures a goal can name for a template (those its reviews report for everyone). */
export function goalMeasures(templateId: string): Record<string, string> | null {
  const def = getTemplate(templateId);
  return def ? measureLabels(planOf(def)) : null;
}

function checkMeasure(templateId: string, measure: string) {
  const measures = goalMeasures(templateId);
  if (!measures)
    throw new AppError('VALIDATION_FAILED', `No template "${templateId}".`, [
      { path: 'templateId', message: 'unknown template' },
    ]);
  if (!(measure in measures)) {
    throw new AppError('VALIDATION_FAILED', `"${measure}" is not a measure of ${templateId}.`, [
      { path: 'measure', message: `one of ${Object.keys(measures).join(', ')}` },
    ]);
  }
}

function toGoal(row: GoalsTable): Goal {
  return {
    id: row.id,
    label: row.label,
    templateId: row.template_id,
    measure: row.measure,
    comparison: row.comparison,
    target: row.target,
    periods: row.periods === null ? null : (JSON.parse(row.periods) as string[]),
  };
}

export async function listGoals(deps: Pick<Deps, 'db'>, partnershipId: string): Promise<Goal[]> {
  const rows = await deps.db
    .selectFrom('goals')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toGoal);
}

export async function createGoal(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  partnershipId: string,
  input: CreateGoalBody,
): Promise<Goal> {
  checkMeasure(input.templateId, input.measure);
  const now = deps.clock.now().toISOString();
  const row: GoalsTable = {
    id: newId(deps.random),
    partnership_id: partnershipId,
    label: input.label,
    template_id: input.templateId,
    measure: input.measure,
    comparison: input.comparison,
    target: input.target,
    periods: input.periods === null ? null : JSON.stringify(input.periods),
    created_at: now,
    updated_at: now,
  };
  await deps.db.insertInto('goals').values(row).execute();
  return toGoal(row);
}

async function getGoalRow(deps: Pick<Deps, 'db'>, partnershipId: string, id: string) {
  const row = await deps.db
    .selectFrom('goals')
    .selectAll()
    .where('id', '=', id)
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such goal.');
  return row;
}

export async function updateGoal(
  deps: Pick<Deps, 'db' | 'clock'>,
  partnershipId: string,
  id: string,
  input: UpdateGoalBody,
): Promise<Goal> {
  const row = await getGoalRow(deps, partnershipId, id);
  const next = {
    ...toGoal(row),
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  } as Goal;
  checkMeasure(next.templateId, next.measure);
  await deps.db
    .updateTable('goals')
    .set({
      label: next.label,
      template_id: next.templateId,
      measure: next.measure,
      comparison: next.comparison,
      target: next.target,
      periods: next.periods === null ? null : JSON.stringify(next.periods),
      updated_at: deps.clock.now().toISOString(),
    })
    .where('id', '=', id)
    .execute();
  return next;
}

export async function deleteGoal(deps: Pick<Deps, 'db'>, partnershipId: string, id: string): Promise<void> {
  await getGoalRow(deps, partnershipId, id);
  await deps.db.deleteFrom('goals').where('id', '=', id).execute();
}
