// Shorthand for writing templates, so one survey fits in one readable file. Nothing here adds rules:
// the zod schema checks the result.
import type { Dimension, LocalizedText, Option, Question } from '../schema.js';

/** A text in English and Spanish. */
export const t = (en: string, es: string): LocalizedText => ({ en, es });

/** A choice for a single or multi question. */
export const opt = (value: string, en: string, es: string): Option => ({ value, label: { en, es } });

/** A required agree5 item scored into `dimension`, worded so that agreeing is the good end. */
export const agree = (
  id: string,
  dimension: string,
  text: LocalizedText,
  extra: Partial<Question> = {},
): Question => ({ id, type: 'agree5', required: true, dimension, text, ...extra });

/** A scored dimension of the template. */
export const dim = (id: string, label: LocalizedText): Dimension => ({ id, label });
