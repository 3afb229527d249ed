// Shorthand for the bank's data files, so each kind's alternatives read as a list of sentences. The
// question itself is built with the templates' own helpers and checked by the published schema.
import type { LocalizedText, Question } from '../schema.js';
import { agree } from '../templates/helpers.js';

/**
 * One alternative item: the question exactly as a survey gets it, and the short topic the editor lists
 * it under. Its id is kept by every survey that adds it, so an id is never reused for another meaning.
 */
export interface BankEntry {
  question: Question;
  topic: LocalizedText;
}

/** A maker of agree5 items scored into `dimension`, worded so that agreeing is the good end. */
export const scoredIn =
  (dimension: string) =>
  (id: string, topic: LocalizedText, text: LocalizedText, extra: Partial<Question> = {}): BankEntry => ({
    topic,
    question: agree(id, dimension, text, extra),
  });

/** An item outside every dimension (a count, a need, a yes or no), optional for the respondent. */
export const unscored = (topic: LocalizedText, question: Omit<Question, 'required'>): BankEntry => ({
  topic,
  question: { ...question, required: false },
});
