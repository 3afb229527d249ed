/**
 * The demo's continuous-improvement record: goals, action items opened after each quarter and carried
 * forward until closed, and the first three quarterly reviews marked final, as a board would after its
 * quarterly meeting. The most recent completed quarter is left as a draft.
 */
import type { Deps } from '../deps.ts';
import type { Partnership } from '../partnerships/contract.ts';
import { actionsInOrder, createAction, updateAction } from '../reviews/actions.ts';
import { markFinal } from '../reviews/final.ts';
import { createGoal } from '../reviews/goals.ts';
import { reviewPeriod } from '../reviews/periods.ts';

type DemoDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random'>;

const goals = [
  { label: 'Job quality index at least 70', templateId: 'worker-voice', measure: 'index.jqi', target: 70 },
  {
    label: 'Worker response rate at least 35%',
    templateId: 'worker-voice',
    measure: 'response_rate',
    target: 35,
  },
  {
    label: 'Employer recommend score at least 30',
    templateId: 'employer-satisfaction',
    measure: 'nps.recommend',
    target: 30,
  },
  {
    label: 'Most partners see a positive return (75%)',
    templateId: 'partner-roi',
    measure: 'share.roi',
    target: 75,
  },
] as const;

const opened: Record<number, { heard: string; action: string; owner: string; dueInDays: number }[]> = {
  0: [
    {
      heard: 'Night-shift workers learn their schedules too late to plan child care.',
      action: 'Pilot two weeks of schedule notice with two employers.',
      owner: 'Workforce board and employer HR leads',
      dueInDays: 80,
    },
    {
      heard: 'Employers say too few candidates reach them from training.',
      action: 'Hold a monthly hiring day at the community college.',
      owner: 'Community college',
      dueInDays: 60,
    },
  ],
  1: [
    {
      heard: 'Workers say pay does not cover basic needs.',
      action: 'Share a regional wage benchmark with every employer.',
      owner: 'Workforce board',
      dueInDays: 120,
    },
  ],
};

/** Called once each completed demo quarter is closed, with the demo clock just after its end. */
export async function demoReviewStep(
  deps: DemoDeps,
  partnership: Partnership,
  index: number,
  periodName: string,
  opens: () => Date,
): Promise<void> {
  const period = reviewPeriod(periodName, partnership.reviewYear);
  if (index === 0)
    for (const g of goals)
      await createGoal(deps, partnership.id, { ...g, comparison: 'at_least', periods: null });
  const due = (days: number) => new Date(opens().getTime() + days * 86_400_000).toISOString().slice(0, 10);
  for (const item of opened[index] ?? []) {
    await createAction(deps, partnership, period, {
      heard: item.heard,
      action: item.action,
      owner: item.owner,
      dueOn: due(item.dueInDays),
      status: 'open',
    });
  }
  const all = await actionsInOrder(deps, partnership.id);
  // "We did": the schedule pilot starts after the first review and is done after the second; the
  // hiring day is done after the third. The wage benchmark stays open and keeps being carried.
  if (index === 1) await updateAction(deps, partnership, all[0]!.id, { status: 'in_progress' });
  if (index === 2) await updateAction(deps, partnership, all[0]!.id, { status: 'done' });
  if (index === 2) await updateAction(deps, partnership, all[1]!.id, { status: 'done' });
  if (index <= 2) await markFinal(deps, partnership.id, period.name, 'demo');
}
