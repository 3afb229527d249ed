// The survey as a whole: its title and introduction, the minutes respondents are told it takes, its
// languages and the names of its dimensions, with the findings about any of them.
import { useEd } from './editor-context.ts';
import { FindingList } from './finding-list.tsx';
import { describedBy, fieldId, ofSurvey } from './findings.ts';
import { langNames } from './labels.ts';
import { LanguagesField } from './languages-field.tsx';
import { removeDimension } from './structure-ops.ts';
import { TextPair } from './text-pair.tsx';

export function SurveyFields({ estimate }: { estimate: number | null }) {
  const { ed, findings, grades } = useEd();
  const d = ed.draft;
  const used = new Set(d.sections.flatMap((s) => s.questions.flatMap((q) => q.dimension ?? [])));
  const introGrade = grades.intro;
  // Closed unless a finding is about a dimension, so a link to it finds its field shown.
  const dimensionFindings = findings.some((f) => f.path[0] === 'dimensions');
  return (
    <section class="card" id="f-" tabIndex={-1} aria-labelledby="survey-h">
      <h2 id="survey-h">Title, languages and introduction</h2>
      <FindingList
        items={ofSurvey(findings).filter((f) => f.path[0] !== 'languages')}
        label="Checks on the whole survey"
      />
      <TextPair
        path={['title']}
        label="Title"
        text={d.title}
        onText={(lang, value) => ed.change((w) => void (w.d.title[lang] = value))}
      />
      <LanguagesField />
      <TextPair
        path={['intro']}
        label="Introduction"
        text={d.intro}
        multiline
        onText={(lang, value) => ed.change((w) => void (w.d.intro[lang] = value))}
      />
      {introGrade && (
        <p class="hint">
          Reading grade of the introduction:{' '}
          {Object.entries(introGrade)
            .map(([lang, g]) => `${langNames[lang as 'en']} ${g}`)
            .join(', ')}
        </p>
      )}
      <div class="field narrow">
        <label for={fieldId(['estimatedMinutes'])}>Minutes respondents are told it takes</label>
        <input
          id={fieldId(['estimatedMinutes'])}
          type="number"
          min={1}
          max={120}
          value={d.estimatedMinutes ?? ''}
          aria-describedby={describedBy(findings, ['estimatedMinutes'], 'minutes-hint')}
          onInput={(e) => {
            const n = Number(e.currentTarget.value);
            ed.change((w) => {
              if (e.currentTarget.value === '' || !(n > 0)) delete w.d.estimatedMinutes;
              else w.d.estimatedMinutes = Math.min(n, 120);
            });
          }}
        />
        <p class="hint" id="minutes-hint">
          {estimate === null
            ? 'The checks estimate it as you write.'
            : `The checks estimate about ${estimate}.`}
        </p>
      </div>
      <details open={dimensionFindings}>
        <summary id="f-dimensions">Dimensions ({d.dimensions.length})</summary>
        <p class="hint">
          What scored items are averaged into. Their names appear in reviews, so they need every language too.
        </p>
        <ul class="plain dimensions">
          {d.dimensions.map((dim, i) => (
            <li id={fieldId(['dimensions', i])} tabIndex={-1}>
              <TextPair
                path={['dimensions', i, 'label']}
                label={`Name of dimension ${dim.id}`}
                text={dim.label}
                onText={(lang, value) => ed.change((w) => void (w.d.dimensions[i]!.label[lang] = value))}
              />
              {!used.has(dim.id) && (
                <button
                  type="button"
                  onClick={() => {
                    ed.change((w) => removeDimension(w, i));
                    ed.focusLater('f-dimensions');
                  }}
                >
                  Remove dimension {dim.id} (no question is scored in it)
                </button>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
