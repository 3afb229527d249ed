// A question type is one module in this folder: what its answers are, how they are checked, how they
// count in a review, what they mean and what its scale points are called. Adding a type is a module
// here, its name in `questionTypes` (schema.ts), and its renderer in client/respond/types/.
//
// The respondent's browser runs only each module's `answer` half, gathered in answers.ts, so a phone
// never downloads the review and label code; nothing in this folder imports zod.
import type { AnswerValue, Lang, QuestionType } from '../schema.js';
import type { QuestionShape } from '../shape.js';

export type AnswerError = 'required' | 'invalid' | 'too_long' | 'too_many';

/** A non-blank answer, checked: the value to keep, why it is refused, or null when it says nothing. */
export type Checked = { value: AnswerValue } | { error: AnswerError } | null;

/** What an answer means, for colour: -2 and -1 bad, 0 neither, 1 and 2 good. */
export type Tone = -2 | -1 | 0 | 1 | 2;

/** The question members the options of a type depend on; the dashboard's copies have only these too. */
export type OptionsOf = Pick<QuestionShape, 'options'>;

/** The half of a type that a respondent's page runs, live in the browser and again on the server. */
export interface AnswerType {
  /** Inclusive integer range of a scale: its answers are these whole numbers. */
  readonly range?: readonly [number, number];
  /** Every value an answer can hold, in scale order, as form fields and review rows write them. */
  values(q: OptionsOf): string[];
  /** Checks a non-blank answer and cleans it (text trimmed, choices in option order). */
  check(q: QuestionShape, raw: unknown): Checked;
  /** A posted form field, its non-blank values in order, as the answer `check` takes. */
  fromForm(posted: readonly unknown[]): unknown;
}

/** Words of a type's scale in one language. */
export interface TypeLabels {
  /** A word for each of the type's values, in order (agree 1-5, yes and no). */
  points?: readonly string[];
  /** What the lowest and highest points of a numbered scale mean. */
  ends?: readonly [string, string];
}

/** Review measures other than the distribution that are computed from one type's answers. */
export type Measure = 'nps' | 'acsi' | 'share';

export interface QuestionTypeModule<L extends TypeLabels = TypeLabels> {
  readonly type: QuestionType;
  /** What the type asks for: a point on an integer scale, one or more options, yes or no, free text. */
  readonly kind: 'scale' | 'choice' | 'yesno' | 'text';
  /** An answer is a list (several options at once). */
  readonly multiple: boolean;
  readonly answer: AnswerType;
  /**
   * Which optional members of a question this type takes. Options are required where true and refused
   * where false; the others are refused where false (schema.ts).
   */
  readonly rules: Readonly<Record<'options' | 'max' | 'maxLength' | 'reverse' | 'dimension', boolean>>;
  /** Whether `v` is an answer this question can hold: skip logic naming anything else would hide forever. */
  possible(q: QuestionShape, v: string | number): boolean;
  /**
   * A value whose JSON is at least as long as any answer this question stores (text at its limit in
   * the characters JSON escapes longest), so sealed drafts and answers pad to one size a survey.
   */
  longest(q: QuestionShape): AnswerValue;
  /** What an answer adds to its dimension's score (1-5, 5 the good end), or null: this type is not scored. */
  score(q: Pick<QuestionShape, 'reverse'>, v: unknown): number | null;
  readonly figures: {
    /** Answers are counted per value; free text is read as comments instead. */
    readonly distribution: boolean;
    /** The number a value adds to the question's mean, on its own scale; absent when there is no mean. */
    mean?(q: Pick<QuestionShape, 'reverse'>, value: string): number | null;
    /** Whether a value counts toward the favorable share; absent when there is no such share. */
    favorable?(q: Pick<QuestionShape, 'reverse'>, value: string): boolean;
    /** What a review calls that share. */
    readonly favorableName?: string;
    /** The named measures (a question's `measure`) its answers can be computed into. */
    readonly measures: readonly Measure[];
    /** A demographic question of this type breaks a review down by its answer. */
    readonly breakdown: boolean;
  };
  /** What each value means; absent for a list of categories no colour should rank. */
  tone?(q: { reverse?: boolean | undefined }, value: string): Tone | null;
  readonly labels: Readonly<Record<Lang, L>>;
}

export const invalid: Checked = { error: 'invalid' };

/**
 * A one-answer field: a single posted value goes through `clean`; anything else (a repeated field, a
 * file) is kept as it came so `check` calls it invalid.
 */
export function one(posted: readonly unknown[], clean: (s: string) => unknown): unknown {
  const value = posted.length === 1 ? posted[0] : posted;
  return typeof value === 'string' ? clean(value) : value;
}

export const trim = (s: string): string => s.trim();

/** The values of a question's options, in order. */
export const optionValues = (q: OptionsOf): string[] => (q.options ?? []).map((o) => o.value);
