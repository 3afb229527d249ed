// What every check returns. A finding points into the draft the way a zod issue does, so the editor puts
// it beside the field it concerns and the property test can hold it against the schema's own issues.
import { languageOf } from '../language-list.js';
import type { Lang } from '../schema.js';

/** Blocking findings refuse publishing; warnings and notes are advice the editor shows beside the item. */
export type Severity = 'blocking' | 'warning' | 'note';

/**
 * Every finding's code. The dashboard words each one in the staff member's language from the code and
 * `params` (client/shared/i18n/messages/<locale>/checks.ts); a test fails when one has no words there.
 */
export const findingCodes = [
  'BAD_ID',
  'DUPLICATE_ID',
  'NO_SECTIONS',
  'EMPTY_SECTION',
  'DIMENSION_EMPTY',
  'OPTIONS_NEEDED',
  'OPTIONS_NOT_ALLOWED',
  'MAX_NOT_ALLOWED',
  'MAX_TOO_HIGH',
  'MAX_LENGTH_NOT_ALLOWED',
  'REVERSE_NOT_ALLOWED',
  'DIMENSION_NOT_ALLOWED',
  'UNKNOWN_DIMENSION',
  'SHOW_IF_SELF',
  'SHOW_IF_LATER',
  'SHOW_IF_UNKNOWN',
  'UNREACHABLE_ANSWER',
  'LANGUAGE_REQUIRED',
  'MISSING_TEXT',
  'MISSING_ESTIMATE',
  'TOO_LONG',
  'ESTIMATED_LENGTH',
  'READING_GRADE',
  'FACTOR_MISSING',
  'REVERSED_ITEM',
  'LOOKS_REVERSED',
  'SMS_OPTIONS_NOT_ALLOWED',
  'SMS_OPTIONS_FEW',
  'SMS_OPTION_UNKNOWN',
  'SMS_SEGMENTS',
  'SMS_OPTIONS_LEFT_OUT',
  'SMS_NEVER_ASKED',
  'SMS_REQUIRED_LEFT_OUT',
  'SMS_FACTOR_MISSING',
] as const;
export type FindingCode = (typeof findingCodes)[number];

/**
 * What a finding's sentence is made of besides its code: ids, counts, a language tag (`lang`, named in
 * the reader's language), and for a code with several sentences the one meant (`what`, `item`).
 */
export type Params = Record<string, string | number>;

export type Path = (string | number)[];

export interface Finding {
  /** SCREAMING_SNAKE, stable: the editor and tests key on it (MISSING_TEXT, SHOW_IF_LATER, ...). */
  code: FindingCode;
  severity: Severity;
  /** Into the draft, like a zod path: ['sections', 0, 'questions', 2, 'text', 'es']. */
  path: Path;
  questionId?: string;
  sectionId?: string;
  lang?: Lang;
  /** Plain English for staff: what is wrong and how to fix it; API clients and the CLI read this. */
  message: string;
  /**
   * What the dashboard words the finding from, with its code, in the staff member's language. Always
   * set by the checks; optional for a finding an older server sent.
   */
  params?: Params;
}

/** Where a finding sits, as the members of Finding besides code, severity and message. */
export type Place = Pick<Finding, 'path' | 'questionId' | 'sectionId' | 'lang'>;

const finding =
  (severity: Severity) =>
  (code: FindingCode, place: Place, message: string, params: Params = {}): Finding => ({
    code,
    severity,
    ...place,
    message,
    params,
  });

export const blocking = finding('blocking');
export const warning = finding('warning');
export const note = finding('note');

/** A path as one string ('sections.0.questions.2'): the key of per-item results such as reading grades. */
export const pathKey = (path: Path): string => path.join('.');

/** A language's English name, for messages staff read ("Add Vietnamese ..."). */
export const langName = (l: Lang): string => languageOf(l)?.english ?? l;

/**
 * The languages every published survey must have: English, the language staff read reviews in (the
 * schema's localizedText requires it; a test holds the two equal). Any other is the survey's choice,
 * and then complete.
 */
export const requiredLangs = ['en'] as const satisfies readonly Lang[];
