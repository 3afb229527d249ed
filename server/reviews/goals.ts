/** Goals: a measure of a template, a target, and the periods it applies to. Queries for the goals table. */
import { z } from 'zod';
import { oneLine } from '../text.ts';
import type { Deps } from '../deps.ts';
import type { GoalsTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { getTemplate } from '../../surveys/index.ts';
import { planOf } from './cells.ts';
import { measureLabels } from './model.ts';
import { parsePeriod } from './periods.ts';
import type { Goal } from './types.ts';

const periodName = z
  .string()
  .refine((p) => parsePeriod(p) !== null, 'Use a period such as 2026-Q3, 2026, PY2026 or PY2026-Q1.');

const goalFields = {
  label: oneLine(200),
  templateId: z.string().min(1).max(60),
  /** A measure key of the template's review, e.g. index.jqi, nps.recommend, response_rate. */
  measure: z.string().min(1).max(80),
  comparison: z.enum(['at_least', 'at_most']),
  /** On the measure's scale: 0-100 for scores, shares and rates (percent), -100 to 100 for NPS. */
  target: z.number().min(-100).max(100),
  periods: z.array(periodName).min(1).max(40).nullable(),
};
export const createGoalBody = z.object({
  ...goalFields,
  comparison: goalFields.comparison.default('at_least'),
  periods: goalFields.periods.default(null),
});
export type CreateGoalBody = z.infer<typeof createGoalBody>;
// Built from the fields without their defaults: zod fills a default in even on a partial schema, so a
// change of the label alone would otherwise reset the comparison and the periods.
export const updateGoalBody = z.object(goalFields).partial();

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
  input: z.infer<typeof updateGoalBody>,
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
