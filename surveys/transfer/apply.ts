// What the XLIFF and CSV imports share once they have read their file: each cell (one key in one
// language) is refused, left unchanged or applied on its own, so one bad row never stops the others.
import { draftLimits, type DraftText, type SurveyDraft } from '../draft.js';
import { findLanguage } from '../language-list.js';
import { isLang, langs, type Lang } from '../languages.js';
import { languageNames, lineBreakWarning, placeholderProblem } from './placeholders.js';
import { applyTexts, textSlots } from './texts.js';

export interface ImportRow {
  /** The CSV row as a spreadsheet numbers it (the header is 1), or the XLIFF unit's line. */
  row: number;
  key: string;
  lang: string;
  status: 'updated' | 'unchanged' | 'refused';
  /** Why the row was refused. */
  reason?: string;
  /** Something a reviewer should look at in a text that was still applied. */
  warning?: string;
}

export interface TextImport {
  /** The draft with every accepted text written in; the input draft is not changed. */
  draft: SurveyDraft;
  rows: ImportRow[];
  updated: number;
  refused: number;
}

/** One key in one language, as a file reader found it. */
export interface ImportCell {
  row: number;
  key: string;
  /** As the file names it: `es`, `es-MX` and `ES` are all Spanish. */
  lang: string;
  text: string;
  /** The source text the file was translated from (XLIFF), to notice it changed since the export. */
  source?: string;
  /** A reason the reader already has to refuse the cell (an inline code, a text not in UTF-8). */
  refused?: string;
}

/** The survey language a column or XLIFF tag names, in any case or region ("zh-hans", "es-MX"). */
export function languageOf(tag: string): Lang | undefined {
  const found = findLanguage(tag);
  return isLang(found) ? found : undefined;
}

// Survey texts are shown on web pages, where a line break is \n; spreadsheets and Windows tools
// write \r\n inside cells, which would otherwise read as a change to every multi-line text.
const normalizeBreaks = (text: string) => text.replace(/\r\n?/g, '\n');

/** The text others are checked against: the reference language's, else the first the key has. */
function referenceText(text: DraftText, reference: Lang): { text: string; lang: Lang } | undefined {
  for (const lang of [reference, ...langs]) {
    const t = text[lang];
    if (t?.trim()) return { text: t, lang };
  }
  return undefined;
}

/**
 * Applies what a file says to `draft`. `reference` is the language placeholders are checked against
 * (the XLIFF source language; English for the CSV). An empty cell leaves its text as it is.
 */
export function importCells(draft: SurveyDraft, cells: readonly ImportCell[], reference: Lang): TextImport {
  const slots = new Map(textSlots(draft).map((s) => [s.key, s]));
  const firstRow = new Map<string, number>();
  const writes = new Map<Lang, { key: string; text: string }[]>();
  const rows: ImportRow[] = [];

  for (const cell of cells) {
    const lang = languageOf(cell.lang);
    const base = { row: cell.row, key: cell.key, lang: lang ?? cell.lang };
    const refuse = (reason: string) => rows.push({ ...base, status: 'refused', reason });
    const slot = slots.get(cell.key);
    const text = normalizeBreaks(cell.text);
    if (!lang) {
      refuse(`unknown language ${JSON.stringify(cell.lang)}: a survey is written in ${langs.join(', ')}`);
      continue;
    }
    if (!slot) {
      refuse(
        `unknown key ${JSON.stringify(cell.key)}: no text of this survey has it (renamed or removed since the export?)`,
      );
      continue;
    }
    if (cell.refused) {
      refuse(cell.refused);
      continue;
    }
    if (!text.trim()) {
      rows.push({ ...base, status: 'unchanged' });
      continue;
    }
    if (!draft.languages.includes(lang)) {
      refuse(`the survey is not written in ${languageNames[lang]}: add it to the survey's languages first`);
      continue;
    }
    const seenAt = firstRow.get(`${lang} ${cell.key}`);
    if (seenAt !== undefined) {
      refuse(`${cell.key} in ${languageNames[lang]} is given again: only its first row (${seenAt}) is read`);
      continue;
    }
    firstRow.set(`${lang} ${cell.key}`, cell.row);
    if (text.length > draftLimits.textLength) {
      refuse(`${text.length} characters, over the limit of ${draftLimits.textLength}`);
      continue;
    }
    const current = (slot.holder[slot.field] as DraftText | undefined) ?? {};
    const ref = referenceText(current, reference);
    const problem = ref && placeholderProblem(ref.text, ref.lang, text);
    if (problem) {
      refuse(problem);
      continue;
    }
    if (current[lang] === text) {
      rows.push({ ...base, status: 'unchanged' });
      continue;
    }
    const warnings = [
      ref && ref.lang !== lang ? lineBreakWarning(ref.text, ref.lang, text) : undefined,
      cell.source !== undefined &&
      lang !== reference &&
      normalizeBreaks(cell.source) !== (current[reference] ?? '')
        ? `the ${languageNames[reference]} text changed since this file was exported: check the translation still fits`
        : undefined,
    ].filter((w) => w !== undefined);
    rows.push({ ...base, status: 'updated', ...(warnings.length && { warning: warnings.join('; ') }) });
    writes.set(lang, [...(writes.get(lang) ?? []), { key: cell.key, text }]);
  }

  let next = structuredClone(draft);
  for (const [lang, entries] of writes) next = applyTexts(next, lang, entries);
  return {
    draft: next,
    rows,
    updated: rows.filter((r) => r.status === 'updated').length,
    refused: rows.filter((r) => r.status === 'refused').length,
  };
}
