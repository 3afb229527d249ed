/**
 * Synthetic answers that read like real ones. Each respondent has a latent level per question (1-5,
 * 5 = the good end) from their employer or organization, the quarter and a personal lean; the answer
 * to every visible question is drawn around it. Questions are walked in order with the survey's own
 * skip logic, so whatever the template holds, the result passes `validateAnswers`.
 */
import {
  isVisible,
  typeOf,
  validateAnswers,
  type Answers,
  type AnswerValue,
  type Lang,
  type Question,
  type QuestionType,
  type SurveyDefinition,
} from '../../surveys/index.ts';
import { organizationComment, workerComment } from './comments.ts';
import type { Rng } from './prng.ts';
import { satisfactionTrend, typical, valueTrend, type EmployerProfile } from './profiles.ts';

export type Respondent =
  | {
      kind: 'worker';
      language: Lang;
      attributes: Record<string, string>;
      employer: EmployerProfile;
      lean: number;
    }
  | { kind: 'employer'; language: Lang; employer: EmployerProfile; lean: number }
  | { kind: 'partner'; language: Lang; orgKind: string; value: number; lean: number };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** An employer's mean agreement on a worker-voice dimension in quarter `t` (0 = oldest). */
export function workerDimension(employer: EmployerProfile, dim: string, t: number): number {
  const shift = employer.shift && t >= employer.shift.fromQuarter ? (employer.shift.dims[dim] ?? 0) : 0;
  return (employer.dims[dim] ?? typical) + shift;
}

/** How an organization's contact feels about the partnership in quarter `t`, on the 1-5 scale. */
function organizationLevel(r: Exclude<Respondent, { kind: 'worker' }>, t: number): number {
  if (r.kind === 'partner') return r.value + valueTrend * t + r.lean;
  const satisfaction = clamp(r.employer.satisfaction + satisfactionTrend * t, 1, 10);
  return 1 + ((satisfaction - 1) / 9) * 4 + r.lean;
}

// Dimensions of the employer and partner surveys that run a little above or below the overall feeling.
const organizationDimensionOffset: Record<string, number> = { training: 0.2, candidates: -0.3, roi: -0.2 };

function level(r: Respondent, q: Question, t: number): number {
  if (r.kind === 'worker') {
    // Items outside a dimension (the training follow-up) lean on skills and advancement.
    const dim = q.dimension ?? 'skills_advancement';
    return workerDimension(r.employer, dim, t) + (r.employer.items?.[q.id] ?? 0) + r.lean;
  }
  return organizationLevel(r, t) + (organizationDimensionOffset[q.dimension ?? q.measure ?? ''] ?? 0);
}

function overall(r: Respondent, t: number): number {
  if (r.kind !== 'worker') return organizationLevel(r, t);
  const dims = ['pay', 'benefits', 'culture', 'security_conditions', 'skills_advancement'];
  return dims.reduce((s, d) => s + workerDimension(r.employer, d, t), 0) / dims.length + r.lean;
}

/** How often an optional question is answered. */
function answerRate(q: Question, r: Respondent): number {
  if (typeOf(q).kind === 'text') return r.kind === 'worker' ? 0.12 : 0.35;
  if (q.demographic) return 0.85;
  if (typeOf(q).multiple) return 0.7;
  return 0.85;
}

function pickOptions(rng: Rng, q: Question, weights: Record<string, number>, fallback: string): string[] {
  const values = new Set((q.options ?? []).map((o) => o.value));
  const chosen = Object.entries(weights)
    .filter(([v, p]) => values.has(v) && rng.chance(p))
    .map(([v]) => v);
  const max = q.max ?? chosen.length;
  const picked = rng.shuffle(chosen).slice(0, max);
  if (picked.length > 0) return picked;
  return values.has(fallback) ? [fallback] : [q.options![0]!.value];
}

const contributionsByKind: Record<string, Record<string, number>> = {
  employer: {
    staff_time: 0.8,
    hiring: 0.7,
    work_learning: 0.45,
    equipment: 0.25,
    curriculum: 0.35,
    space: 0.15,
  },
  workforce_board: { staff_time: 0.9, funding: 0.8, data: 0.7, referrals: 0.6, space: 0.3 },
  education: { staff_time: 0.8, curriculum: 0.8, instructors: 0.7, space: 0.6, equipment: 0.3 },
  community: { staff_time: 0.7, outreach: 0.85, referrals: 0.75, space: 0.2 },
};

function multi(rng: Rng, q: Question, r: Respondent, t: number): string[] {
  if (r.kind === 'worker' && (q.id === 'barriers' || q.id === 'supports')) {
    const low = (dim: string) => clamp((3.2 - workerDimension(r.employer, dim, t)) / 1.5, 0.05, 0.8);
    // Language is a barrier to those who read another language best, not to English speakers.
    const spanish = r.language !== 'en';
    if (q.id === 'barriers') {
      const weights = {
        pay: low('pay'),
        schedule: low('security_conditions'),
        transportation: 0.25,
        child_care: 0.2,
        family_care: 0.1,
        language: spanish ? 0.35 : 0.02,
        health: 0.07,
        housing: 0.08,
        training_cost: 0.12,
        technology: 0.1,
      };
      return pickOptions(rng, q, weights, 'none');
    }
    const weights = {
      paid_training: 0.2 + low('skills_advancement'),
      steady_schedule: low('security_conditions'),
      english: spanish ? 0.45 : 0.02,
      rides: 0.2,
      child_care: 0.18,
      mentor: 0.15,
      emergency_money: 0.1 + low('pay') / 2,
      digital_skills: 0.12,
      career_planning: 0.2,
    };
    return pickOptions(rng, q, weights, 'paid_training');
  }
  if (q.id === 'contributions') {
    const kind = r.kind === 'partner' ? r.orgKind : 'employer';
    return pickOptions(rng, q, contributionsByKind[kind] ?? { staff_time: 0.8 }, 'staff_time');
  }
  const options = (q.options ?? []).map((o) => o.value).filter((v) => v !== 'none' && v !== 'other');
  return rng.sample(options, Math.min(q.max ?? 2, rng.int(1, 2)));
}

