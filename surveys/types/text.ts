// Free text, at most `maxLength` characters. A review never counts it; it reads as masked comments.
import { byLang } from '../languages.js';
import { invalid, one, type AnswerType, type QuestionTypeModule } from './module.js';

export const defaultTextMaxLength = 500;

const maxLengthOf = (q: { maxLength?: number | undefined }) => q.maxLength ?? defaultTextMaxLength;

export const textAnswer: AnswerType = {
  values: () => [],
  check(q, raw) {
    if (typeof raw !== 'string') return invalid;
    const max = maxLengthOf(q);
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
  },
  // Kept as typed: spaces and line breaks inside are the respondent's, and `check` trims the ends.
  fromForm: (posted) => one(posted, (s) => s),
};

export const text: QuestionTypeModule = {
  type: 'text',
  kind: 'text',
  multiple: false,
  answer: textAnswer,
  rules: { options: false, max: false, maxLength: true, reverse: false, dimension: false },
  // Nothing can follow a free-text answer: no value of it is predictable.
  possible: () => false,
  // Lone surrogates: JSON writes each as a six-byte escape, the most any character can take.
  longest: (q) => '\ud800'.repeat(maxLengthOf(q)),
  score: () => null,
  figures: { distribution: false, measures: [], breakdown: false },
  labels: /* @__PURE__ */ byLang(() => ({})),
};
