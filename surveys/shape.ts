// The structural view of a survey that logic and scoring need. Both a zod-checked SurveyDefinition and a
// LocalizedSurvey fit it, so the browser island runs the same rules without shipping zod.
import type { QuestionType } from './schema.js';

/** Inclusive integer range of each numeric question type. */
export const numericRanges = {
  agree5: [1, 5],
  likelihood: [0, 10],
  rating10: [1, 10],
} as const satisfies Partial<Record<QuestionType, readonly [number, number]>>;

export type NumericType = keyof typeof numericRanges;

export const defaultTextMaxLength = 500;

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
