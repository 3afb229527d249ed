// Each published version of the survey, newest first: when it was published and what it changed,
// with its preview and a way to start a campaign with it.
import type { OwnSurvey } from '../../../server/surveys/contract.ts';
import { ChangesList } from './changes-list.tsx';
import { when } from './labels.ts';

export function Versions({ survey }: { survey: OwnSurvey }) {
  if (survey.versions.length === 0)
    return <p>No version is published yet. Publish the draft to freeze version 1.</p>;
  return (
    <ol class="plain versions" reversed>
      {[...survey.versions].reverse().map((v) => (
        <li class="card" aria-labelledby={`version-${v.version}`}>
          <h3 id={`version-${v.version}`}>Version {v.version}</h3>
          <p class="muted small">
            Published {when(v.publishedAt)}. Fingerprint <code>{v.fingerprint.slice(0, 12)}</code>
          </p>
          <ChangesList changes={v.changes} />
          <p class="row">
            <a
              href={`/preview/surveys/${encodeURIComponent(survey.id)}?version=${v.version}`}
              target="_blank"
            >
              Preview version {v.version}
              <span class="sr-only"> (opens in a new tab)</span>
            </a>
            <a href={`/admin/campaigns/new?template=${encodeURIComponent(survey.id)}&version=${v.version}`}>
              Start a campaign with version {v.version}
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}
