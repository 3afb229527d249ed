/**
 * One review section per survey line (surveys/lines.ts): a built-in template and the partnership's
 * own surveys started from it share measures, trends and goals. Their questions line up by id, so
 * the section reads them through one definition made of all the versions the period used: the
 * partnership's newest own version first (its wording labels the figures), then any question only an
 * older or a built-in version asked, so no answered question drops out of the review.
 */
import { isOwnSurvey } from '../../surveys/lines.ts';
import type { Question, SurveyDefinition } from '../../surveys/index.ts';

/** Own surveys before built-in templates, newer versions before older: the order wording is taken in. */
function preference(a: SurveyDefinition, b: SurveyDefinition): number {
  return Number(isOwnSurvey(b.id)) - Number(isOwnSurvey(a.id)) || b.version - a.version;
}

// Definitions are cached per version (campaignTemplate), so the same list gives the same merged object,
// and planOf's cache keeps working for it.
const merged = new Map<string, SurveyDefinition>();

export function mergedDefinition(defs: SurveyDefinition[]): SurveyDefinition {
  const distinct = [...new Map(defs.map((d) => [`${d.id}@${d.version}`, d])).values()].sort(preference);
  if (distinct.length === 1) return distinct[0]!;
  const key = distinct.map((d) => `${d.id}@${d.version}`).join(',');
  const cached = merged.get(key);
  if (cached) return cached;
  const [first, ...rest] = distinct as [SurveyDefinition, ...SurveyDefinition[]];
  const seen = new Set(first.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const dims = new Map(first.dimensions.map((d) => [d.id, d]));
  const sections = [...first.sections];
  for (const def of rest) {
    for (const d of def.dimensions) if (!dims.has(d.id)) dims.set(d.id, d);
    for (const s of def.sections) {
      const extra: Question[] = s.questions.filter((q) => !seen.has(q.id));
      if (extra.length === 0) continue;
      for (const q of extra) seen.add(q.id);
      sections.push({ ...s, id: `${s.id}__${def.id}_${def.version}`, questions: extra });
    }
  }
  const out: SurveyDefinition = { ...first, dimensions: [...dims.values()], sections };
  merged.set(key, out);
  return out;
}
