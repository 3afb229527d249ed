// The survey versions a review section counts, and what each of the partnership's own versions
// changed (client/shared/version-lines.ts words it the same way as the printable page).
import type { PublicTemplate } from '../../../server/reviews/contract.ts';
import { changeLines, hasOwnVersions } from '../../shared/version-lines.ts';
import { useReviewWords } from './use-review-words.ts';

export function SurveyVersions({ t: tpl }: { t: PublicTemplate }) {
  const { t, r } = useReviewWords();
  if (!hasOwnVersions(tpl.surveys)) return null;
  return (
    <div class="survey-versions">
      <h3>{t('versionsTitle')}</h3>
      <ul>
        {tpl.surveys!.map((v) => {
          const lines = changeLines(r, v);
          return (
            <li>
              <strong>{v.name}</strong>
              {t('version', { version: v.version })}
              {lines.length > 0 && (
                <ul>
                  {lines.map((line) => (
                    <li>{line}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
