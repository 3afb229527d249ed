// CSV import: choose a file, check it (dry run), adjust the column mapping, then import.
import { type ContactKind } from '../../../server/partnerships/contract.ts';
import { importFields } from '../../../server/partnerships/import-contract.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useSession } from '../use-session.ts';
import { Failed } from '../ui/status.tsx';
import { Preview, Rejected, Summary, Warnings } from './report.tsx';
import { useImport } from './use-import.ts';

const targets = ['ignore', ...importFields];
const attributePrefix = 'attributes.';

export default function Import() {
  const { current } = useSession();
  const t = useWords('contacts');
  const imp = useImport(current?.id ?? '');
  const { state } = imp;
  if (!current) return <h1 tabIndex={-1}>{t('startFirst')}</h1>;
  const report = state.done ?? state.dryRun;
  // The option's value is what the API takes; its text says it in the staff member's words.
  const targetLabel = (target: string) =>
    target.startsWith(attributePrefix)
      ? t('attributeTarget', { name: target.slice(attributePrefix.length) })
      : t('target', { target });
  return (
    <>
      <h1 tabIndex={-1}>{t('importContacts')}</h1>
      <p>{t('importIntro')}</p>
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
            <label for="csv">{t('csvFile')}</label>
            <input
              id="csv"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => imp.choose(e.currentTarget.files?.[0] ?? null)}
            />
          </div>
          <div class="field">
            <label for="default-kind">{t('defaultKind')}</label>
            <select
              id="default-kind"
              value={state.kind}
              onChange={(e) => imp.setKind(e.currentTarget.value as ContactKind)}
            >
              <option value="worker">{t('worker')}</option>
              <option value="employer">{t('employerContact')}</option>
              <option value="partner">{t('partnerContact')}</option>
            </select>
          </div>
          <button type="submit" class="primary" disabled={!state.file || state.busy !== null}>
            {t('checkFile')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite">
        {state.busy === 'checking' && t('checking')}
        {state.busy === 'importing' && t('importing')}
      </p>
      {state.error && <Failed error={state.error} />}
      {state.done && (
        <section class="card" aria-labelledby="done-h">
          <h2 id="done-h">{t('imported')}</h2>
          <Summary report={state.done} />
          <Warnings report={state.done} />
          <Rejected report={state.done} />
          <p>
            <a href="/admin/contacts">{t('seeContacts')}</a>
          </p>
        </section>
      )}
      {report && !state.done && (
        <section class="card" aria-labelledby="check-h">
          <h2 id="check-h">{t('wouldDo')}</h2>
          <Summary report={report} />
          <h3>{t('columns')}</h3>
          <div class="table-wrap">
            <table>
              <caption class="sr-only">{t('columnMapping')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columnInFile')}</th>
                  <th scope="col">{t('goesInto')}</th>
                </tr>
              </thead>
              <tbody>
                {report.columns.map((c) => (
                  <tr>
                    <th scope="row">{c.header}</th>
                    <td>
                      <label class="sr-only" for={`map-${c.index}`}>
                        {t('fieldFor', { header: c.header })}
                      </label>
                      <select
                        id={`map-${c.index}`}
                        value={c.target}
                        onChange={(e) => imp.map(c.header, e.currentTarget.value)}
                        disabled={state.busy !== null}
                      >
                        {[...new Set([...targets, state.detected[c.header] ?? c.target, c.target])].map(
                          (target) => (
                            <option value={target}>{targetLabel(target)}</option>
                          ),
                        )}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('preview')}</h3>
          <Preview report={report} />
          {report.warnings.length > 0 && <h3>{t('rowsWarned')}</h3>}
          <Warnings report={report} />
          <h3>{t('refusedRows')}</h3>
          <Rejected report={report} />
          <div class="actions">
            <button type="button" class="primary" onClick={imp.commit} disabled={state.busy !== null}>
              {t('importN', { n: report.summary.created + report.summary.updated })}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
