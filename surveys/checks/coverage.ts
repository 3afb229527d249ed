// FACTOR_MISSING: a worker-voice survey covers each of the framework's eight job-quality factors, the
// dimensions of the built-in worker-voice template; dropping one leaves a hole in the job-quality index
// and in comparisons with other partnerships. A partnership's own extra dimensions are welcome.
import type { SurveyDraft } from '../draft.js';
import type { Lang } from '../schema.js';
import { workerVoiceV1 } from '../templates/worker-voice.js';
import { typeOf } from '../types/index.js';
import { warning, type Finding } from './types.js';

/**
 * The eight job-quality factors: id and English label, from the built-in worker survey. Imported from its
 * file rather than through `getTemplate`, which would bring zod and every template into the editor's
 * bundle; a test holds them equal to the latest version's dimensions.
 */
export function jobQualityFactors(): { id: string; label: string }[] {
  return workerVoiceV1.dimensions.map((d) => ({ id: d.id, label: d.label.en }));
}

/** A factor's label in a survey language (English when it has none), for the dashboard's words. */
export function factorLabel(id: string, lang: Lang): string {
  const label = workerVoiceV1.dimensions.find((d) => d.id === id)?.label;
  return label?.[lang] ?? label?.en ?? id;
}

/** A warning per factor that no scored item (of a type that takes a dimension) measures in a worker-voice draft. */
export function checkCoverage(d: SurveyDraft): Finding[] {
  if (d.kind !== 'worker-voice') return [];
  const scored = new Set(
    d.sections.flatMap((s) =>
      s.questions.filter((q) => typeOf(q).rules.dimension).flatMap((q) => q.dimension ?? []),
    ),
  );
  return jobQualityFactors()
    .filter((f) => !scored.has(f.id))
    .map((f) => {
      const i = d.dimensions.findIndex((dim) => dim.id === f.id);
      return warning(
        'FACTOR_MISSING',
        { path: i >= 0 ? ['dimensions', i] : ['dimensions'] },
        `No question measures ${f.label}, one of the eight job-quality factors: add an agree item scored ` +
          `in ${f.id} (the item bank has some). Without one, the job-quality index rests on fewer factors ` +
          `and is not comparable with other surveys'.`,
        { factor: f.id },
      );
    });
}
