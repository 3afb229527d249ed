// The structural view of a survey that logic and scoring need. Both a zod-checked SurveyDefinition and a
// LocalizedSurvey fit it, so the browser island runs the same rules without shipping zod.
import type { QuestionType } from './schema.js';
import { answerTypes } from './types/answers.js';

export { defaultTextMaxLength } from './types/text.js';

/** The question types whose answers are whole numbers on a scale (their module gives a range). */
export type NumericType = {
  [T in QuestionType]: (typeof answerTypes)[T] extends { range: readonly [number, number] } ? T : never;
}[QuestionType];

/** Inclusive integer range of each numeric question type, from its module in surveys/types/. */
export const numericRanges = /* @__PURE__ */ Object.fromEntries(
  Object.entries(answerTypes).flatMap(([type, a]) => (a.range ? [[type, a.range]] : [])),
) as { readonly [T in NumericType]: readonly [number, number] };

export interface QuestionShape {
  id: string;
  type: QuestionType;
  required: boolean;
  options?: readonly { value: string }[];
  max?: number;
  maxLength?: number;
  showIf?: { question: string; in: readonly (string | number)[] };
  dimension?: string;
  reverse?: boolean;
}

export interface SectionShape<Q extends QuestionShape = QuestionShape> {
  id: string;
  questions: readonly Q[];
}

export interface SurveyShape<Q extends QuestionShape = QuestionShape> {
  sections: readonly SectionShape<Q>[];
}

/** A survey that can be scored: it also lists its dimensions. */
export interface ScoredSurveyShape<Q extends QuestionShape = QuestionShape> extends SurveyShape<Q> {
  dimensions: readonly { id: string }[];
}

/** Whether `type` is one of the integer-scale question types. */
export function isNumericType(type: QuestionType): type is NumericType {
  return type in numericRanges;
}
