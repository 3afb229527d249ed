// XLIFF 2.0 core, the interchange format CAT tools open: one <unit> per text, its id the text's key,
// the translator's help as <notes>, and the survey's id and version in the metadata module so a file
// meant for another survey (or an older draft) is refused whole. Reading it back is xliff-read.ts.
import { XMLBuilder } from 'fast-xml-parser';
import type { SurveyDraft } from '../draft.js';
import type { Lang } from '../schema.js';
import { TransferError } from './errors.js';
import { languageNames, placeholders } from './placeholders.js';
import { surveyTexts } from './texts.js';
import { xmlChar } from './xml.js';

const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0';
const metadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0';
/** The metadata group holding the survey's id and version. */
export const metaCategory = 'sector-voice-survey';

// A unit id is an XML NMTOKEN; draft ids are loose until the checks pass, so anything else is written
// as :hex: (the colon itself included), which `keyOf` reads back to the same key.
const unitId = (key: string) =>
  key.replace(/[^A-Za-z0-9._-]/gu, (c) => `:${c.codePointAt(0)!.toString(16)}:`);

// xml:space="preserve" keeps a text's leading spaces and line breaks through tools that reformat.
const content = (text: string) => ({ '@_xml:space': 'preserve', '#text': text });

function checkedText(key: string, text: string): string {
  if (!xmlChar.test(text)) {
    throw new TransferError(
      'UNREPRESENTABLE_TEXT',
      `The text ${key} holds a control character XML cannot carry: remove it first.`,
    );
  }
  return text;
}

/**
 * The draft's texts for a translator into `target`, as XLIFF 2.0. A text already translated goes out
 * with its target (state "translated"); one not yet translated has no <target>, which CAT tools read as
 * still to do, where an empty one may read as translated to nothing.
 */
export function exportXliff(draft: SurveyDraft, target: Lang, source: Lang = 'en'): string {
  if (target === source)
    throw new TransferError('UNKNOWN_LANGUAGE', 'The source and target languages must differ.');
  const units = surveyTexts(draft).map((entry) => {
    const src = checkedText(entry.key, entry.texts[source] ?? '');
    const tgt = checkedText(entry.key, entry.texts[target] ?? '');
    const tokens = placeholders(src);
    const notes = [
      { '@_category': 'context', '#text': entry.context },
      ...(tokens.length
        ? [
            {
              '@_category': 'placeholders',
              '#text': `Keep ${tokens.join(', ')} exactly as written: it is filled in when the survey is shown.`,
            },
          ]
        : []),
    ];
    return {
      '@_id': unitId(entry.key),
      notes: { note: notes },
      segment: {
        '@_state': tgt ? 'translated' : 'initial',
        source: content(src),
        ...(tgt && { target: content(tgt) }),
      },
    };
  });
  const title = draft.title[source] ?? draft.title.en ?? draft.id;
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': xliffNamespace,
      '@_xmlns:mda': metadataNamespace,
      '@_version': '2.0',
      '@_srcLang': source,
      '@_trgLang': target,
      file: {
        '@_id': 'survey',
        '@_canResegment': 'no',
        'mda:metadata': {
          'mda:metaGroup': {
            '@_category': metaCategory,
            'mda:meta': [
              { '@_type': 'id', '#text': draft.id },
              { '@_type': 'version', '#text': String(draft.version) },
            ],
          },
        },
        notes: {
          note: {
            '@_category': 'survey',
            '#text': `Survey "${title}" (${draft.id}, version ${draft.version}) from ${languageNames[source]} into ${languageNames[target]}. Keep each {…} token exactly as written.`,
          },
        },
        unit: units,
      },
    },
  });
}
