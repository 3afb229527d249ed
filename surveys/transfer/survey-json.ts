// A whole survey as a file one partnership gives another. The envelope names the format and its
// version, so a later change of shape can still read old files and refuses files from a newer release
// instead of guessing. The receiving server gives the draft its own id and version.
import type { z } from 'zod';
import { surveyDraft, type DraftText, type SurveyDraft } from '../draft.js';
import { TransferError, type TransferIssue } from './errors.js';
import { orderedText } from './texts.js';

export const surveyFileFormat = 'sector-voice/survey';
export const surveyFileFormatVersion = 1;

function issues(error: z.ZodError, prefix: string): TransferIssue[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].join('.'), message: i.message }));
}

function invalid(error: z.ZodError, prefix: string): TransferError {
  const found = issues(error, prefix);
  const first = found[0];
  const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
  return new TransferError(
    'INVALID_SURVEY',
    `The survey is not valid: ${first?.path}: ${first?.message}${more}.`,
    found,
  );
}

// zod gives objects in schema order but a record in its input's order; languages go in one order too.
function withOrderedTexts(d: SurveyDraft): SurveyDraft {
  const text = (t: DraftText) => orderedText(t);
  const maybe = (t: DraftText | undefined) => (t ? orderedText(t) : undefined);
  return {
    ...d,
    title: text(d.title),
    intro: text(d.intro),
    dimensions: d.dimensions.map((dim) => ({ ...dim, label: text(dim.label) })),
    sections: d.sections.map((s) => ({
      ...s,
      title: text(s.title),
      intro: maybe(s.intro),
      questions: s.questions.map((q) => ({
        ...q,
        text: text(q.text),
        help: maybe(q.help),
        options: q.options?.map((o) => ({ ...o, label: text(o.label) })),
      })),
    })),
  };
}

/**
 * `draft` as a pretty-printed JSON file, `{ format, formatVersion, survey }`, with members in the
 * schema's order, so two exports of the same survey are the same text. An invalid draft throws.
 */
export function exportSurveyJson(draft: SurveyDraft): string {
  const parsed = surveyDraft.safeParse(draft);
  if (!parsed.success) throw invalid(parsed.error, 'survey');
  const file = {
    format: surveyFileFormat,
    formatVersion: surveyFileFormatVersion,
    survey: withOrderedTexts(parsed.data),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The draft in a survey file, checked by the draft schema. Throws BAD_JSON, UNSUPPORTED_FORMAT (another
 * format, or a newer format version) or INVALID_SURVEY with every issue and its path.
 */
export function importSurveyJson(text: string): SurveyDraft {
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new TransferError(
      'BAD_JSON',
      `The file is not JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const envelope = (file ?? {}) as Record<string, unknown>;
  if (typeof file !== 'object' || Array.isArray(file) || envelope.format !== surveyFileFormat) {
    throw new TransferError(
      'UNSUPPORTED_FORMAT',
      `The file is not a survey file (its "format" is not "${surveyFileFormat}").`,
    );
  }
  const version = envelope.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new TransferError('UNSUPPORTED_FORMAT', 'The survey file has no valid "formatVersion".');
  }
  if (version > surveyFileFormatVersion) {
    throw new TransferError(
      'UNSUPPORTED_FORMAT',
      `The survey file is format version ${version}, written by a newer release; this one reads version ${surveyFileFormatVersion}.`,
    );
  }
  const parsed = surveyDraft.safeParse(envelope.survey);
  if (!parsed.success) throw invalid(parsed.error, 'survey');
  return parsed.data;
}
