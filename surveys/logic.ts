// Skip logic and answer validation, shared by the server and the browser island. It is bundled into a
// small script for old phones, so it imports nothing at runtime except each question type's answer
// half (surveys/types/answers.ts).
import type { Answers } from './schema.js';
import type { QuestionShape, SurveyShape } from './shape.js';
import { answerTypes } from './types/answers.js';
import type { AnswerError, Checked } from './types/module.js';

export type { AnswerError } from './types/module.js';

export interface ValidateOptions {
  /** Check (and require) only the questions of these sections, e.g. the page just posted. */
  sectionIds?: readonly string[];
  /** Skip the required check, to save a draft. */
  partial?: boolean;
}

export interface ValidationResult {
  ok: boolean;
  values: Answers;
  errors: Record<string, AnswerError>;
}

export interface SectionProgress {
  /** The section to show when the respondent comes back; `total` when there is nothing left to show. */
  index: number;
  total: number;
  /** Every visible required question has a valid answer, so the survey can be submitted. */
  complete: boolean;
}

// Form bodies and JSON can carry keys such as "constructor"; only own properties are answers.
const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function answerOf(answers: unknown, id: string): unknown {
  return isRecord(answers) && hasOwn(answers, id) ? answers[id] : undefined;
}

function indexById<Q extends QuestionShape>(def: SurveyShape<Q>): Map<string, Q> {
  return new Map(allQuestions(def).map((q) => [q.id, q]));
}

function shown(byId: Map<string, QuestionShape>, q: QuestionShape, answers: unknown, hops = 0): boolean {
  if (!q.showIf) return true;
  const ctrl = byId.get(q.showIf.question);
  // The schema forbids loops, but a hand-made localized copy is not checked; a real chain is never longer.
  if (!ctrl || hops > byId.size) return false;
  if (!shown(byId, ctrl, answers, hops + 1)) return false;
  const allowed: readonly unknown[] = q.showIf.in;
  const value = answerOf(answers, ctrl.id);
  return Array.isArray(value) ? value.some((v) => allowed.includes(v)) : allowed.includes(value);
}

/** All questions of a survey, in the order a respondent meets them. */
export function allQuestions<Q extends QuestionShape>(def: SurveyShape<Q>): Q[] {
  return def.sections.flatMap((s) => s.questions);
}

/**
 * Whether a question is shown for these answers. A question is hidden when its controlling question
 * is unanswered, answered outside `showIf.in`, or itself hidden; unknown ids are hidden.
 */
export function isVisible(def: SurveyShape, questionId: string, answers: Answers): boolean {
  const byId = indexById(def);
  const q = byId.get(questionId);
  return q !== undefined && shown(byId, q, answers);
}

/** The questions shown for these answers, in order, optionally only those of one section. */
export function visibleQuestions<Q extends QuestionShape>(
  def: SurveyShape<Q>,
  answers: Answers,
  sectionId?: string,
): Q[] {
  const byId = indexById(def);
  const sections = sectionId === undefined ? def.sections : def.sections.filter((s) => s.id === sectionId);
  return sections.flatMap((s) => s.questions.filter((q) => shown(byId, q, answers)));
}

function checkValue(q: QuestionShape, raw: unknown): Checked {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string' && raw.trim() === '') return null;
  if (Array.isArray(raw) && raw.length === 0) return null;
  return answerTypes[q.type].check(q, raw);
}

/**
 * Checks answers against a survey and returns the cleaned values. Never throws: junk becomes an error.
 * `values` holds every valid answer to a visible question of the whole survey (text trimmed, multi
 * choices deduplicated); answers to unknown or hidden questions are dropped silently. `errors` and
 * the required check cover only `sectionIds` when given, so a page can be checked while the answers
 * of earlier pages still decide what is visible.
 */
export function validateAnswers(
  def: SurveyShape,
  answers: Record<string, unknown>,
  opts: ValidateOptions = {},
): ValidationResult {
  const only = opts.sectionIds ? new Set(opts.sectionIds) : null;
  const byId = indexById(def);
  const values: Answers = {};
  const errors: Record<string, AnswerError> = {};
  for (const s of def.sections) {
    const checked = only === null || only.has(s.id);
    for (const q of s.questions) {
      // Visibility reads only accepted answers, so an invalid or hidden controller hides its followers.
      if (!shown(byId, q, values)) continue;
      const result = checkValue(q, answerOf(answers, q.id));
      if (result === null) {
        if (checked && q.required && !opts.partial) errors[q.id] = 'required';
      } else if ('error' in result) {
        if (checked) errors[q.id] = result.error;
      } else {
        values[q.id] = result.value;
      }
    }
  }
  return { ok: Object.keys(errors).length === 0, values, errors };
}

/**
 * Turns posted form fields (field name = question id; a multi question repeats its field) into
 * typed answers for `validateAnswers`, as each question's type reads its field (plain integers become
 * numbers on a scale; other strings are kept as posted so validation can flag them); blank and unknown
 * fields are dropped.
 */
export function coerceFormAnswers(
  def: SurveyShape,
  form: Record<string, string | string[] | undefined>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of allQuestions(def)) {
    const raw = answerOf(form, q.id);
    const list = (Array.isArray(raw) ? raw : [raw]).filter(
      (v) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === ''),
    );
    // Our forms never repeat a one-answer field; its type keeps the list so validation calls it invalid.
    if (list.length > 0) out[q.id] = answerTypes[q.type].fromForm(list);
  }
  return out;
}

/**
 * Where to resume a half-finished survey: the first section with a missing or invalid required
 * answer, but never past the section after the last one touched, so optional sections the
 * respondent has not reached yet are still shown. Sections with nothing visible are skipped.
 */
export function sectionProgress(def: SurveyShape, answers: Answers): SectionProgress {
  const { values, errors } = validateAnswers(def, answers);
  const total = def.sections.length;
  const needsWork = def.sections.findIndex((s) => s.questions.some((q) => hasOwn(errors, q.id)));
  let lastTouched = -1;
  def.sections.forEach((s, i) => {
    if (s.questions.some((q) => hasOwn(values, q.id))) lastTouched = i;
  });
  let index = Math.min(needsWork === -1 ? total : needsWork, lastTouched + 1);
  while (index < total && visibleQuestions(def, values, def.sections[index]?.id).length === 0) index++;
  return { index, total, complete: needsWork === -1 };
}
