// A CSV import in two passes, as the API offers it: a dry run that reports what would happen, then
// the same file and mapping for real. The file is kept in memory between them.
import { useState } from 'preact/hooks';
import type { z } from 'zod';
import { type ContactKind } from '../../../server/partnerships/contract.ts';
import {
  columnMapping,
  type CsvImportReport,
  type importQuery,
} from '../../../server/partnerships/import-contract.ts';
import { ApiError, upload } from '../api.ts';

export interface ImportState {
  file: File | null;
  kind: ContactKind;
  mapping: Record<string, string>;
  dryRun: CsvImportReport | null;
  done: CsvImportReport | null;
  /** Where each column went before any change: a column set to "ignore" can be put back. */
  detected: Record<string, string>;
  busy: 'checking' | 'importing' | null;
  error: ApiError | null;
}

export function useImport(partnershipId: string) {
  const [s, setS] = useState<ImportState>({
    file: null,
    kind: 'worker',
    mapping: {},
    dryRun: null,
    done: null,
    detected: {},
    busy: null,
    error: null,
  });

  async function send(dryRun: boolean, state: ImportState) {
    if (!state.file) return;
    const parsed = columnMapping.safeParse(state.mapping);
    if (!parsed.success) {
      setS({ ...state, error: new ApiError(422, 'VALIDATION_FAILED', parsed.error.issues[0]!.message) });
      return;
    }
    const query: z.input<typeof importQuery> = {
      kind: state.kind,
      preview: '20',
      ...(dryRun && { dryRun: '1' }),
      ...(Object.keys(parsed.data).length && { mapping: JSON.stringify(parsed.data) }),
    };
    setS({ ...state, busy: dryRun ? 'checking' : 'importing', error: null });
    try {
      const report = await upload<CsvImportReport>(
        `/api/partnerships/${partnershipId}/contacts/import?${new URLSearchParams(query as Record<string, string>)}`,
        state.file,
        'text/csv',
      );
      const detected = Object.keys(state.mapping).length === 0 && dryRun ? report.mapping : state.detected;
      setS({
        ...state,
        busy: null,
        error: null,
        detected,
        ...(dryRun ? { dryRun: report, done: null } : { done: report }),
      });
    } catch (err) {
      setS({ ...state, busy: null, error: err as ApiError });
    }
  }

  return {
    state: s,
    choose: (file: File | null) =>
      setS({ ...s, file, mapping: {}, detected: {}, dryRun: null, done: null, error: null }),
    setKind: (kind: ContactKind) => setS({ ...s, kind, dryRun: null }),
    /** A changed column sends a fresh dry run, so the preview always matches the mapping. */
    map: (header: string, target: string) =>
      void send(true, { ...s, mapping: { ...s.mapping, [header]: target } }),
    check: () => void send(true, s),
    commit: () => void send(false, s),
  };
}
