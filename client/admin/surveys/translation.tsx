// Translation and sharing: the texts for a translator (XLIFF per target language, or one CSV with a
// column per language), a translated file sent back with a report per row, and the whole survey as
// JSON for another partnership to import.
import type { Lang } from '../../../surveys/schema.ts';
import type { Key } from '../../shared/i18n/areas.ts';
import type { ImportRow } from '../../../surveys/transfer/index.ts';
import { useWords } from '../i18n/use-locale.ts';
import { Failed } from '../ui/status.tsx';
import { langKeys } from './labels.ts';
import { useTextImport } from './use-text-import.ts';

const statusKeys: Readonly<Record<ImportRow['status'], Key<'surveys'>>> = {
  updated: 'rowUpdated',
  unchanged: 'rowUnchanged',
  refused: 'rowRefused',
};

export function Translation(p: {
  surveyId: string;
  languages: readonly Lang[];
  canWrite: boolean;
  save: () => Promise<boolean>;
  onImported: () => void;
}) {
  const t = useWords('surveys');
  const base = `/api/surveys/${encodeURIComponent(p.surveyId)}`;
  const imp = useTextImport(p.surveyId, p.save, p.onImported);
  const targets = p.languages.filter((l) => l !== 'en');
  const r = imp.report;
  return (
    <>
      <section class="card" aria-labelledby="texts-h">
        <h2 id="texts-h">{t('textsForTranslator')}</h2>
        <p>{t('textsIntro')}</p>
        <ul>
          {targets.map((l) => (
            <li>
              <a href={`${base}/texts.xlf?lang=${l}`} download>
                {t('xliffFor', { language: t(langKeys[l]) })}
              </a>{' '}
              {t('forTools')}
            </li>
          ))}
          <li>
            <a href={`${base}/texts.csv`} download>
              {t('csvColumns')}
            </a>{' '}
            {t('forSpreadsheet')}
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
          <h2 id="upload-h">{t('sendBack')}</h2>
          <p class="hint">{t('sendBackHint')}</p>
          <div class="row">
            <div class="field">
              <label for="texts-file">{t('textsFile')}</label>
              <input
                id="texts-file"
                type="file"
                accept=".xlf,.xliff,.csv,application/xliff+xml,text/csv"
                onChange={(e) => imp.setFile(e.currentTarget.files?.[0] ?? null)}
              />
            </div>
            <button type="submit" class="primary" disabled={!imp.file || imp.busy}>
              {imp.busy ? t('sending') : t('sendFile')}
            </button>
          </div>
          {imp.error && <Failed error={imp.error} />}
        </form>
      )}
      {r && (
        <section class="card" aria-labelledby="report-h">
          <h2 id="report-h">{t('whatFileChanged')}</h2>
          <p role="status">
            {t('fileReport', {
              updated: r.updated,
              unchanged: r.rows.filter((x) => x.status === 'unchanged').length,
              refused: r.refused,
            })}
          </p>
          <div class="table-wrap" tabIndex={0} role="region" aria-label={t('rowsOfFile')}>
            <table>
              <caption>{t('eachRow')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('row')}</th>
                  <th scope="col">{t('text')}</th>
                  <th scope="col">{t('language')}</th>
                  <th scope="col">{t('result')}</th>
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
                      {t(statusKeys[row.status])}
                      {row.reason && (
                        <>
                          : <span lang="en">{row.reason}</span>
                        </>
                      )}
                      {row.warning && (
                        <p class="hint" lang="en">
                          {row.warning}
                        </p>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section class="card" aria-labelledby="share-h">
        <h2 id="share-h">{t('shareSurvey')}</h2>
        <p>
          {t.rich('shareJson', {
            link: (chunks) => (
              <a href={`${base}/export.json`} download>
                {chunks}
              </a>
            ),
          })}
        </p>
      </section>
    </>
  );
}
