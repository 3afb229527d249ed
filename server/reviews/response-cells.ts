/**
 * What one response adds to the aggregates: a list of cells (group, item, value, total, sumsq), each
 * counted once. The same pure function feeds the submission's upsert and `rebuild-rollups`, so the two
 * agree exactly. Items:
 *   `_n`               the group's size
 *   `q:<id>`           an answer's distribution (value = the answer; `*` = answered, for multi)
 *   `dim:<id>`         a per-respondent dimension score, as exact integer moments
 *   `index:jqi`        worker voice: per-respondent mean of the job-quality factor scores
 *   `index:acsi`       employer satisfaction: per-respondent mean of the three 1-10 ACSI items
 *   `nps:<id>`         Net Promoter category of a 0-10 recommend question
 * Everyone ('' group) gets every item; breakdown groups get the headline measures only.
 */
import { jobQualityFactorIds } from '../../surveys/factors.ts';
import {
  allQuestions,
  itemValue,
  npsCategory,
  typeOf,
  type Answers,
  type Measure,
  type Question,
  type SurveyDefinition,
} from '../../surveys/index.ts';

/** [group, item, value, total, sumsq]: one count (n = 1) with the scaled score and its square. */
export type Cell = [string, string, string, number, number];

/** Options counted as the good answer of a single-choice measure, reported as a share. */
export const shareMeasures: Record<string, { options: string[]; label: string }> = {
  intent: { options: ['yes', 'probably'], label: 'Will keep taking part next year' },
  roi: { options: ['much_more', 'somewhat_more'], label: 'See a positive return' },
};

/** A group key's value when the response's tag was coarser than this breakdown ("not recorded"). */
export const notRecorded = '~';
/** A group key's value when there is nothing to record (no organization, a question left blank). */
export const none = '-';

export interface Moment {
  item: string;
  /** Integer scale: the stored value is the per-respondent mean item value times `scale`. */
  scale: number;
  /** Item mean (1-5 or 1-10) to the reported 0-100 score. */
  range: [number, number];
}

