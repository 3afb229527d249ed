/**
 * A period's figures, before suppression: a pure function from aggregate rows (per campaign) and
 * invitation counts to measures per template, group and question. Nothing here reads the database, and
 * nothing here leaves the server without going through `publish` (suppress.ts).
 */
import type { SurveyDefinition } from '../../surveys/index.ts';
import { pointLabel, typeOf } from '../../surveys/index.ts';
import { none, notRecorded, planOf, shareMeasures, type Plan } from './response-cells.ts';
import { reachChannels, type QuestionRole } from './contract.ts';
import { mergedDefinition } from './lines.ts';
import { surveyLine } from '../../surveys/lines.ts';
import type { RollupRow } from './rollups.ts';
import { countStat, meanOf, npsStat, scoreStat, shareStat, type Stat } from './stats.ts';

/** One aggregate row of a source: a campaign's rollup row, whose campaign the source already names. */
export type SourceRow = Omit<RollupRow, 'campaign_id'>;

import { noInvitations, responseRate, type Invitations } from './rates.ts';

export { invitedTotal, noInvitations, type Invitations } from './rates.ts';

/** One campaign's contribution to a period: its rows may be live, a final snapshot, or late ones. */
export interface Source {
  campaign: { id: string; name: string; period: string; templateId: string; segmentAttributes: string[] };
  def: SurveyDefinition;
  rows: SourceRow[];
  invitations: Invitations | null;
}

export interface Group {
  key: string;
  label: string;
  n: number;
  measures: Record<string, Stat>;
}

export interface Breakdown {
  key: string;
  label: string;
  groups: Group[];
}

export interface QuestionStats {
  id: string;
  text: string;
  type: string;
  n: number;
  /** On the answer's own scale (1-5 reverse-coded so 5 is good, 0-10, 1-10). */
  mean: number | null;
  favorable: Stat | null;
  distribution: { value: string; label: string; count: number }[];
}

export interface TemplatePeriod {
  /** The survey line: a built-in template id, which the partnership's own surveys continue. */
  templateId: string;
  /** The survey versions whose answers are counted here (own surveys and built-in templates). */
  surveys?: { templateId: string; version: number }[];
  /** What each question feeds (its dimension or measure), for grouping answers under measures. */
  roles?: QuestionRole[];
  kind: SurveyDefinition['kind'];
  title: string;
  campaigns: { id: string; name: string; period: string }[];
  /** Each campaign's segment order (organization first), for the nesting of "not recorded" groups. */
  chains: string[][];
  invitations: Invitations;
  overall: Group;
  measureLabels: Record<string, string>;
  questions: QuestionStats[];
  breakdowns: Breakdown[];
}

export interface PeriodModel {
  period: string;
  templates: TemplatePeriod[];
}

type Acc = Map<string, Map<string, { n: number; t: number; q: number }>>;

const key = (item: string, value: string) => `${item}\u0000${value}`;

function isHeadline(plan: Plan, item: string): boolean {
  if (item === '_n' || item.startsWith('dim:') || item.startsWith('index:') || item.startsWith('nps:'))
    return true;
  return item.startsWith('q:') && plan.shareQuestions.some((q) => `q:${q.id}` === item);
}

/**
 * Adds one aggregate row to a group's sums, its total and sum of squares divided back into the item's
 * own units (by `scale` and its square), so rows of template versions with other scales add up.
 */
function addRow(acc: Acc, group: string, row: SourceRow, scale: number) {
  let g = acc.get(group);
  if (!g) acc.set(group, (g = new Map()));
  const k = key(row.item, row.value);
  const t = row.total / scale;
  const q = row.sumsq / (scale * scale);
  const s = g.get(k);
  if (s) ((s.n += row.n), (s.t += t), (s.q += q));
  else g.set(k, { n: row.n, t, q });
}

function breakdownsOf(source: Source): string[] {
  const plan = planOf(source.def);
  return ['organization', ...source.campaign.segmentAttributes, ...plan.demographics.map((q) => `q.${q.id}`)];
}

