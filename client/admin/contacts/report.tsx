// What an import did or would do: the summary, the first contacts, and every refused row and why.
import type { CsvImportReport } from '../../../server/partnerships/import-contract.ts';
import { languageLabel } from './language-label.ts';

export function Summary({ report }: { report: CsvImportReport }) {
  const s = report.summary;
  const verb = report.dryRun ? 'would be' : 'were';
  return (
    <div>
      <p role="status" class="import-summary">
        {s.rows} rows read: {s.created} new contacts {verb} added, {s.updated} updated, {s.unchanged}{' '}
        unchanged, {s.merged} merged into an earlier row, {s.rejected} refused
        {s.blank ? `, ${s.blank} blank` : ''}.
      </p>
      {report.notes.length > 0 && (
        <ul>
          {report.notes.map((n) => (
            <li>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Rejected({ report }: { report: CsvImportReport }) {
  if (report.rejected.length === 0) return <p>No row was refused.</p>;
  return (
    <Issues issues={report.rejected} caption="Refused rows (row numbers as your spreadsheet shows them)" />
  );
}

/** Rows kept with a guess (a language we do not know gets the fallback language): worth a look. */
export function Warnings({ report }: { report: CsvImportReport }) {
  if (report.warnings.length === 0) return null;
  return (
    <Issues
      issues={report.warnings}
      caption="Rows kept with a warning (row numbers as your spreadsheet shows them)"
      head="Warning"
    />
  );
}

function Issues(props: { issues: CsvImportReport['rejected']; caption: string; head?: string }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              Row
            </th>
            <th scope="col">Column</th>
            <th scope="col">{props.head ?? 'Problem'}</th>
          </tr>
        </thead>
        <tbody>
          {props.issues.map((r) => (
            <tr>
              <td class="num">{r.row}</td>
              <td>{r.column ?? r.field ?? ''}</td>
              <td>{r.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Preview({ report }: { report: CsvImportReport }) {
  if (report.preview.length === 0) return null;
  return (
    <div class="table-wrap">
      <table>
        <caption>The first contacts as they {report.dryRun ? 'would be' : 'are'} stored</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              Row
            </th>
            <th scope="col">Action</th>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Phone</th>
            <th scope="col">Language</th>
            <th scope="col">SMS consent</th>
            <th scope="col">Attributes</th>
          </tr>
        </thead>
        <tbody>
          {report.preview.map(({ row, action, contact: c }) => (
            <tr>
              <td class="num">{row}</td>
              <td>{action}</td>
              <td>
                {c.firstName} {c.lastName}
              </td>
              <td>{c.email ?? '–'}</td>
              <td>{c.phone ?? '–'}</td>
              <td>{languageLabel(c.language)}</td>
              <td>{c.smsOptedOut ? 'opted out' : c.smsConsent ? 'yes' : 'no'}</td>
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
