// How long a survey takes: reading time for every word a respondent sees, plus time to answer each
// question by its type. Rough by design; it is for comparing drafts and catching a survey grown too long
// for a worker on a break, not a promise to the second.
import type { DraftQuestion, SurveyDraft } from '../draft.js';
import type { Lang } from '../schema.js';
import { typeOf } from '../types/index.js';
import { textStats } from './readability.js';
import { draftTexts, checkedLangs } from './texts.js';
import { blocking, note, warning, type Finding } from './types.js';

/** Adults read plain text at about 200 words a minute on a phone; Spanish readers are about as fast. */
export const wordsPerMinute = 200;
/** A worker survey longer than this is abandoned often enough to bias who answers. */
export const workerLimitSeconds = 7 * 60;
/** A question behind skip logic counts at this fraction: about half of respondents see one. */
export const skippedFraction = 0.5;
/** Turning a page (one section) and finding the first question. */
const pageSeconds = 3;

/** Seconds to answer one question, by what its type asks for. */
function answerSeconds(q: DraftQuestion): number {
  const type = typeOf(q);
  const options = q.options?.length ?? 0;
  switch (type.kind) {
    // Five points (agree) are taken in at a glance; a longer number line takes a moment more.
    case 'scale':
      return type.answer.values(q).length <= 5 ? 4 : 5;
    case 'yesno':
      return 3;
    // Reading the labels is counted with the words; this is choosing among them.
    case 'choice':
      return 2 + (type.multiple ? 1.5 : 1) * options;
    // Many leave an optional comment empty; a required one takes a few sentences on a phone keyboard.
    case 'text':
      return q.required ? 45 : 15;
  }
}

export interface Estimate {
  /** The slowest of the survey's languages, in whole seconds. */
  seconds: number;
  /** The same, in minutes to one decimal. */
  minutes: number;
  byLang: Partial<Record<Lang, number>>;
}

/** Seconds to read and answer the draft in each of its languages; the estimate is the slowest. */
export function estimateLength(d: SurveyDraft): Estimate {
  const conditional = new Set<string>();
  d.sections.forEach((s, si) =>
    s.questions.forEach((q, qi) => {
      if (q.showIf) conditional.add(`sections.${si}.questions.${qi}`);
    }),
  );
  // A text belongs to a conditional question when its path starts with that question's path.
  const weight = (path: (string | number)[]) =>
    conditional.has(path.slice(0, 4).join('.')) ? skippedFraction : 1;
  const answering = d.sections.reduce(
    (sum, s) =>
      sum +
      pageSeconds +
      s.questions.reduce((n, q) => n + answerSeconds(q) * (q.showIf ? skippedFraction : 1), 0),
    0,
  );
  const byLang: Partial<Record<Lang, number>> = {};
  // Dimension labels are for reviews and text messages for phones without the page: no respondent reads
  // them on the page.
  const texts = draftTexts(d).filter((t) => t.path[0] !== 'dimensions' && t.item !== 'sms');
  for (const lang of checkedLangs(d)) {
    const words = texts.reduce((n, t) => n + weight(t.path) * textStats([t.text[lang] ?? ''], lang).words, 0);
    byLang[lang] = Math.round(answering + (words / wordsPerMinute) * 60);
  }
  const seconds = Math.max(Math.round(answering), ...Object.values(byLang));
  return { seconds, minutes: Math.round(seconds / 6) / 10, byLang };
}

/** MISSING_ESTIMATE (with the estimate), and TOO_LONG for a long worker survey or else a note with the estimate. */
export function checkLength(d: SurveyDraft, estimate: Estimate): Finding[] {
  const about = Math.max(1, Math.round(estimate.seconds / 60));
  const out: Finding[] = [];
  if (d.estimatedMinutes === undefined) {
    out.push(
      blocking(
        'MISSING_ESTIMATE',
        { path: ['estimatedMinutes'] },
        `Set the minutes respondents are told the survey takes; the checks estimate about ${about}.`,
        { about },
      ),
    );
  }
  if (d.kind === 'worker-voice' && estimate.seconds > workerLimitSeconds) {
    out.push(
      warning(
        'TOO_LONG',
        { path: [] },
        `This worker survey takes about ${about} minutes, more than ${workerLimitSeconds / 60}: ` +
          `workers answer on a break, on a phone. Remove or merge questions, or shorten the longest texts.`,
        { about, limit: workerLimitSeconds / 60 },
      ),
    );
  } else if (d.estimatedMinutes !== undefined) {
    out.push(
      note(
        'ESTIMATED_LENGTH',
        { path: ['estimatedMinutes'] },
        `About ${about} ${about === 1 ? 'minute' : 'minutes'} to answer (respondents are told ${d.estimatedMinutes}).`,
        { about, told: d.estimatedMinutes },
      ),
    );
  }
  return out;
}