/** Adds a template's sources into one accumulator, in unscaled units so template versions can mix. */
function accumulate(sources: Source[], breakdowns: string[]): Acc {
  const acc: Acc = new Map();
  for (const source of sources) {
    const plan = planOf(source.def);
    const scales = new Map(plan.moments.map((m) => [m.item, m.scale]));
    const own = new Set(breakdownsOf(source));
    // A campaign without one of the period's breakdowns counts, for it, as "not recorded", so every
    // breakdown splits the same total and no residual hides between them.
    const missing = breakdowns.filter((b) => !own.has(b));
    for (const r of source.rows) {
      const scale = scales.get(r.item) ?? 1;
      addRow(acc, r.group_key, r, scale);
      if (r.group_key === '' && isHeadline(plan, r.item)) {
        for (const b of missing) addRow(acc, `${b}=${notRecorded}`, r, scale);
      }
    }
  }
  return acc;
}

function groupStats(
  plan: Plan,
  cells: Map<string, { n: number; t: number; q: number }> | undefined,
): Record<string, Stat> {
  const get = (item: string, value = '') => cells?.get(key(item, value)) ?? { n: 0, t: 0, q: 0 };
  const measures: Record<string, Stat> = { responses: countStat(get('_n').n) };
  for (const m of plan.moments) {
    const c = get(m.item);
    // Accumulated in unscaled units: scale 1 here.
    measures[m.item.replace(':', '.')] = scoreStat(c.n, c.t, c.q, 1, m.range);
  }
  for (const q of plan.npsQuestions) {
    measures[`nps.${q.id}`] = npsStat(
      get(`nps:${q.id}`, 'promoter').n,
      get(`nps:${q.id}`, 'passive').n,
      get(`nps:${q.id}`, 'detractor').n,
    );
  }
  for (const q of plan.shareQuestions) {
    const good = shareMeasures[q.measure!]!.options;
    let yes = 0;
    let all = 0;
    for (const o of q.options ?? []) {
      const n = get(`q:${q.id}`, o.value).n;
      all += n;
      if (good.includes(o.value)) yes += n;
    }
    measures[`share.${q.measure}`] = shareStat(yes, all);
  }
  return measures;
}

export function measureLabels(plan: Plan): Record<string, string> {
  const labels: Record<string, string> = { responses: 'Responses', response_rate: 'Response rate' };
  for (const d of plan.def.dimensions) labels[`dim.${d.id}`] = d.label.en;
  if (plan.jqi) labels['index.jqi'] = 'Job quality index';
  if (plan.acsi) labels['index.acsi'] = 'Satisfaction index (ACSI)';
  for (const q of plan.npsQuestions)
    labels[`nps.${q.id}`] =
      plan.def.kind === 'worker-voice' ? 'Recommend this job (NPS)' : 'Recommend score (NPS)';
  for (const q of plan.shareQuestions) labels[`share.${q.measure}`] = shareMeasures[q.measure!]!.label;
  if (plan.def.kind === 'partner-roi' && labels['dim.value']) labels['dim.value'] = 'Value index';
  return labels;
}

function questionStats(
  plan: Plan,
  cells: Map<string, { n: number; t: number; q: number }> | undefined,
): QuestionStats[] {
  return plan.questions.map((q) => {
    const count = (v: string) => cells?.get(key(`q:${q.id}`, v))?.n ?? 0;
    const type = typeOf(q);
    const values = type.answer.values(q);
    // A scale's points read as their numbers (the charts put the agree words back); yes and no as words.
    const label = (v: string) =>
      q.options?.find((o) => o.value === v)?.label.en ??
      (type.answer.range ? undefined : pointLabel(type, v, 'en')) ??
      v;
    const distribution = values.map((v) => ({ value: v, label: label(v), count: count(v) }));
    const n = type.multiple ? count('*') : distribution.reduce((a, d) => a + d.count, 0);
    const { mean: meanValue, favorable: isFavorable } = type.figures;
    // On the answer's own scale, an agree item reverse-coded so that 5 is always the good end.
    const mean = meanValue
      ? meanOf(new Map(distribution.map((d) => [String(meanValue(q, d.value)), d.count])))
      : null;
    const favorable = isFavorable
      ? shareStat(
          distribution.filter((d) => isFavorable(q, d.value)).reduce((a, d) => a + d.count, 0),
          n,
        )
      : null;
    return { id: q.id, text: q.text.en, type: q.type, n, mean, favorable, distribution };
  });
}

