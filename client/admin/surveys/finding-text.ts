// A finding of the checks in the staff member's language: its code's message in the checks area,
// filled from its params. The checks write English for API clients and the CLI; the editor words the
// same finding itself, and shows that English only for a code it has no words for (a newer server's)
// or params it cannot fill, never a blank.
import type { WordsOf } from '../../shared/i18n/areas.ts';
import { findingCodes, type Finding } from '../../../surveys/checks/index.ts';

/** How the params' tags read in a sentence: a language, a question type, a job-quality factor. */
export interface FindingNames {
  language(lang: string): string;
  type(type: string): string;
  factor(id: string): string;
}

export interface FindingText {
  text: string;
  /** False when `text` is the checks' own English. */
  worded: boolean;
}

const known = new Set<string>(findingCodes);

export function findingText(t: WordsOf<'checks'>, f: Finding, names: FindingNames): FindingText {
  if (!known.has(f.code) || !f.params) return { text: f.message, worded: false };
  const p = f.params;
  try {
    const text = t(f.code, {
      ...p,
      ...(typeof p.lang === 'string' && { language: names.language(p.lang) }),
      ...(typeof p.type === 'string' && { type: names.type(p.type) }),
      ...(typeof p.factor === 'string' && { label: names.factor(p.factor) }),
    });
    return { text, worded: true };
  } catch {
    // A param missing from an older server's finding: its English still says what is wrong.
    return { text: f.message, worded: false };
  }
}