/** For questions whose options run from best to worst. */
function ordinal(rng: Rng, q: Question, lvl: number, bestFirst: boolean): string {
  const values = (q.options ?? []).map((o) => o.value);
  const goodness = clamp((lvl - 1) / 4 + rng.normal(0, 0.12), 0, 0.999);
  const i = Math.floor((bestFirst ? 1 - goodness : goodness) * values.length);
  return values[clamp(i, 0, values.length - 1)]!;
}

function single(rng: Rng, q: Question, r: Respondent, t: number): string {
  const values = (q.options ?? []).map((o) => o.value);
  const attribute = r.kind === 'worker' ? r.attributes[q.id] : undefined;
  if (attribute && values.includes(attribute)) return attribute;
  if (q.id === 'continue_next_year' || q.id === 'roi_overall') return ordinal(rng, q, overall(r, t), true);
  if (q.id === 'partner_type') {
    const kind = r.kind === 'partner' ? r.orgKind : 'employer';
    return values.includes(kind) ? kind : 'other';
  }
  if (q.id === 'hours')
    return rng.weighted([
      ['full_time', 80],
      ['part_time', 7],
      ['temporary', 13],
    ] as const);
  if (q.id === 'tenure') {
    return rng.weighted([
      ['under_6_months', 2],
      ['months_6_12', 2],
      ['years_1_3', 4],
      ['over_3_years', 4],
    ] as const);
  }
  const common = values.filter((v) => v !== 'other');
  return rng.pick(common.length > 0 ? common : values);
}

function comment(rng: Rng, r: Respondent, t: number): string {
  if (r.kind !== 'worker') return organizationComment(rng, r.language);
  const dims = ['pay', 'security_conditions', 'culture', 'skills_advancement'];
  const scored = dims.map((d) => [d, workerDimension(r.employer, d, t)] as const).sort((a, b) => a[1] - b[1]);
  const [worst, best] = [scored[0]!, scored[scored.length - 1]!];
  const theme = worst[1] < 3 ? worst[0] : best[1] > 4 ? best[0] : 'general';
  return workerComment(rng, r.language, rng.chance(0.75) ? theme : 'general');
}

type Scale = (rng: Rng, q: Question, r: Respondent, t: number) => number;

/** Agreement and recommending, as the demo tells them; ratings and any other scale use `drawOnScale`. */
const scaleAnswers: Partial<Record<QuestionType, Scale>> = {
  agree5(rng, q, r, t) {
    const v = Math.round(clamp(level(r, q, t) + rng.normal(0, 0.75), 1, 5));
    return q.reverse ? 6 - v : v;
  },
  likelihood(rng, _q, r, t) {
    // People are a little more generous recommending than agreeing item by item.
    const x = ((overall(r, t) - 1) / 4) * 10 + 0.6 + rng.normal(0, r.kind === 'worker' ? 1.3 : 0.8);
    return Math.round(clamp(x, 0, 10));
  },
};

/** The respondent's level (1-5) placed on a scale's range, with a little noise: how ratings are drawn. */
function drawOnScale(rng: Rng, [lo, hi]: readonly [number, number], lvl: number): number {
  return Math.round(clamp(lo + ((lvl - 1) / 4) * (hi - lo) + rng.normal(0, 1.0), lo, hi));
}

function yesNo(rng: Rng, q: Question, r: Respondent, t: number): string {
  let p = 0.6;
  if (q.id === 'got_training' && r.kind === 'worker') p = 0.1 + 0.75 * clamp((level(r, q, t) - 1) / 4, 0, 1);
  if (q.id === 'got_candidates') p = 0.75;
  return rng.chance(p) ? 'yes' : 'no';
}

function answer(rng: Rng, q: Question, r: Respondent, t: number): AnswerValue {
  const type = typeOf(q);
  switch (type.kind) {
    case 'scale':
      return scaleAnswers[q.type]?.(rng, q, r, t) ?? drawOnScale(rng, type.answer.range!, level(r, q, t));
    case 'yesno':
      return yesNo(rng, q, r, t);
    case 'choice':
      return type.multiple ? multi(rng, q, r, t) : single(rng, q, r, t);
    case 'text':
      return comment(rng, r, t);
  }
}

/** Answers for one respondent in quarter `t`; throws if the template holds something this cannot answer. */
export function generateAnswers(def: SurveyDefinition, r: Respondent, t: number, rng: Rng): Answers {
  const given: Answers = {};
  for (const section of def.sections) {
    for (const q of section.questions) {
      if (!isVisible(def, q.id, given)) continue;
      if (!q.required && !rng.chance(answerRate(q, r))) continue;
      given[q.id] = answer(rng, q, r, t);
    }
  }
  const checked = validateAnswers(def, given);
  if (!checked.ok) throw new Error(`demo answers fail ${def.id}: ${JSON.stringify(checked.errors)}`);
  return given;
}