/** Labels for group values: organization names, "not recorded", "none". */
export type Labeler = (breakdown: string, value: string) => string;

function breakdownLabel(def: SurveyDefinition, b: string): string {
  if (b === 'organization') return 'Organization';
  if (b.startsWith('q.')) {
    const q = planOf(def).demographics.find((d) => `q.${d.id}` === b);
    return q ? q.text.en : b;
  }
  return b.charAt(0).toUpperCase() + b.slice(1).replace(/_/g, ' ');
}

function valueLabel(def: SurveyDefinition, b: string, value: string, labeler: Labeler): string {
  if (value === notRecorded) return 'Not recorded (too few in the group when they answered)';
  if (value === none) return b.startsWith('q.') ? 'No answer' : 'None';
  if (b.startsWith('q.')) {
    const q = planOf(def).demographics.find((d) => `q.${d.id}` === b);
    return q?.options?.find((o) => o.value === value)?.label.en ?? value;
  }
  return labeler(b, value);
}

const sumInvitations = (sources: Source[]): Invitations => {
  const out = noInvitations();
  for (const s of sources) {
    if (!s.invitations) continue;
    for (const c of reachChannels) {
      out[c].invited += s.invitations[c].invited;
      out[c].completed += s.invitations[c].completed;
    }
  }
  return out;
};

/** The period's figures per template (in the templates' first-published order). */
export function buildPeriodModel(period: string, sources: Source[], labeler: Labeler): PeriodModel {
  // One section per survey line: a partnership's own survey sits with the template it started from.
  const byTemplate = new Map<string, Source[]>();
  for (const s of sources) {
    const line = surveyLine(s.campaign.templateId);
    byTemplate.set(line, [...(byTemplate.get(line) ?? []), s]);
  }
  const templates: TemplatePeriod[] = [];
  for (const [templateId, list] of byTemplate) {
    // Question and dimension ids are stable across versions; the newest own wording labels them.
    const def = mergedDefinition(list.map((s) => s.def));
    const plan = planOf(def);
    const breakdownKeys = [...new Set(list.flatMap(breakdownsOf))];
    const acc = accumulate(list, breakdownKeys);
    const overall: Group = {
      key: '',
      label: 'Everyone',
      n: acc.get('')?.get(key('_n', ''))?.n ?? 0,
      measures: groupStats(plan, acc.get('')),
    };
    const invitations = sumInvitations(list);
    const rate = responseRate(invitations, overall.n);
    if (rate) overall.measures.response_rate = rate;
    const breakdowns: Breakdown[] = breakdownKeys.map((b) => ({
      key: b,
      label: breakdownLabel(def, b),
      groups: [...acc.keys()]
        .filter((g) => g.startsWith(`${b}=`))
        .sort()
        .map((g) => {
          const value = g.slice(b.length + 1);
          const measures = groupStats(plan, acc.get(g));
          return {
            key: value,
            label: valueLabel(def, b, value, labeler),
            n: measures.responses!.n,
            measures,
          };
        })
        .filter((g) => g.n > 0),
    }));
    templates.push({
      templateId,
      kind: def.kind,
      title: def.title.en,
      campaigns: list.map((s) => ({ id: s.campaign.id, name: s.campaign.name, period: s.campaign.period })),
      surveys: [...new Set(list.map((s) => `${s.def.id}@${s.def.version}`))].map((v) => {
        const [id, version] = v.split('@') as [string, string];
        return { templateId: id, version: Number(version) };
      }),
      roles: questionRoles(def),
      chains: list.map((s) => ['organization', ...s.campaign.segmentAttributes]),
      invitations,
      overall,
      measureLabels: measureLabels(plan),
      questions: questionStats(plan, acc.get('')),
      breakdowns,
    });
  }
  const order = ['worker-voice', 'employer-satisfaction', 'partner-roi'];
  templates.sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.templateId.localeCompare(b.templateId),
  );
  return { period, templates };
}

/** Each question's role in the measures, read from the section's definition. */
function questionRoles(def: SurveyDefinition): QuestionRole[] {
  return def.sections.flatMap((s) =>
    s.questions.map((q) => ({
      id: q.id,
      ...(q.dimension && { dimension: q.dimension }),
      ...(q.measure && { measure: q.measure }),
      ...(q.reverse && { reverse: true }),
    })),
  );
}
