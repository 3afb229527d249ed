// The partnership's own surveys: name, kind, the versions published and the draft being edited.
import type { OwnSurvey } from '../../../server/surveys/contract.ts';
import { Empty } from '../ui/status.tsx';
import { kindNames, when } from './labels.ts';

export function SurveyList({ surveys }: { surveys: OwnSurvey[] }) {
  if (surveys.length === 0)
    return <Empty>No survey of your own yet. Start one from a built-in template.</Empty>;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Your surveys">
      <table>
        <caption>Your surveys</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Published</th>
            <th scope="col">Draft</th>
            <th scope="col">Started from</th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((s) => (
            <tr>
              <td>
                <a href={`/admin/surveys/${encodeURIComponent(s.id)}`}>{s.name}</a>
              </td>
              <td>{kindNames[s.kind]}</td>
              <td>
                {s.versions.length ? `version ${s.versions.map((v) => v.version).join(', ')}` : 'not yet'}
              </td>
              <td>{s.draft ? `version ${s.draft.version}, saved ${when(s.draft.savedAt)}` : 'none'}</td>
              <td>
                {s.basedOn.templateId} version {s.basedOn.version}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
