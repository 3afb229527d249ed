// A survey shared by another partnership, as the JSON file its editor downloads: checked by the same
// schema, and made a new survey of this partnership's own.
import { useState } from 'preact/hooks';
import type { OwnSurvey } from '../../../server/surveys/contract.ts';
import { ApiError, upload } from '../api.ts';
import { navigate } from '../router.ts';
import { Failed } from '../ui/status.tsx';

export function ImportSurvey({ partnershipId }: { partnershipId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function send(e: Event) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const out = await upload<{ survey: OwnSurvey }>(
        `/api/partnerships/${encodeURIComponent(partnershipId)}/surveys/import`,
        file,
        'application/json',
      );
      navigate(`/admin/surveys/${encodeURIComponent(out.survey.id)}`);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'ERROR', String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={send} noValidate aria-labelledby="import-survey-h">
      <h2 id="import-survey-h">Import a survey</h2>
      <p class="hint">A survey file another partnership downloaded from its editor (JSON).</p>
      <div class="row">
        <div class="field">
          <label for="survey-file">Survey file</label>
          <input
            id="survey-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" disabled={!file || busy}>
          {busy ? 'Importing…' : 'Import it'}
        </button>
      </div>
      {error && <Failed error={error} />}
    </form>
  );
}
