// What every check returns. A finding points into the draft the way a zod issue does, so the editor puts
// it beside the field it concerns and the property test can hold it against the schema's own issues.
import { languageOf } from '../language-list.js';
import type { Lang } from '../schema.js';

/** Blocking findings refuse publishing; warnings and notes are advice the editor shows beside the item. */
export type Severity = 'blocking' | 'warning' | 'note';

export type Path = (string | number)[];

export interface Finding {
  /** SCREAMING_SNAKE, stable: the editor and tests key on it (MISSING_TEXT, SHOW_IF_LATER, ...). */
  code: string;
  severity: Severity;
  /** Into the draft, like a zod path: ['sections', 0, 'questions', 2, 'text', 'es']. */
  path: Path;
  questionId?: string;
  sectionId?: string;
  lang?: Lang;
  /** Plain English for staff: what is wrong and how to fix it. */
  message: string;
}

/** Where a finding sits, as the members of Finding besides code, severity and message. */
export type Place = Pick<Finding, 'path' | 'questionId' | 'sectionId' | 'lang'>;

export const blocking = (code: string, place: Place, message: string): Finding => ({
  code,
  severity: 'blocking',
  ...place,
  message,
});

export const warning = (code: string, place: Place, message: string): Finding => ({
  code,
  severity: 'warning',
  ...place,
  message,
});

export const note = (code: string, place: Place, message: string): Finding => ({
  code,
  severity: 'note',
  ...place,
  message,
});

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
