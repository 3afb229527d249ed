// Skip logic and answer validation, shared by the server and the browser island. It is bundled into a
// small script for old phones, so it imports nothing at runtime except the tiny constants in shape.ts.
import type { Answers, AnswerValue } from './schema.js';
import type { QuestionShape, SurveyShape } from './shape.js';
import { defaultTextMaxLength, isNumericType, numericRanges } from './shape.js';

export type AnswerError = 'required' | 'invalid' | 'too_long' | 'too_many';

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

type Checked = { value: AnswerValue } | { error: AnswerError } | null;

const invalid: Checked = { error: 'invalid' };
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

function checkMulti(q: QuestionShape, raw: unknown): Checked {
  if (!Array.isArray(raw)) return invalid;
  const known = new Set((q.options ?? []).map((o) => o.value));
  const chosen = new Set<string>();
  for (const v of raw) {
    if (typeof v !== 'string' || !known.has(v)) return invalid;
    chosen.add(v);
  }
  if (q.max !== undefined && chosen.size > q.max) return { error: 'too_many' };
  // Stored in option order so two identical choices always compare equal.
  return { value: [...known].filter((v) => chosen.has(v)) };
}

function checkText(q: QuestionShape, raw: unknown): Checked {
  if (typeof raw !== 'string') return invalid;
  const max = q.maxLength ?? defaultTextMaxLength;
  // Refuse huge input before doing any per-character work on it.
  if (raw.length > max * 4 + 100) return { error: 'too_long' };
  // Control characters are invisible on screen but break CSV exports; CRLF from forms becomes LF.
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
  if (text === '') return null;
  // Count code points, not UTF-16 units, so an emoji costs one character as it does on screen.
  let length = 0;
  for (const _ of text) length++;
  return length > max ? { error: 'too_long' } : { value: text };
}

function checkValue(q: QuestionShape, raw: unknown): Checked {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string' && raw.trim() === '') return null;
  if (Array.isArray(raw) && raw.length === 0) return null;
  if (isNumericType(q.type)) {
    const [lo, hi] = numericRanges[q.type];
    return typeof raw === 'number' && Number.isInteger(raw) && raw >= lo && raw <= hi
      ? { value: raw }
      : invalid;
  }
  switch (q.type) {
    case 'yesno':
      return raw === 'yes' || raw === 'no' ? { value: raw } : invalid;
    case 'single':
      return typeof raw === 'string' && (q.options ?? []).some((o) => o.value === raw)
        ? { value: raw }
        : invalid;
    case 'multi':
      return checkMulti(q, raw);
    default:
      return checkText(q, raw);
  }
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

function toInteger(raw: string): number | string {
  const s = raw.trim();
  // Nine digits keep Number() exact; anything longer is out of every range anyway.
  return /^-?\d{1,9}$/.test(s) ? Number(s) : raw;
}

/**
 * Turns posted form fields (field name = question id; a multi question repeats its field) into
 * typed answers for `validateAnswers`. Plain integers become numbers for numeric questions, other
 * strings are kept as posted so validation can flag them; blank and unknown fields are dropped.
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
    if (list.length === 0) continue;
    if (q.type === 'multi') {
      out[q.id] = list.map((v) => (typeof v === 'string' ? v.trim() : v));
      continue;
    }
    // Our forms never repeat a one-answer field; keeping the list lets validation call it invalid.
    const value: unknown = list.length === 1 ? list[0] : list;
    if (typeof value !== 'string') out[q.id] = value;
    else if (isNumericType(q.type)) out[q.id] = toInteger(value);
    else out[q.id] = q.type === 'text' ? value : value.trim();
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
