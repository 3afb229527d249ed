// The checks before publishing a survey draft (issue #15), pure so the editor runs them live in the
// browser and the server runs the same ones before it publishes.
//
// Blocking findings are exactly what keeps `surveyDefinition` from parsing `definitionCandidate(draft)`,
// each at the path of the schema's own issue, plus two rules the schema cannot see: a draft must list
// both languages (`languages` is not published), and a text of only spaces counts as missing (the schema
// accepts any non-empty string). Warnings and notes are advice: reading grade, length, coverage of the
// job-quality factors, direction of agree items, and answering by text (segments, questions a
// conversation never reaches, what texted answers leave out).
import type { SurveyDraft } from '../draft.js';
import { checkCoverage } from './coverage.js';
import { checkDirection } from './direction.js';
import { checkLength, estimateLength, type Estimate } from './length.js';
import { checkPlainLanguage, type Grades } from './plain-language.js';
import { checkQuestions } from './question-rules.js';
import { checkSkipLogic } from './skip-logic.js';
import { checkSmsAdvice } from './sms-advice.js';
import { checkSmsRules } from './sms-rules.js';
import { checkStructure } from './structure.js';
import { checkTexts } from './texts.js';
import type { Finding } from './types.js';

export type { Finding, FindingCode, Params, Path, Severity } from './types.js';
export { findingCodes } from './types.js';
export type { Estimate } from './length.js';
export type { Grades } from './plain-language.js';
export { pathKey } from './types.js';
export { draftTexts } from './texts.js';
export { gradeLimit, readingGrade } from './readability.js';
export { factorLabel, jobQualityFactors } from './coverage.js';

export interface SurveyCheck {
  /** Every finding: blocking ones first (structure, questions, skip logic, texts), then advice. */
  findings: Finding[];
  /** How many findings block publishing; publish only at 0. */
  blocking: number;
  /** Estimated time to answer, in the slowest of the survey's languages. */
  estimate: Estimate;
  /**
   * Estimated reading grade per item and language, keyed by the item's path joined with dots:
   * 'intro', 'sections.0.intro', 'sections.0.questions.2' (a question with its help and option labels).
   */
  grades: Grades;
}

/** Runs every check on a draft (one that `surveyDraft` accepts). */
export function checkSurvey(draft: SurveyDraft): SurveyCheck {
  const estimate = estimateLength(draft);
  const plain = checkPlainLanguage(draft);
  const findings = [
    ...checkStructure(draft),
    ...checkQuestions(draft),
    ...checkSkipLogic(draft),
    ...checkSmsRules(draft),
    ...checkTexts(draft),
    ...checkLength(draft, estimate),
    ...plain.findings,
    ...checkCoverage(draft),
    ...checkDirection(draft),
    ...checkSmsAdvice(draft),
  ];
  const order = { blocking: 0, warning: 1, note: 2 } as const;
  findings.sort((a, b) => order[a.severity] - order[b.severity]);
  return {
    findings,
    blocking: findings.filter((f) => f.severity === 'blocking').length,
    estimate,
    grades: plain.grades,
  };
}
