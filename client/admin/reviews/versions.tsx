// The survey versions a review section counts, and what each of the partnership's own versions
// changed: where a question was added, reworded, or replaced (its trend starts again there).
import type { PublicSurveyVersion, PublicTemplate } from '../../../server/reviews/contract.ts';

const ids = (list: string[]) => list.join(', ');

function changeLines(v: PublicSurveyVersion): string[] {
  const c = v.changes;
  if (!c) return [];
  const from = c.from ? ` (from ${c.from.templateId} version ${c.from.version})` : '';
  return [
    c.added.length > 0 && `Added: ${ids(c.added)}${from}`,
    c.removed.length > 0 && `Removed: ${ids(c.removed)}`,
    c.reworded.length > 0 && `Reworded, same meaning: ${ids(c.reworded)}`,
    ...c.replaced.map((r) => `${r.id} replaces ${r.replaces}: its trend starts here`),
    c.changed.length > 0 && `Answers or rules changed: ${ids(c.changed)}`,
    c.moved > 0 && `${c.moved} question${c.moved === 1 ? '' : 's'} moved`,
    c.retitled && 'Title or introduction reworded',
  ].filter((line): line is string => typeof line === 'string');
}

export function SurveyVersions({ t }: { t: PublicTemplate }) {
  const own = (t.surveys ?? []).filter((v) => v.changes);
  if (own.length === 0) return null;
  return (
    <div class="survey-versions">
      <h3>Survey versions in this section</h3>
      <ul>
        {(t.surveys ?? []).map((v) => (
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
