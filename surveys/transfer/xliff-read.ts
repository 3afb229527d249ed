// Reading a translator's XLIFF 2.0 file back: the file must be for this survey and version, each
// unit's target is one cell for the shared import, and whatever a CAT tool may legitimately do to the
// file (split segments, add annotations, reformat, group units) reads the same.
import type { SurveyDraft } from '../draft.js';
import { importCells, languageOf, type ImportCell, type TextImport } from './apply.js';
import { TransferError } from './errors.js';
import { metaCategory } from './xliff.js';
import { attrOf, childrenOf, elementsOf, lineOf, parseXml, plainText, tagOf, type XmlNode } from './xml.js';

/** The key a unit id stands for (the inverse of the export's escaping). */
const keyOf = (id: string) =>
  id.replace(/:([0-9a-f]{1,6}):/g, (_, hex: string) => {
    const code = parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });

/** The survey id and version a <file> says it holds, or SURVEY_MISMATCH. */
function checkSurvey(draft: SurveyDraft, file: XmlNode): void {
  const groups = elementsOf(childrenOf(file), 'metadata').flatMap((m) =>
    elementsOf(childrenOf(m), 'metaGroup'),
  );
  const ours = groups.find((g) => attrOf(g, 'category') === metaCategory);
  const meta = (type: string) => {
    const found = elementsOf(ours ? childrenOf(ours) : [], 'meta').find((m) => attrOf(m, 'type') === type);
    const text = found && plainText(childrenOf(found));
    return text && 'text' in text ? text.text.trim() : undefined;
  };
  const id = meta('id');
  const version = meta('version');
  if (id === undefined || version === undefined) {
    throw new TransferError(
      'SURVEY_MISMATCH',
      'The file does not say which survey it is for (its survey metadata is missing): export the texts again.',
    );
  }
  if (id !== draft.id || version !== String(draft.version)) {
    throw new TransferError(
      'SURVEY_MISMATCH',
      `The file is for survey ${id} version ${version}, not ${draft.id} version ${draft.version}.`,
    );
  }
}

/** One cell per unit: its target text, joined over segments as XLIFF 2.0 defines a unit's text. */
function unitCell(unit: XmlNode, xml: string, lang: string): ImportCell {
  let source = '';
  let target = '';
  let refused: string | undefined;
  const parts = childrenOf(unit).filter((n) => ['segment', 'ignorable'].includes(tagOf(n)));
  const withTarget = parts.filter((p) => elementsOf(childrenOf(p), 'target').length);
  for (const part of parts) {
    const read = (name: string) => {
      const el = elementsOf(childrenOf(part), name)[0];
      const text = el ? plainText(childrenOf(el)) : undefined;
      if (text && 'refused' in text) refused ??= text.refused;
      return text && 'text' in text ? text.text : undefined;
    };
    const src = read('source') ?? '';
    source += src;
    // An ignorable without a target stands for itself in the translation.
    target += read('target') ?? (tagOf(part) === 'ignorable' ? src : '');
  }
  const segments = parts.filter((p) => tagOf(p) === 'segment').length;
  if (withTarget.length && withTarget.filter((p) => tagOf(p) === 'segment').length < segments) {
    refused ??= 'only part of the text is translated (a segment has no target)';
  }
  const id = attrOf(unit, 'id') ?? '';
  return {
    row: lineOf(unit, xml),
    key: keyOf(id),
    lang,
    text: withTarget.length ? target : '',
    source,
    ...(refused && { refused }),
  };
}

function units(nodes: readonly XmlNode[]): XmlNode[] {
  return nodes.flatMap((n) => (tagOf(n) === 'unit' ? [n] : tagOf(n) === 'group' ? units(childrenOf(n)) : []));
}

/**
 * Reads a translator's XLIFF 2.0 file back into `draft`: each unit's target in the file's target
 * language, refused or applied unit by unit. A file that is not XML, not XLIFF 2, or for another
 * survey or version throws a TransferError.
 */
export function importXliff(draft: SurveyDraft, xml: string): TextImport {
  const text = xml.replace(/^\uFEFF/, '');
  const root = elementsOf(parseXml(text), 'xliff')[0];
  if (!root) throw new TransferError('UNSUPPORTED_FORMAT', 'This is XML but not an XLIFF file.');
  const version = attrOf(root, 'version') ?? '';
  if (!/^2\.\d+$/.test(version)) {
    throw new TransferError(
      'UNSUPPORTED_FORMAT',
      `This is XLIFF ${version || 'without a version'}; the import reads XLIFF 2, as the export writes it.`,
    );
  }
  const srcLang = languageOf(attrOf(root, 'srcLang') ?? '');
  const trgLang = attrOf(root, 'trgLang') ?? '';
  if (!srcLang || !languageOf(trgLang)) {
    throw new TransferError(
      'UNKNOWN_LANGUAGE',
      `The file translates ${attrOf(root, 'srcLang') ?? '?'} into ${trgLang || '?'}; a survey is written in en and es.`,
    );
  }
  const files = elementsOf(childrenOf(root), 'file');
  if (!files.length) throw new TransferError('UNSUPPORTED_FORMAT', 'The XLIFF file has no <file>.');
  for (const file of files) checkSurvey(draft, file);
  const cells = files.flatMap((f) => units(childrenOf(f)).map((u) => unitCell(u, text, trgLang)));
  return importCells(draft, cells, srcLang);
}
