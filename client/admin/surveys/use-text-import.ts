// Sending a translator's file back: the draft is saved first (the server writes the texts into the
// saved draft), then the file goes as its own bytes, and the answer reports each row.
import { useState } from 'preact/hooks';
import type { ImportRow } from '../../../surveys/transfer/index.ts';
import { ApiError, upload } from '../api.ts';

export interface TextReport {
  rows: ImportRow[];
  updated: number;
  refused: number;
}

/** The type the server reads the file as, from its name: XLIFF or CSV. */
export function fileType(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlf') || name.endsWith('.xliff')) return 'application/xliff+xml';
  if (name.endsWith('.csv')) return 'text/csv';
  return file.type || 'application/octet-stream';
}

export function useTextImport(surveyId: string, save: () => Promise<boolean>, onDone: () => void) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<TextReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function send() {
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      if (!(await save())) return;
      const out = await upload<{ report: TextReport }>(
        `/api/surveys/${encodeURIComponent(surveyId)}/texts`,
        file,
        fileType(file),
      );
      setReport(out.report);
      if (out.report.updated > 0) onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'ERROR', String(err)));
    } finally {
      setBusy(false);
    }
  }

  return { file, setFile, busy, report, error, send };
}
