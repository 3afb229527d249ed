// Translation and sharing: the texts for a translator (XLIFF per target language, or one CSV with a
// column per language), a translated file sent back with a report per row, and the whole survey as
// JSON for another partnership to import.
import type { Lang } from '../../../surveys/schema.ts';
import { Failed } from '../ui/status.tsx';
import { langNames } from './labels.ts';
import { useTextImport } from './use-text-import.ts';

const statusNames = { updated: 'updated', unchanged: 'unchanged', refused: 'refused' } as const;

export function Translation(p: {
  surveyId: string;
  languages: readonly Lang[];
  canWrite: boolean;
  save: () => Promise<boolean>;
  onImported: () => void;
}) {
  const base = `/api/surveys/${encodeURIComponent(p.surveyId)}`;
  const imp = useTextImport(p.surveyId, p.save, p.onImported);
  const targets = p.languages.filter((l) => l !== 'en');
  const r = imp.report;
  return (
    <>
      <section class="card" aria-labelledby="texts-h">
        <h2 id="texts-h">Texts for a translator</h2>
        <p>The English texts with their translations, keyed by question id, from the draft as last saved.</p>
        <ul>
          {targets.map((l) => (
            <li>
              <a href={`${base}/texts.xlf?lang=${l}`} download>
                XLIFF 2.0 for translating into {langNames[l]}
              </a>{' '}
              (for translation tools)
            </li>
          ))}
          <li>
            <a href={`${base}/texts.csv`} download>
              CSV with a column per language
            </a>{' '}
            (for a spreadsheet)
          </li>
        </ul>
      </section>
      {p.canWrite && (
        <form
          class="card"
          aria-labelledby="upload-h"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void imp.send();
          }}
        >
          <h2 id="upload-h">Send back a translated file</h2>
          <p class="hint">
            Your changes are saved first. Each text is checked on its own: unknown ids and missing
            placeholders are refused, the rest are written into the draft.
          </p>
          <div class="row">
            <div class="field">
              <label for="texts-file">XLIFF or CSV file</label>
              <input
                id="texts-file"
                type="file"
                accept=".xlf,.xliff,.csv,application/xliff+xml,text/csv"
                onChange={(e) => imp.setFile(e.currentTarget.files?.[0] ?? null)}
              />
            </div>
            <button type="submit" class="primary" disabled={!imp.file || imp.busy}>
              {imp.busy ? 'Sending…' : 'Send the file'}
            </button>
          </div>
          {imp.error && <Failed error={imp.error} />}
        </form>
      )}
      {r && (
        <section class="card" aria-labelledby="report-h">
          <h2 id="report-h">What the file changed</h2>
          <p role="status">
            {r.updated} updated, {r.rows.filter((x) => x.status === 'unchanged').length} unchanged,{' '}
            {r.refused} refused.
          </p>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Rows of the file">
            <table>
              <caption>Each row of the file</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Text</th>
                  <th scope="col">Language</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {r.rows.map((row) => (
                  <tr>
                    <td>{row.row}</td>
                    <td>
                      <code>{row.key}</code>
                    </td>
                    <td>{row.lang}</td>
                    <td class={row.status === 'refused' ? 'bad' : undefined}>
                      {statusNames[row.status]}
                      {row.reason && `: ${row.reason}`}
                      {row.warning && <p class="hint">{row.warning}</p>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section class="card" aria-labelledby="share-h">
        <h2 id="share-h">Share the survey</h2>
        <p>
          <a href={`${base}/export.json`} download>
            Download the survey as JSON
          </a>
          . Another partnership imports it on its Surveys screen as a new survey of its own.
        </p>
      </section>
    </>
  );
}
