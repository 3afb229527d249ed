// A survey shared by another partnership, as the JSON file its editor downloads: checked by the same
// schema on the server, and made a new survey of this partnership's own under the name given (the
// file's title is offered).
import { useState } from 'preact/hooks';
import { ApiError, read, server } from '../api.ts';
import { navigate } from '../router.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { useWords } from '../i18n/use-locale.ts';

/** The English title a survey file carries, to offer as the new survey's name. */
function titleOf(text: string): string {
  try {
    const title = (JSON.parse(text) as { survey?: { title?: { en?: unknown } } }).survey?.title?.en;
    return typeof title === 'string' ? title.slice(0, 120) : '';
  } catch {
    return '';
  }
}

/** Each issue the server found in the file, with where it is ("survey.sections.0.title"). */
function issuesOf(e: ApiError): string[] {
  const issues = (e.details as { issues?: { path?: string; message?: string }[] } | undefined)?.issues;
  return Array.isArray(issues) ? issues.map((i) => `${i.path ?? ''}: ${i.message ?? ''}`) : [];
}

export function ImportSurvey({ partnershipId }: { partnershipId: string }) {
  const t = useWords('surveys');
  const [content, setContent] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function choose(file: File | undefined) {
    setError(null);
    const text = file ? await file.text() : null;
    setContent(text);
    if (text && !name.trim()) setName(titleOf(text));
  }

  async function send(e: Event) {
    e.preventDefault();
    if (!content) return;
    setBusy(true);
    setError(null);
    try {
      const out = await read(
        server.api.partnerships[':id'].surveys.import.$post({
          param: { id: partnershipId },
          json: { name, content },
        }),
      );
      navigate(`/admin/surveys/${encodeURIComponent(out.survey.id)}`);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'ERROR', String(err)));
    } finally {
      setBusy(false);
    }
  }

  const issues = error ? issuesOf(error) : [];
  return (
    <form class="card" onSubmit={send} noValidate aria-labelledby="import-survey-h">
      <h2 id="import-survey-h">{t('importSurvey')}</h2>
      <p class="hint">{t('importHint')}</p>
      <FormMessage message={error?.message ?? null} />
      {issues.length > 0 && (
        <ul class="findings">
          {issues.map((i) => (
            <li class="finding blocking">{i}</li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for="survey-file">{t('surveyFile')}</label>
        <input
          id="survey-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </div>
      <TextField
        id="import-name"
        label={t('name')}
        hint={t('importNameHint')}
        value={name}
        onValue={setName}
        error={error?.fields.name}
        autoComplete="off"
      />
      <button type="submit" disabled={!content || !name.trim() || busy}>
        {busy ? t('importing') : t('importIt')}
      </button>
    </form>
  );
}
