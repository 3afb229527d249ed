/**
 * Contact files on Node, for the CLI's import-contacts and the import benchmark (one code path, so
 * the bench measures what a person runs). CSV goes through the core import (the API route uses the
 * same), with a progress bar on a terminal; JSON is a list of the items the API's contact route takes.
 */
import { SingleBar } from 'cli-progress';
import { readFile } from 'node:fs/promises';
import type { Deps } from '../deps.ts';
import type { CsvImportReport } from '../partnerships/import-contract.ts';
import { importContacts, type ImportOptions } from '../partnerships/import.ts';

export interface ContactRow {
  row: number;
  item: unknown;
}

/** Bytes, not text: the import checks the encoding itself instead of letting bad bytes turn into �. */
export async function readContactFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT' ? `No such file: ${path}` : `Cannot read ${path} (${code ?? 'error'}).`,
    );
  }
}

/** Imports a CSV file; shows progress only where a person watches (stdout is a terminal). */
export async function importCsvFile(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>,
  partnershipId: string,
  path: string,
  options: Omit<ImportOptions, 'onProgress'> = {},
  progress = process.stdout.isTTY === true,
): Promise<CsvImportReport> {
  const bytes = await readContactFile(path);
  if (!progress) return importContacts(deps, partnershipId, bytes, options);
  const bar = new SingleBar({
    format: '{phase} |{bar}| {value}/{total}',
    stream: process.stdout,
    clearOnComplete: true,
    hideCursor: true,
  });
  let phase = '';
  try {
    return await importContacts(deps, partnershipId, bytes, {
      ...options,
      onProgress: (p) => {
        const label = p.phase === 'checking' ? 'checking rows ' : 'writing       ';
        if (label !== phase) {
          if (phase) bar.stop();
          bar.start(p.total, p.done, { phase: label });
          phase = label;
        } else bar.update(p.done);
      },
    });
  } finally {
    bar.stop();
  }
}

/** `--map "Cell=phone"` options as a mapping; a header may itself hold "=", a target never does. */
export function mappingFromArgs(args: string[]): Record<string, string> {
  return Object.fromEntries(
    args.map((m) => [m.slice(0, m.lastIndexOf('=')), m.slice(m.lastIndexOf('=') + 1)]),
  );
}

/** The report as lines for a terminal: a summary, notes, then every merged, warned and refused row in order. */
export function csvReportLines(report: CsvImportReport): string[] {
  const s = report.summary;
  const lines = [
    ...(report.dryRun ? ['dry run: nothing was written'] : []),
    `columns: ${report.columns.map((c) => `${c.header || `(column ${c.index + 1})`} → ${c.target}`).join(', ')}`,
    `added ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, merged ${s.merged}, rejected ${s.rejected} (${s.rows} ${s.rows === 1 ? 'row' : 'rows'})`,
    ...report.notes.map((n) => `note: ${n}`),
  ];
  const byRow: { row: number; line: string }[] = [
    ...report.merged.map((m) => ({
      row: m.row,
      line: `row ${m.row}: same ${m.by} as row ${m.into}, merged into it`,
    })),
    ...[
      ...report.warnings.map((w) => ({ ...w, message: `warning: ${w.message}` })),
      ...report.rejected,
    ].map((r) => {
      const where = [r.field, r.column && r.column !== r.field ? `(${r.column})` : '']
        .filter(Boolean)
        .join(' ');
      return {
        row: r.row,
        line: where ? `row ${r.row}: ${where}: ${r.message}` : `row ${r.row}: ${r.message}`,
      };
    }),
  ];
  byRow.sort((a, b) => a.row - b.row);
  return [...lines, ...byRow.map((r) => r.line)];
}

/** A JSON array of contact objects, or `{ "contacts": [...] }` as the API also accepts. */
export function contactsFromJson(text: string, defaults: { kind?: string } = {}): ContactRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new Error(`The file is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  const list = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === 'object' && Array.isArray((parsed as { contacts?: unknown }).contacts)
      ? (parsed as { contacts: unknown[] }).contacts
      : null;
  if (!list) throw new Error('The JSON file must hold an array of contacts.');
  return list.map((item, row) => {
    const withKind =
      defaults.kind && item && typeof item === 'object' && !('kind' in item)
        ? { ...item, kind: defaults.kind }
        : item;
    return { row, item: withKind as unknown };
  });
}
