// What an import did or would do: the summary, the first contacts, and every refused row and why.
import type { CsvImportReport } from '../../../server/partnerships/import-contract.ts';
import { useWords } from '../i18n/use-locale.ts';
import { importText, type Said } from './import-text.ts';
import { languageLabel } from './language-label.ts';

export function Summary({ report }: { report: CsvImportReport }) {
  const t = useWords('contacts');
  return (
    <div>
      <p role="status" class="import-summary">
        {t(report.dryRun ? 'summaryDryRun' : 'summaryDone', report.summary)}
      </p>
      {report.notes.length > 0 && (
        <ul>
          {report.notes.map((message, i) => (
            <li>
              {/* An older server sends no codes: its English shows. */}
              <Worded t={t} kind="note" said={{ code: '', ...report.noteCodes?.[i], message }} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Rejected({ report }: { report: CsvImportReport }) {
  const t = useWords('contacts');
  if (report.rejected.length === 0) return <p>{t('noneRefused')}</p>;
  return <Issues issues={report.rejected} caption={t('refusedCaption')} />;
}

/** Rows kept with a guess (a language we do not know gets the fallback language): worth a look. */
export function Warnings({ report }: { report: CsvImportReport }) {
  const t = useWords('contacts');
  if (report.warnings.length === 0) return null;
  return <Issues issues={report.warnings} caption={t('warnedCaption')} head={t('warning')} />;
}

/** The server's words for a row or a note, in the staff member's language when they have a code. */
function Worded(props: { t: ReturnType<typeof useWords<'contacts'>>; kind: 'issue' | 'note'; said: Said }) {
  const said = importText(props.t, props.kind, props.said);
  return said.worded ? <>{said.text}</> : <span lang="en">{said.text}</span>;
}

function Issues(props: { issues: CsvImportReport['rejected']; caption: string; head?: string }) {
  const t = useWords('contacts');
  return (
    <div class="table-wrap">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('row')}
            </th>
            <th scope="col">{t('column')}</th>
            <th scope="col">{props.head ?? t('problem')}</th>
          </tr>
        </thead>
        <tbody>
          {props.issues.map((r) => (
            <tr>
              <td class="num">{r.row}</td>
              <td>{r.column ?? r.field ?? ''}</td>
              <td>
                <Worded t={t} kind="issue" said={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Preview({ report }: { report: CsvImportReport }) {
  const t = useWords('contacts');
  if (report.preview.length === 0) return null;
  return (
    <div class="table-wrap">
      <table>
        <caption>{t('previewCaption', { dryRun: report.dryRun ? 'yes' : 'no' })}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('row')}
            </th>
            <th scope="col">{t('action')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('phone')}</th>
            <th scope="col">{t('language')}</th>
            <th scope="col">{t('smsConsent')}</th>
            <th scope="col">{t('attributes')}</th>
          </tr>
        </thead>
        <tbody>
          {report.preview.map(({ row, action, contact: c }) => (
            <tr>
              <td class="num">{row}</td>
              <td>{t('actionOf', { action })}</td>
              <td>
                {c.firstName} {c.lastName}
              </td>
              <td>{c.email ?? '–'}</td>
              <td>{c.phone ?? '–'}</td>
              <td>{languageLabel(c.language, t.locale)}</td>
              <td>{t(c.smsOptedOut ? 'consentOptedOut' : c.smsConsent ? 'yes' : 'no')}</td>
              <td>
                {Object.entries(c.attributes)
                  .map(([k, v]) => `${k}: ${v}`)
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
