// Each published version of the survey, newest first: when it was published and what it changed,
// with its preview and a way to start a campaign with it.
import type { OwnSurvey } from '../../../server/surveys/contract.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { ChangesList } from './changes-list.tsx';
import { sr } from './sr.tsx';

export function Versions({ survey }: { survey: OwnSurvey }) {
  const t = useWords('surveys');
  const f = useFormats();
  if (survey.versions.length === 0) return <p>{t('noVersionYet')}</p>;
  return (
    <ol class="plain versions" reversed>
      {[...survey.versions].reverse().map((v) => (
        <li class="card" aria-labelledby={`version-${v.version}`}>
          <h3 id={`version-${v.version}`}>{t('versionN', { version: v.version })}</h3>
          <p class="muted small">
            {t.rich('publishedOn', {
              when: f.moment(v.publishedAt),
              fingerprint: v.fingerprint.slice(0, 12),
              code: (chunks) => <code>{chunks}</code>,
            })}
          </p>
          <ChangesList changes={v.changes} />
          <p class="row">
            <a
              href={`/preview/surveys/${encodeURIComponent(survey.id)}?version=${v.version}`}
              target="_blank"
            >
              {t.rich('previewVersion', {
                version: v.version,
                sr,
              })}
            </a>
            <a href={`/admin/campaigns/new?template=${encodeURIComponent(survey.id)}&version=${v.version}`}>
              {t('startCampaignWith', { version: v.version })}
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}
