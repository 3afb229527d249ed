// What refuses a whole file, as opposed to one row of it. The server maps `code` to its error
// envelope (a 400/422 with the code and message); `details` lists a schema's issues with their paths.

export type TransferErrorCode =
  /** The file is not well-formed XML, or uses what an XLIFF file never needs (a DOCTYPE). */
  | 'BAD_XML'
  /** The CSV cannot be read as CSV (an unclosed quote, a missing key column). */
  | 'BAD_CSV'
  | 'BAD_JSON'
  /** Well-formed, but not a file this code writes (XLIFF 1.2, another JSON format, a newer version). */
  | 'UNSUPPORTED_FORMAT'
  /** The file belongs to another survey or version, or does not say which. */
  | 'SURVEY_MISMATCH'
  /** The file's target language is not one a survey can be written in. */
  | 'UNKNOWN_LANGUAGE'
  /** `applyTexts` was given a key no text of the draft has (imports refuse such a row instead). */
  | 'UNKNOWN_KEY'
  /** Two texts of the draft would share a key (two questions with one id): fix the draft first. */
  | 'DUPLICATE_KEY'
  /** A text holds characters XML 1.0 cannot carry. */
  | 'UNREPRESENTABLE_TEXT'
  /** A whole survey that its schema refuses; `details` has each issue. */
  | 'INVALID_SURVEY';

export interface TransferIssue {
  /** Where in the file, e.g. `survey.sections.0.questions.2.type`. */
  path: string;
  message: string;
}

export class TransferError extends Error {
  override readonly name = 'TransferError';
  constructor(
    readonly code: TransferErrorCode,
    message: string,
    readonly details?: TransferIssue[],
  ) {
    super(message);
  }
}
