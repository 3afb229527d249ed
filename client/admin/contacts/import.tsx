// CSV import: choose a file, check it (dry run), adjust the column mapping, then import.
import { type ContactKind } from '../../../server/partnerships/contract.ts';
import { importFields } from '../../../server/partnerships/import-contract.ts';
import { useSession } from '../use-session.ts';
import { Failed } from '../ui/status.tsx';
import { Preview, Rejected, Summary, Warnings } from './report.tsx';
import { useImport } from './use-import.ts';

const targets = ['ignore', ...importFields];

export default function Import() {
  const { current } = useSession();
  const imp = useImport(current?.id ?? '');
  const { state } = imp;
  if (!current) return <h1 tabIndex={-1}>Start a partnership first</h1>;
  const report = state.done ?? state.dryRun;
  return (
    <>
      <h1 tabIndex={-1}>Import contacts</h1>
      <p>
        A CSV file saved as “CSV UTF-8”, with a header row. Columns are recognised by name in English or
        Spanish (name, email, phone, language, organization, smsConsent); a language is known by its code,
        English or native name (vi, Vietnamese, Tiếng Việt); other columns become attributes such as
        occupation. Only a consent column gives SMS consent. Nothing is written until you confirm.
      </p>
      <form
        class="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          imp.check();
        }}
      >
        <div class="row">
          <div class="field">
            <label for="csv">CSV file</label>
            <input
              id="csv"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => imp.choose(e.currentTarget.files?.[0] ?? null)}
            />
          </div>
          <div class="field">
            <label for="default-kind">Kind for rows without one</label>
            <select
              id="default-kind"
              value={state.kind}
              onChange={(e) => imp.setKind(e.currentTarget.value as ContactKind)}
            >
              <option value="worker">Worker</option>
              <option value="employer">Employer contact</option>
              <option value="partner">Partner contact</option>
            </select>
          </div>
          <button type="submit" class="primary" disabled={!state.file || state.busy !== null}>
            Check the file
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite">
        {state.busy === 'checking' && 'Checking the file…'}
        {state.busy === 'importing' && 'Importing… this takes a moment for a large file.'}
      </p>
      {state.error && <Failed error={state.error} />}
      {state.done && (
        <section class="card" aria-labelledby="done-h">
          <h2 id="done-h">Imported</h2>
          <Summary report={state.done} />
          <Warnings report={state.done} />
          <Rejected report={state.done} />
          <p>
            <a href="/admin/contacts">See the contacts</a>
          </p>
        </section>
      )}
      {report && !state.done && (
        <section class="card" aria-labelledby="check-h">
          <h2 id="check-h">What the import would do</h2>
          <Summary report={report} />
          <h3>Columns</h3>
          <div class="table-wrap">
            <table>
              <caption class="sr-only">Column mapping</caption>
              <thead>
                <tr>
                  <th scope="col">Column in the file</th>
                  <th scope="col">Goes into</th>
                </tr>
              </thead>
              <tbody>
                {report.columns.map((c) => (
                  <tr>
                    <th scope="row">{c.header}</th>
                    <td>
                      <label class="sr-only" for={`map-${c.index}`}>
                        Field for column {c.header}
                      </label>
                      <select
                        id={`map-${c.index}`}
                        value={c.target}
                        onChange={(e) => imp.map(c.header, e.currentTarget.value)}
                        disabled={state.busy !== null}
                      >
                        {[...new Set([...targets, state.detected[c.header] ?? c.target, c.target])].map(
                          (t) => (
                            <option value={t}>{t}</option>
                          ),
                        )}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Preview</h3>
          <Preview report={report} />
          {report.warnings.length > 0 && <h3>Rows kept with a warning</h3>}
          <Warnings report={report} />
          <h3>Refused rows</h3>
          <Rejected report={report} />
          <div class="actions">
            <button type="button" class="primary" onClick={imp.commit} disabled={state.busy !== null}>
              Import {report.summary.created + report.summary.updated} contacts
            </button>
          </div>
        </section>
      )}
    </>
  );
}
