// The partnership's own surveys: name, kind, the versions published and the draft being edited.
import type { OwnSurvey } from '../../../server/surveys/contract.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { Empty } from '../ui/status.tsx';
import { kindKeys } from './labels.ts';

export function SurveyList({ surveys }: { surveys: OwnSurvey[] }) {
  const t = useWords('surveys');
  const f = useFormats();
  if (surveys.length === 0) return <Empty>{t('noOwnSurvey')}</Empty>;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={t('yourSurveys')}>
      <table>
        <caption>{t('yourSurveys')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('published')}</th>
            <th scope="col">{t('draft')}</th>
            <th scope="col">{t('startedFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((s) => (
            <tr>
              <td>
                <a href={`/admin/surveys/${encodeURIComponent(s.id)}`}>{s.name}</a>
              </td>
              <td>{t(kindKeys[s.kind])}</td>
              <td>
                {s.versions.length
                  ? t('versionList', { list: s.versions.map((v) => v.version).join(', ') })
                  : t('notYet')}
              </td>
              <td>
                {s.draft
                  ? t('draftSavedAt', { version: s.draft.version, when: f.moment(s.draft.savedAt) })
                  : t('none')}
              </td>
              <td>{t('templateVersion', { template: s.basedOn.templateId, version: s.basedOn.version })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