export interface Plan {
  def: SurveyDefinition;
  /** Questions with an answer distribution for everyone (not text, not demographic). */
  questions: Question[];
  demographics: Question[];
  /** Single-choice questions whose share is a headline measure (shareMeasures), in every group. */
  shareQuestions: Question[];
  npsQuestions: Question[];
  dims: { id: string; items: Question[]; scale: number }[];
  jqi: Moment | null;
  /** How many of the dimensions are job-quality factors, the only ones the index averages. */
  jqiFactors: number;
  acsi: { questions: Question[]; moment: Moment } | null;
  moments: Moment[];
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcmUpTo = (n: number) =>
  Array.from({ length: n }, (_, i) => i + 1).reduce((a, b) => (a * b) / gcd(a, b), 1);

const plans = new WeakMap<SurveyDefinition, Plan>();

/** Whether a question's type can be computed into `measure`: NPS needs 0-10, ACSI 1-10, a share one option. */
const feeds = (q: Question, measure: Measure) => typeOf(q).figures.measures.includes(measure);

/** The aggregation plan of a template version, built once. */
export function planOf(def: SurveyDefinition): Plan {
  let plan = plans.get(def);
  if (plan) return plan;
  const all = allQuestions(def);
  const dims = def.dimensions.map((d) => {
    const items = all.filter((q) => q.dimension === d.id);
    // A respondent may answer 1..k items; lcm(1..k) makes every mean an exact multiple of 1/scale.
    return { id: d.id, items, scale: lcmUpTo(items.length) };
  });
  // The job-quality index is the eight factors' mean, whatever dimensions a partnership adds.
  const factors = def.kind === 'worker-voice' ? dims.filter((d) => jobQualityFactorIds.has(d.id)) : [];
  const factorScale = factors.reduce((a, d) => (a * d.scale) / gcd(a, d.scale), 1);
  const jqi: Moment | null =
    factors.length > 0
      ? { item: 'index:jqi', scale: factorScale * lcmUpTo(factors.length), range: [1, 5] }
      : null;
  const acsiQuestions = all.filter((q) => q.measure === 'acsi' && feeds(q, 'acsi'));
  const acsi =
    acsiQuestions.length > 0
      ? {
          questions: acsiQuestions,
          moment: { item: 'index:acsi', scale: lcmUpTo(acsiQuestions.length), range: [1, 10] } as Moment,
        }
      : null;
  plan = {
    def,
    questions: all.filter((q) => typeOf(q).figures.distribution && !q.demographic),
    demographics: all.filter((q) => q.demographic && typeOf(q).figures.breakdown),
    shareQuestions: all.filter(
      (q) => feeds(q, 'share') && q.measure !== undefined && q.measure in shareMeasures,
    ),
    npsQuestions: all.filter((q) => q.measure === 'nps' && feeds(q, 'nps')),
    dims,
    jqi,
    jqiFactors: factors.length,
    acsi,
    moments: [
      ...dims.map((d): Moment => ({ item: `dim:${d.id}`, scale: d.scale, range: [1, 5] })),
      ...(jqi ? [jqi] : []),
      ...(acsi ? [acsi.moment] : []),
    ],
  };
  plans.set(def, plan);
  return plan;
}

/**
 * The tag key listing, comma-separated, the demographic questions a release did not record for this
 * response (its answer's group was too small in that release, see release-plan.ts). The answer stays
 * in the response; only its breakdown group reads "not recorded", here and in every rebuild.
 */
export const unrecordedKey = '~';

/**
 * Responses by how the person was reached (sms, email, printed, open_link): `_n` rows of these groups
 * are written by releases (server/reviews/release.ts) from the sealed answers, never derived from a
 * response, which does not keep its channel; a rebuild keeps them as they are.
 */
export const channelKey = '@channel';
export const channelGroup = (channel: string) => `${channelKey}=${channel}`;

/** The breakdown groups a response falls in, read from its segment tag and demographic answers. */
export function groupsOf(
  plan: Plan,
  segmentAttributes: readonly string[],
  tag: Record<string, string | null>,
  answers: Answers,
): string[] {
  const tagged = (name: string) => (name in tag ? (tag[name] ?? none) : notRecorded);
  const groups = [`organization=${tagged('organization')}`];
  for (const name of segmentAttributes) groups.push(`${name}=${tagged(name)}`);
  const unrecorded = tag[unrecordedKey]?.split(',') ?? [];
  for (const q of plan.demographics) {
    const v = answers[q.id];
    const value = unrecorded.includes(q.id) ? notRecorded : typeof v === 'string' ? v : none;
    groups.push(`q.${q.id}=${value}`);
  }
  return groups;
}

/** The value a response has in each demographic breakdown, in plan order ('-' when left blank). */
export function demographicValues(plan: Plan, answers: Answers): string[] {
  return plan.demographics.map((q) => {
    const v = answers[q.id];
    return typeof v === 'string' ? v : none;
  });
}

/** Every cell one response adds. Answers are the validated values `submitResponse` stores. */
export function responseCells(
  def: SurveyDefinition,
  segmentAttributes: readonly string[],
  tag: Record<string, string | null>,
  answers: Answers,
): Cell[] {
  const plan = planOf(def);
  const headline: Cell[] = [['', '_n', '', 0, 0]];

  // Dimension scores: the stored value is (mean item value) * scale, an exact integer.
  // Sum of the factors' mean item values, times the common scale of all factors: an integer.
  let jqiScaled = 0;
  let jqiCount = 0;
  const dimScale = plan.jqi ? plan.jqi.scale / lcmUpTo(plan.jqiFactors) : 1;
  for (const d of plan.dims) {
    let sum = 0;
    let count = 0;
    for (const q of d.items) {
      const v = itemValue(q, answers[q.id]);
      if (v !== null) ((sum += v), count++);
    }
    if (count === 0) continue;
    const v = (sum * d.scale) / count;
    headline.push(['', `dim:${d.id}`, '', v, v * v]);
    if (!jobQualityFactorIds.has(d.id)) continue;
    jqiScaled += (sum * dimScale) / count;
    jqiCount++;
  }
  if (plan.jqi && jqiCount > 0) {
    const v = (jqiScaled * lcmUpTo(plan.jqiFactors)) / jqiCount;
    headline.push(['', plan.jqi.item, '', v, v * v]);
  }
  if (plan.acsi) {
    const values = plan.acsi.questions
      .map((q) => answers[q.id])
      .filter((v): v is number => typeof v === 'number');
    if (values.length > 0) {
      const v = (values.reduce((a, b) => a + b, 0) * plan.acsi.moment.scale) / values.length;
      headline.push(['', plan.acsi.moment.item, '', v, v * v]);
    }
  }
  for (const q of plan.npsQuestions) {
    const v = answers[q.id];
    if (typeof v === 'number') headline.push(['', `nps:${q.id}`, npsCategory(v), 0, 0]);
  }
  for (const q of plan.shareQuestions) {
    const v = answers[q.id];
    if (typeof v === 'string') headline.push(['', `q:${q.id}`, v, 0, 0]);
  }

  const cells: Cell[] = [...headline];
  const inHeadline = new Set(plan.shareQuestions.map((q) => q.id));
  for (const q of plan.questions) {
    const v = answers[q.id];
    if (v === undefined || inHeadline.has(q.id)) continue;
    if (Array.isArray(v)) {
      cells.push(['', `q:${q.id}`, '*', 0, 0]);
      for (const option of v) cells.push(['', `q:${q.id}`, option, 0, 0]);
    } else {
      cells.push(['', `q:${q.id}`, String(v), 0, 0]);
    }
  }
  for (const group of groupsOf(plan, segmentAttributes, tag, answers)) {
    for (const [, item, value, total, sumsq] of headline) cells.push([group, item, value, total, sumsq]);
  }
  return cells;
}
