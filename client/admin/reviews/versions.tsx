// The survey versions a review section counts, and what each of the partnership's own versions
// changed (client/shared/version-lines.ts words it the same way as the printable page).
import type { PublicTemplate } from '../../../server/reviews/contract.ts';
import { changeLines, hasOwnVersions } from '../../shared/version-lines.ts';

export function SurveyVersions({ t }: { t: PublicTemplate }) {
  if (!hasOwnVersions(t.surveys)) return null;
  return (
    <div class="survey-versions">
      <h3>Survey versions in this section</h3>
      <ul>
        {t.surveys!.map((v) => (
          <li>
            <strong>{v.name}</strong>, version {v.version}
            {changeLines(v).length > 0 && (
              <ul>
                {changeLines(v).map((line) => (
                  <li>{line}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
